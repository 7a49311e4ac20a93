package uk.org.attendance.extract;

import java.nio.file.Path;
import java.util.Arrays;
import uk.org.attendance.model.SourceRef;

/**
 * One unit of a document's text (a paragraph, a list item, a table row with its cells separated by
 * tabs), with the source position of every character, so a sentence found anywhere in it can be
 * located exactly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Block {

  /**
   * What a block is in its document, where the document says so (a Word heading style or list
   * numbering, an HTML heading, list item or table row). A text file or PDF says nothing: its
   * blocks are {@link #PARAGRAPH}, and their shape is read from the text itself.
   */
  public enum Kind {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    TABLE_ROW
  }

  private final String text;
  private final int[] lines;
  private final int[] columns;
  private final Kind kind;
  private final int level;

  /**
   * @param text the text as extracted
   * @param lines for each character, its line (or paragraph) in the document, 1-based
   * @param columns for each character, its column, 1-based
   */
  public Block(String text, int[] lines, int[] columns) {
    this(text, lines, columns, Kind.PARAGRAPH, 0);
  }

  /**
   * @param text the text as extracted
   * @param lines for each character, its line (or paragraph) in the document, 1-based
   * @param columns for each character, its column, 1-based
   * @param kind what the document says the block is
   * @param level a heading's level (1 the highest), a list item's depth (0 the outermost), or 0
   */
  public Block(String text, int[] lines, int[] columns, Kind kind, int level) {
    if (lines.length != text.length() || columns.length != text.length()) {
      throw new IllegalArgumentException("one position per character");
    }
    this.text = text;
    this.lines = lines.clone();
    this.columns = columns.clone();
    this.kind = kind == null ? Kind.PARAGRAPH : kind;
    this.level = Math.max(0, level);
  }

  /** What the document says the block is. */
  public Kind kind() {
    return kind;
  }

  /** A heading's level (1 the highest), a list item's depth (0 the outermost), or 0. */
  public int level() {
    return level;
  }

  /** The same text and positions, marked as another kind of block. */
  public Block as(Kind kind, int level) {
    return new Block(text, lines, columns, kind, level);
  }

  /** The text. */
  public String text() {
    return text;
  }

  /** The line of the first character. */
  public int firstLine() {
    return lines.length == 0 ? 0 : lines[0];
  }

  /** The line of the last character. */
  public int lastLine() {
    return lines.length == 0 ? 0 : lines[lines.length - 1];
  }

  /**
   * Where a character is.
   *
   * @param file the document
   * @param offset a character offset in {@link #text()}; past the end means the last character
   * @return the file, line and column
   */
  public SourceRef at(Path file, int offset) {
    if (text.isEmpty()) {
      return SourceRef.of(file);
    }
    int i = Math.max(0, Math.min(offset, text.length() - 1));
    return new SourceRef(file, lines[i], columns[i]);
  }

  /** Builds a block character by character. Not thread-safe. */
  public static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private int[] lines = new int[64];
    private int[] columns = new int[64];

    /** Adds one character at a position. */
    public Builder add(char c, int line, int column) {
      if (text.length() == lines.length) {
        lines = Arrays.copyOf(lines, lines.length * 2);
        columns = Arrays.copyOf(columns, columns.length * 2);
      }
      lines[text.length()] = line;
      columns[text.length()] = column;
      text.append(c);
      return this;
    }

    /** Adds text whose characters lie one after another on one line. */
    public Builder add(String s, int line, int firstColumn) {
      for (int i = 0; i < s.length(); i++) {
        add(s.charAt(i), line, firstColumn + i);
      }
      return this;
    }

    /** Adds a character at the position of the last one (a separator the source does not have). */
    public Builder addAfterLast(char c) {
      int n = text.length();
      return n == 0 ? this : add(c, lines[n - 1], columns[n - 1]);
    }

    /** The length so far. */
    public int length() {
      return text.length();
    }

    /** The last character added, or 0. */
    public char last() {
      return text.length() == 0 ? 0 : text.charAt(text.length() - 1);
    }

    /** Whether anything but white space has been added. */
    public boolean hasText() {
      return !text.toString().isBlank();
    }

    /** The block, with leading and trailing white space removed; null if it holds no text. */
    public Block build() {
      int start = 0;
      int end = text.length();
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (start == end) {
        return null;
      }
      return new Block(
          text.substring(start, end),
          Arrays.copyOfRange(lines, start, end),
          Arrays.copyOfRange(columns, start, end));
    }

    /** Starts again. */
    public void clear() {
      text.setLength(0);
    }
  }
}
