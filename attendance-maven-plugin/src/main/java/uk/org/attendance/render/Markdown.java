package uk.org.attendance.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Turns a school's Markdown into safe HTML: raw HTML is shown as text, links to {@code
 * javascript:}, {@code file:}, {@code data:} and other non-web schemes become plain text, and
 * typography is written as Unicode characters (never named entities, which the PDF's XML parser
 * would not know). Thread-safe once built.
 */
public final class Markdown {

  /** Named entities flexmark may still emit; the PDF's XML parser knows none of them. */
  private static final String[][] NAMED_ENTITIES = {
    {"&ndash;", "\u2013"}, {"&mdash;", "\u2014"}, {"&hellip;", "\u2026"}, {"&nbsp;", "\u00A0"},
    {"&ldquo;", "\u201C"}, {"&rdquo;", "\u201D"}, {"&lsquo;", "\u2018"}, {"&rsquo;", "\u2019"},
    {"&laquo;", "\u00AB"}, {"&raquo;", "\u00BB"}, {"&copy;", "\u00A9"}, {"&pound;", "\u00A3"}
  };

  private static final java.util.regex.Pattern IMAGE =
      java.util.regex.Pattern.compile("<img src=\"[^\"]*\" alt=\"([^\"]*)\"[^>]*/>");
  private static final java.util.regex.Pattern LINK =
      java.util.regex.Pattern.compile("<a href=\"([^\"]*)\">");

  private static final java.util.regex.Pattern EMPTY_HEADER =
      java.util.regex.Pattern.compile("<th((?: align=\"[a-z]+\")?)>\\s*</th>");

  private final Parser parser;
  private final HtmlRenderer renderer;

  public Markdown() {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(), AutolinkExtension.create(), TypographicExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    // Only web and mail links survive; anything else (javascript:, file:, data:, vbscript:,
    // relative paths) is text.
    options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)(?!https?:|mailto:).*");
    options.set(HtmlRenderer.SOFT_BREAK, " ");
    options.set(HtmlRenderer.HARD_BREAK, "<br />\n");
    options.set(TypographicExtension.EN_DASH, "\u2013");
    options.set(TypographicExtension.EM_DASH, "\u2014");
    options.set(TypographicExtension.ELLIPSIS, "\u2026");
    options.set(TypographicExtension.ELLIPSIS_SPACED, "\u2026");
    options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "\u201C");
    options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u201D");
    options.set(TypographicExtension.DOUBLE_QUOTE_UNMATCHED, "\"");
    options.set(TypographicExtension.SINGLE_QUOTE_OPEN, "\u2018");
    options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "\u2019");
    options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019");
    options.set(TypographicExtension.ANGLE_QUOTE_OPEN, "\u00AB");
    options.set(TypographicExtension.ANGLE_QUOTE_CLOSE, "\u00BB");
    options.set(TypographicExtension.ANGLE_QUOTE_UNMATCHED, "\u00AB");
    options.set(TablesExtension.WITH_CAPTION, false);
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  /**
   * @param markdown the school's text (may be null)
   * @return safe, XML-well-formed HTML; empty for null or blank input
   */
  public String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String html = renderer.render(parser.parse(markdown));
    for (String[] entity : NAMED_ENTITIES) {
      html = html.replace(entity[0], entity[1]);
    }
    // Nothing external is ever loaded: an image in school text becomes its description.
    html =
        IMAGE.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
    // Every link needs a title for PDF/UA: its address is a faithful one.
    html =
        LINK.matcher(html)
            .replaceAll(m -> "<a href=\"" + m.group(1) + "\" title=\"" + m.group(1) + "\">");
    // A header cell with nothing in it heads nothing: it is an ordinary cell (screen readers, axe).
    html = EMPTY_HEADER.matcher(html).replaceAll("<td$1></td>");
    // Tables from Markdown get the same header scope as the house tables (PDF/UA), and scroll
    // sideways inside their own region on a phone, like the house tables.
    html =
        html.replace("<th>", "<th scope=\"col\">")
            .replace("<th align=", "<th scope=\"col\" align=");
    return html.replace(
            "<table>",
            "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table\"><table>")
        .replace("</table>", "</table></div>")
        .strip();
  }
}
