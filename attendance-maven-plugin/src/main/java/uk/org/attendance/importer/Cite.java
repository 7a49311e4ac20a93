package uk.org.attendance.importer;

/**
 * Where an imported value or text was read: its line (a paragraph of a Word document), how a
 * reader finds it ("line 162", "paragraph 41", "page 3, line 12") and the words there.
 *
 * @param line the line or paragraph, 1-based (0 for the whole document)
 * @param place how a reader finds it
 * @param quote the words at that place, as written
 */
record Cite(int line, String place, String quote) implements Comparable<Cite> {

  /** "line 162: "Gates open: 8.35am"". */
  String describe() {
    return quote == null || quote.isBlank() ? place : place + ": \"" + quote + "\"";
  }

  @Override
  public int compareTo(Cite o) {
    return Integer.compare(line, o.line);
  }
}
