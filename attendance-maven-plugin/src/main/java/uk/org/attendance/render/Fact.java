package uk.org.attendance.render;

/**
 * A piece of plain text in a document and where it comes from. Templates escape the text.
 *
 * @param text the words, already formatted
 * @param src where they come from
 */
public record Fact(String text, Src src) {

  /** Whether there is anything to print. */
  public boolean present() {
    return text != null && !text.isBlank();
  }
}
