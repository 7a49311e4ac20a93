package uk.org.attendance.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import uk.org.attendance.model.SourceRef;

/**
 * One YAML file read into a tree, with the location of every value and every key.
 *
 * @param file the file
 * @param tree the root map
 * @param values JSON pointer of each value to where the value starts
 * @param keys JSON pointer of each map entry to where its key starts
 * @param lines the file's text, line by line
 */
record SourceDocument(
    Path file,
    ObjectNode tree,
    Map<String, SourceRef> values,
    Map<String, SourceRef> keys,
    java.util.List<String> lines) {

  /** The best location for a pointer: its key if it has one, else its value, else the file. */
  SourceRef keyOrValue(String pointer) {
    SourceRef k = keys.get(pointer);
    if (k != null) {
      return k;
    }
    SourceRef v = values.get(pointer);
    return v != null ? v : SourceRef.of(file);
  }
}
