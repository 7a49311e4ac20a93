package uk.org.attendance.importer;

/**
 * Where an imported value or text was read: its line (a paragraph of a Word document), how a reader
 * finds it ("line 162", "paragraph 41", "page 3, line 12") and the words there.
 *
 * @param line the line or paragraph, 1-based (0 for the whole document)
 * @param place how a reader finds it
 * @param quote the words at that place, as written
 * @param whole whether the quote is a whole line a fact took (then it is always quoted in full, so
 *     that the words stay in the file)
 */
record Cite(int line, String place, String quote, boolean whole) implements Comparable<Cite> {

  /** A place and the words there, which may be shortened in a comment. */
  Cite(int line, String place, String quote) {
    this(line, place, quote, false);
  }

  /** "line 162: "Gates open: 8.35am"". */
  String describe() {
    return quote == null || quote.isBlank() ? place : place + ": \"" + quote + "\"";
  }

  @Override
  public int compareTo(Cite o) {
    return Integer.compare(line, o.line);
  }
}
