package uk.org.attendance.build;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The files one target's artefacts made, in memory until every one of them has been made. */
public final class Output {

  private final Map<String, byte[]> files = new LinkedHashMap<>();

  /**
   * @param relative the file's path inside the target's folder, e.g. "letters/fields.csv"
   * @param bytes its contents
   */
  public void put(String relative, byte[] bytes) {
    if (files.put(relative, bytes) != null) {
      throw new IllegalStateException("two artefacts write " + relative);
    }
  }

  /** A text file, UTF-8. */
  public void put(String relative, String text) {
    put(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The files, in the order they were made. */
  Map<String, byte[]> files() {
    return files;
  }
}
