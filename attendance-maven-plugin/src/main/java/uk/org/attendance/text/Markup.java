package uk.org.attendance.text;

/** Text as it may stand in an HTML page or an XML file the plugin writes. */
public final class Markup {

  private Markup() {}

  /**
   * Escapes the five markup characters ({@code & < > " '}) as references both HTML and XML read,
   * and writes a character neither may hold (a control character other than tab, line feed and
   * carriage return, an unpaired surrogate, U+FFFE or U+FFFF) as U+FFFD, so a register's or a
   * policy's stray bytes show as a mark and never as markup or a terminal escape.
   *
   * @param s the text, or null for ""
   */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r'
              || c == 0x7F
              || Character.isSurrogate(c)
              || c == 0xFFFE
              || c == 0xFFFF) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
