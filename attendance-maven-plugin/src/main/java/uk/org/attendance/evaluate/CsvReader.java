package uk.org.attendance.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.org.attendance.diagnostic.Hints;

/**
 * Reads delimited text one row at a time (RFC 4180: quoted cells, doubled quotes, line breaks
 * inside quotes), remembering the line and column where each cell starts, and never holding more
 * than one row: a row longer than the limit, or with more columns than the limit, is a located
 * error before it can fill memory. The delimiter is a comma, a tab or a semicolon, whichever splits
 * the first line most (or what an Excel {@code sep=} line says).
 */
final class CsvReader {

  /**
   * One row.
   *
   * @param line the line it starts on (1-based)
   * @param cells its cells, quotes removed
   * @param columns the 1-based column where each cell starts
   * @param lines the line where each cell starts (a quoted cell may hold a line break)
   */
  record Row(int line, String[] cells, int[] columns, int[] lines) {

    /** The cell at an index, stripped, or "" if the row is shorter. */
    String cell(int i) {
      return i >= 0 && i < cells.length ? cells[i].strip() : "";
    }

    /** The column where a cell starts (the end of the row if it is shorter). */
    int column(int i) {
      return i >= 0 && i < columns.length ? columns[i] : columns[columns.length - 1];
    }

    /** The line where a cell starts. */
    int lineOf(int i) {
      return i >= 0 && i < lines.length ? lines[i] : lines[lines.length - 1];
    }

