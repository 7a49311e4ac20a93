package uk.org.attendance.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where every value of a resolved school model came from: a JSON pointer (e.g.
 * {@code /schoolDay/groups/0/morningRegister/closes}) mapped to the file, line and column that
 * supplied it. With trust inheritance, values of one school come from several files.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SourceMap {

  private final Map<String, SourceRef> refs;
  private final Path primaryFile;

  /**
   * @param primaryFile the school's own file, used when nothing closer is known
   * @param refs pointer to location, as built by the loader
   */
  public SourceMap(Path primaryFile, Map<String, SourceRef> refs) {
    this.primaryFile = primaryFile;
    this.refs = Map.copyOf(refs);
  }

  /**
   * Returns the location of the value at {@code pointer}; if that value is absent (for example a
   * missing field), the location of its nearest present parent; if nothing is known, the school
   * file itself.
   *
   * @param pointer a JSON pointer such as {@code /contacts/dayToDay/0/email}
   * @return never null
   */
  public SourceRef at(String pointer) {
    String p = pointer;
    while (true) {
      SourceRef ref = refs.get(p);
      if (ref != null) {
        return ref;
      }
      if (p.isEmpty()) {
        return SourceRef.of(primaryFile);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** Whether a value was present at exactly this pointer. */
  public boolean has(String pointer) {
    return refs.containsKey(pointer);
  }

  /** The school's own file. */
  public Path primaryFile() {
    return primaryFile;
  }

  /** Every known pointer, sorted, for tests and debugging. */
  public Map<String, SourceRef> asSortedMap() {
    return new TreeMap<>(refs);
  }
}
