package uk.org.attendance.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;

/**
 * Finds the {@code FILL IN: ...} placeholders that {@code attendance:init} writes, so a new file
 * cannot pass validation until every one has been replaced.
 */
final class Placeholders {

  /** The marker {@code attendance:init} puts in every value a school must supply. */
  static final String MARKER = "FILL IN";

  private Placeholders() {}

  static void find(SourceDocument doc, Consumer<Diagnostic> report) {
    walk("", doc.tree(), doc, report);
  }

  private static void walk(
      String pointer, JsonNode node, SourceDocument doc, Consumer<Diagnostic> report) {
    if (node.isTextual() && node.asText().startsWith(MARKER)) {
      report.accept(
          Diagnostic.error(
              LoadIds.VALUE,
              doc.values().getOrDefault(pointer, doc.keyOrValue(pointer)),
              SchemaCheck.displayName(pointer) + " still needs filling in",
              Hints.replacePlaceholder(
                  node.asText().substring(MARKER.length()).replaceFirst("^[:\\s]+", ""))));
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        walk(pointer + "/" + YamlTreeReader.escape(e.getKey()), e.getValue(), doc, report);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(pointer + "/" + i, node.get(i), doc, report);
      }
    }
  }
}