    /** Whether every cell is empty. */
    boolean blank() {
      for (String c : cells) {
        if (!c.isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  private final Reader in;
  private final Path file;
  private final InputLimits limits;
  private char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private boolean eof;
  private char delimiter = ',';
  private int line = 1;
  private int col = 1;
  private final StringBuilder cell = new StringBuilder();
  private final List<String> cells = new ArrayList<>();
  private int[] columns = new int[16];
  private int[] lines = new int[16];
  private boolean[] wanted;

  CsvReader(Reader in, Path file, InputLimits limits) {
    this.in = in;
    this.file = file;
    this.limits = limits;
  }

  /**
   * Reads only some columns' text from now on (the others come back empty), which saves making a
   * string for every cell of a large export.
   *
   * @param columns the columns wanted, by index
   */
  void only(java.util.Collection<Integer> columns) {
    int max = columns.stream().mapToInt(Integer::intValue).max().orElse(-1);
    wanted = new boolean[max + 1];
    columns.forEach(i -> wanted[i] = true);
  }

  /** The delimiter's name, for messages. */
  String delimiterName() {
    return switch (delimiter) {
      case '\t' -> "tab";
      case ';' -> "semicolon";
      case ',' -> "comma";
      default -> "'" + delimiter + "'";
    };
  }

  /**
   * Chooses the delimiter from the first line (which is looked at, not consumed), or from an Excel
   * {@code sep=} line (which is consumed).
   */
  void detectDelimiter() throws IOException {
    int end = 0;
    while (true) {
      while (end < len && buf[end] != '\n' && buf[end] != '\r') {
        end++;
      }
      if (end < len || eof || end > limits.maxLineChars()) {
        break;
      }
      if (len == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int n = in.read(buf, len, buf.length - len);
      if (n <= 0) {
        eof = true;
      } else {
        len += n;
      }
    }
    String first = new String(buf, 0, Math.min(end, len));
    if (first.length() == 5 && first.regionMatches(true, 0, "sep=", 0, 4)) {
      delimiter = first.charAt(4);
      pos = end;
      if (pos < len && buf[pos] == '\r') {
        pos++;
      }
      if (pos < len && buf[pos] == '\n') {
        pos++;
      }
      line = 2;
      return;
    }
    int[] counts = new int[3];
    boolean quoted = false;
    for (int i = 0; i < first.length(); i++) {
      char ch = first.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        counts[0] += ch == ',' ? 1 : 0;
        counts[1] += ch == '\t' ? 1 : 0;
        counts[2] += ch == ';' ? 1 : 0;
      }
    }
    delimiter =
        counts[1] > counts[0] && counts[1] >= counts[2] ? '\t' : counts[2] > counts[0] ? ';' : ',';
  }

  /**
   * The next row, or null at the end of the file.
   *
   * @throws EvaluateException if the row is longer or wider than the limits, or a quote is never
   *     closed
   */
  Row next() throws IOException, EvaluateException {
    if (!available()) {
      return null;
    }
    int startLine = line;
    int chars = 0;
    cells.clear();
    while (true) {
      int cellCol = col;
      int cellLine = line;
      cell.setLength(0);
      String value;
      if (buf[pos] == '"') {
        chars = quoted(startLine, chars);
        value = cell.toString();
      } else {
        int start = pos;
        while (true) {
          while (pos < len) {
            char c = buf[pos];
            if (c == delimiter || c == '\n' || c == '\r') {
              break;
            }
            pos++;
          }
          if (chars + (pos - start) + cell.length() > limits.maxLineChars()) {
            throw tooLong(startLine);
          }
          if (pos < len) {
            break;
          }
          if (!refill(start)) {
            start = pos; // the end of the file: what was read is in cell
            break;
          }
          start = 0;
        }
        int n = pos - start;
        int length = cell.length() + n;
        int index = cells.size();
        if (wanted != null && (index >= wanted.length || !wanted[index])) {
          value = "";
        } else {
          value =
              cell.length() == 0
                  ? new String(buf, start, n)
                  : cell.append(buf, start, n).toString();
        }
        chars += length;
        col += length;
      }
      add(value, cellCol, cellLine);
      if (pos >= len && !available()) {
        return row(startLine);
      }
      char c = buf[pos++];
      chars++;
      if (c == delimiter) {
        col++;
        if (cells.size() >= limits.maxColumns()) {
          throw Problems.error(
              Problems.LIMIT,
              file,
              line,
              col,
              "this row has more than "
                  + Problems.count(limits.maxColumns())
                  + " columns, more than any register export",
              Hints.tooManyColumns());
        }
        if (!available()) {
          add("", col, line);
          return row(startLine);
        }
        continue;
      }
      if (c == '\r' && available() && buf[pos] == '\n') {
        pos++;
      }
      line++;
      col = 1;
      return row(startLine);
    }
  }

  /**
   * Reads a quoted cell into {@link #cell}, and anything after its closing quote up to the
   * delimiter.
   */
  private int quoted(int startLine, int chars) throws IOException, EvaluateException {
    int quoteLine = line;
    int quoteCol = col;
    pos++;
    col++;
    chars++;
    boolean open = true;
    while (true) {
      if (!available()) {
        if (open) {
          throw unclosed(quoteLine, quoteCol);
        }
        return chars;
      }
      char c = buf[pos];
      if (!open && (c == delimiter || c == '\n' || c == '\r')) {
        return chars;
      }
      pos++;
      if (++chars > limits.maxLineChars()) {
        throw open ? unclosed(quoteLine, quoteCol) : tooLong(startLine);
      }
      if (open && c == '"') {
        if (available() && buf[pos] == '"') {
          pos++;
          chars++;
          col += 2;
          cell.append('"');
        } else {
          open = false;
          col++;
        }
      } else if (open && (c == '\n' || c == '\r')) {
        if (c == '\r' && available() && buf[pos] == '\n') {
          pos++;
        }
        line++;
        col = 1;
        cell.append('\n');
      } else {
        col++;
        cell.append(c);
      }
    }
  }

  private void add(String value, int cellCol, int cellLine) {
    if (cells.size() == columns.length) {
      columns = Arrays.copyOf(columns, columns.length * 2);
      lines = Arrays.copyOf(lines, lines.length * 2);
    }
    columns[cells.size()] = cellCol;
    lines[cells.size()] = cellLine;
    cells.add(value);
  }

  private Row row(int startLine) {
    return new Row(
        startLine,
        cells.toArray(new String[0]),
        Arrays.copyOf(columns, cells.size()),
        Arrays.copyOf(lines, cells.size()));
  }

  /** Whether a character is ready at {@link #pos}, reading more if need be. */
  private boolean available() throws IOException {
    return pos < len || refill(pos);
  }

  /**
   * Reads more, keeping nothing before {@code keep} (an unquoted cell in progress is moved into
   * {@link #cell} first).
   */
  private boolean refill(int keep) throws IOException {
    if (keep < pos) {
      cell.append(buf, keep, pos - keep);
    }
    if (eof) {
      pos = len;
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    pos = 0;
    if (n <= 0) {
      len = 0;
      eof = true;
      return false;
    }
    len = n;
    return true;
  }

  private EvaluateException tooLong(int startLine) {
    return Problems.error(
        Problems.LIMIT,
        file,
        startLine,
        1,
        "line "
            + Problems.count(startLine)
            + " is longer than "
            + Problems.count(limits.maxLineChars())
            + " characters, far longer than any register row",
        Hints.lineTooLong());
  }

  private EvaluateException unclosed(int quoteLine, int quoteCol) {
    return Problems.error(
        Problems.LIMIT,
        file,
        quoteLine,
        quoteCol,
        "this quote mark is never closed, so the rest of the file" + " would be read as one cell",
        Hints.closeTheQuote());
  }
}
