package uk.org.attendance.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a web page with jsoup, which parses HTML the way browsers do and fetches nothing (no base
 * address is given, and no resource is loaded). Scripts, styles and embedded objects are skipped;
 * each paragraph, heading, list item and table row is a block (cells separated by tabs); every
 * character keeps its line and column in the HTML file.
 */
final class HtmlReader {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "li",
          "dt",
          "dd",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "tr",
          "caption",
          "blockquote",
          "pre",
          "section",
          "article",
          "header",
          "footer",
          "main",
          "nav",
          "aside",
          "ul",
          "ol",
          "table",
          "dl",
          "figcaption",
          "address",
          "title",
          "body",
          "form",
          "fieldset",
          "hr",
          "br");
  private static final Set<String> SKIPPED =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "iframe",
          "object",
          "embed",
          "head",
          "select",
          "option",
          "button",
          "canvas",
          "audio",
          "video");

  private HtmlReader() {}

  static PolicyText read(Path file, Limits limits) throws IOException {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(file.toFile(), null, "", parser);
    List<Block> blocks = new ArrayList<>();
    Block.Builder current = new Block.Builder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          int skipping = 0;

          int inRow = 0;
          Block.Kind kind = Block.Kind.PARAGRAPH;
          int level = 0;
          int listDepth = 0;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element) {
              String tag = ((Element) node).normalName();
              if (SKIPPED.contains(tag)) {
                skipping++;
              } else if (skipping == 0 && inRow > 0 && !tag.equals("tr") && BLOCKS.contains(tag)) {
                // A paragraph inside a table cell: the row stays one block, its cells separated by
                // tabs.
                if (current.length() > 0 && current.last() != ' ' && current.last() != '\t') {
                  current.addAfterLast(' ');
                }
              } else if (skipping == 0 && BLOCKS.contains(tag)) {
                flush();
                if (tag.equals("tr")) {
                  inRow++;
                  kind = Block.Kind.TABLE_ROW;
                } else if (tag.matches("h[1-6]")) {
                  kind = Block.Kind.HEADING;
                  level = tag.charAt(1) - '0';
                } else if (tag.equals("li")) {
                  kind = Block.Kind.LIST_ITEM;
                  level = Math.max(0, listDepth - 1);
                } else if (tag.equals("ul") || tag.equals("ol")) {
                  listDepth++;
                }
              } else if (skipping == 0
                  && (tag.equals("td") || tag.equals("th"))
                  && current.hasText()) {
                current.addAfterLast('\t');
              }
            } else if (node instanceof TextNode && skipping == 0) {
              TextNode t = (TextNode) node;
              String s = t.getWholeText();
              int line = Math.max(1, t.sourceRange().start().lineNumber());
              int col = Math.max(1, t.sourceRange().start().columnNumber());
              for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                  if (current.length() > 0 && current.last() != ' ' && current.last() != '\t') {
                    current.add(' ', line, col);
                  }
                } else {
                  current.add(c, line, col);
                }
                if (c == '\n') {
                  line++;
                  col = 1;
                } else {
                  col++;
                }
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element) {
              String tag = ((Element) node).normalName();
              if (SKIPPED.contains(tag)) {
                skipping--;
              } else if (skipping == 0 && inRow > 0 && !tag.equals("tr") && BLOCKS.contains(tag)) {
                return;
              } else if (skipping == 0 && BLOCKS.contains(tag)) {
                flush();
                if (tag.equals("tr")) {
                  inRow--;
                } else if (tag.equals("ul") || tag.equals("ol")) {
                  listDepth = Math.max(0, listDepth - 1);
                }
              }
            }
          }

          /** Ends the block being built, marked with what its element said it is. */
          private void flush() {
            Block block = current.build();
            if (block != null) {
              blocks.add(kind == Block.Kind.PARAGRAPH ? block : block.as(kind, level));
            }
            current.clear();
            kind = Block.Kind.PARAGRAPH;
            level = 0;
          }
        },
        doc);
    flush(current, blocks);
    return new PolicyText(file, PolicyText.Format.HTML, blocks, line -> "line " + line);
  }

  private static void flush(Block.Builder b, List<Block> blocks) {
    Block block = b.build();
    if (block != null) {
      blocks.add(block);
    }
    b.clear();
  }
}
