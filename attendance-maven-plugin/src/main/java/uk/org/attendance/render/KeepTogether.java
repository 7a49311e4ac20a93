package uk.org.attendance.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps what a reader must see whole on one line of a PDF: a time ("9:15am", never "9:" and
 * "15am"), an amount ("£2,500"), an email address (never split at its dot). Each is wrapped in a
 * span that does not break, in the text of the page's body only (never in its head or attributes).
 */
final class KeepTogether {

  /** Times, money and email addresses, as our documents write them. */
  private static final Pattern WHOLE =
      Pattern.compile(
          "\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm)\\b|£\\d[\\d,]*(?:\\.\\d{2})?|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

  /** A run of text between two tags. */
  private static final Pattern TEXT = Pattern.compile(">([^<]+)<");

  private KeepTogether() {}

  /**
   * @param xhtml a whole document
   * @return the same document with each time, amount and email in its body kept on one line
   */
  static String apply(String xhtml) {
    int body = xhtml.indexOf("<body");
    if (body < 0) {
      return xhtml;
    }
    Matcher m = TEXT.matcher(xhtml);
    m.region(body, xhtml.length());
    StringBuilder out = new StringBuilder(xhtml.length() + 1024).append(xhtml, 0, body);
    int last = body;
    while (m.find()) {
      out.append(xhtml, last, m.start(1));
      out.append(
          WHOLE
              .matcher(m.group(1))
              .replaceAll(
                  w -> "<span class=\"keep\">" + Matcher.quoteReplacement(w.group()) + "</span>"));
      last = m.end(1);
    }
    return out.append(xhtml, last, xhtml.length()).toString();
  }
}
