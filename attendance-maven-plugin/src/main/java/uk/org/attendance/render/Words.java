package uk.org.attendance.render;

/**
 * The school's own Markdown, already turned into safe HTML, and where it comes from.
 *
 * @param html safe HTML (raw HTML in the source was escaped by {@link Markdown})
 * @param src the field of the school's model it comes from
 */
public record Words(String html, Src src) {

  /** Whether there is anything to print. */
  public boolean present() {
    return html != null && !html.isBlank();
  }
}
