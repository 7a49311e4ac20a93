package uk.org.attendance.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The text of a policy document, block by block, each character located. A document's "line" is
 * what its readers can find: the line of a text or web file, the paragraph of a Word file, and the
 * line of a PDF counted from the first page (its page and line on that page are given by {@link
 * #place(int)}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file the document
 * @param format what kind of document it is
 * @param blocks the text, in reading order
 * @param places how a line is described to a reader, e.g. "page 3, line 12"
 */
public record PolicyText(Path file, Format format, List<Block> blocks, IntFunction<String> places) {

  public PolicyText {
    blocks = List.copyOf(blocks);
  }

  /** The kinds of document read. */
  public enum Format {
    TEXT("text file", "line"),
    HTML("web page", "line"),
    DOCX("Word document", "paragraph"),
    PDF("PDF", "line");

    private final String label;
    private final String unit;

    Format(String label, String unit) {
      this.label = label;
      this.unit = unit;
    }

    /** What a reader calls it, e.g. "Word document". */
    public String label() {
      return label;
    }

    /** What its numbered units are called: "line" or "paragraph". */
    public String unit() {
      return unit;
    }

    /** The format a file name says, if it is one audit reads. */
    public static java.util.Optional<Format> of(Path file) {
      String name =
          file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")) {
        return java.util.Optional.of(TEXT);
      }
      if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
        return java.util.Optional.of(HTML);
      }
      if (name.endsWith(".docx")) {
        return java.util.Optional.of(DOCX);
      }
      if (name.endsWith(".pdf")) {
        return java.util.Optional.of(PDF);
      }
      return java.util.Optional.empty();
    }
  }

  /** How a line of this document is described to a reader, e.g. "paragraph 41". */
  public String place(int line) {
    return places.apply(line);
  }

  /** All the text, blocks separated by blank lines (for tests and debugging). */
  public String plainText() {
    StringBuilder b = new StringBuilder();
    for (Block block : blocks) {
      b.append(block.text()).append("\n\n");
    }
    return b.toString();
  }
}
