package uk.org.attendance.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads delimited text one row at a time (RFC 4180: quoted cells, doubled quotes, line breaks
 * inside quotes), remembering the line and column where each cell starts, and never holding more
 * than one row: a row longer than the limit, or with more columns than the limit, is a located
 * error before it can fill memory. The delimiter is a comma, a tab or a semicolon, whichever
 * splits the first line most (or what an Excel {@code sep=} line says).
 */
final class CsvReader {

  /**
   * One row.
   *
   * @param line the line it starts on (1-based)
   * @param cells its cells, quotes removed
   * @param columns the 1-based column where each cell starts
   */
  record Row(int line, String[] cells, int[] columns) {

    /** The cell at an index, stripped, or "" if the row is shorter. */
    String cell(int i) {
      return i >= 0 && i < cells.length ? cells[i].strip() : "";
    }

    /** The column where a cell starts (the end of the row if it is shorter). */
    int column(int i) {
      return i >= 0 && i < columns.length ? columns[i] : columns[columns.length - 1];
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
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private boolean eof;
  private char[] pushback = new char[0];
  private int pushed;
  private boolean lastPushed;
  private char delimiter = ',';
  private int line = 1;
  private int col = 1;
  private final StringBuilder cell = new StringBuilder();

  CsvReader(Reader in, Path file, InputLimits limits) {
    this.in = in;
    this.file = file;
    this.limits = limits;
  }

  /** The delimiter in use. */
  char delimiter() {
    return delimiter;
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
   * Chooses the delimiter from the first line (which is read and put back), or from an Excel
   * {@code sep=} line (which is consumed).
   */
  void detectDelimiter() throws IOException, EvaluateException {
    StringBuilder first = new StringBuilder();
    int c;
    while ((c = read()) >= 0 && c != '\n' && c != '\r') {
      first.append((char) c);
      if (first.length() > limits.maxLineChars()) {
        break;
      }
    }
    String text = first.toString();
    if (text.length() == 5 && text.regionMatches(true, 0, "sep=", 0, 4)) {
      delimiter = text.charAt(4);
      if (c == '\r') {
        int n = read();
        if (n != '\n' && n >= 0) {
          unread(String.valueOf((char) n));
        }
      }
      line = 2;
      return;
    }
    int[] counts = new int[3];
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        counts[0] += ch == ',' ? 1 : 0;
        counts[1] += ch == '\t' ? 1 : 0;
        counts[2] += ch == ';' ? 1 : 0;
      }
    }
    delimiter = counts[1] > counts[0] && counts[1] >= counts[2] ? '\t' : counts[2] > counts[0] ? ';' : ',';
    unread(c >= 0 ? text + (char) c : text);
  }

  /**
   * The next row, or null at the end of the file.
   *
   * @throws EvaluateException if the row is longer or wider than the limits, or a quote is never
   *     closed
   */
  Row next() throws IOException, EvaluateException {
    int c = read();
    if (c < 0) {
      return null;
    }
    int startLine = line;
    List<String> cells = new ArrayList<>();
    int[] columns = new int[8];
    int cellCol = col;
    boolean quoted = false;
    boolean wasQuoted = false;
    int quoteLine = 0;
    int quoteCol = 0;
    int chars = 0;
    cell.setLength(0);
    while (true) {
      if (c < 0) {
        if (quoted) {
          throw unclosed(quoteLine, quoteCol);
        }
        return finish(startLine, cells, columns, cellCol);
      }
      if (++chars > limits.maxLineChars()) {
        if (quoted) {
          throw unclosed(quoteLine, quoteCol);
        }
        throw Problems.error(Problems.LIMIT, file, startLine, 1, "line " + Problems.count(startLine) + " is longer than "
            + Problems.count(limits.maxLineChars()) + " characters, far longer than any register row",
            "check this is the right file: a register export has one short row per pupil per session, or per pupil");
      }
      char ch = (char) c;
      col++;
      if (quoted) {
        if (ch == '"') {
          if (peek() == '"') {
            read();
            col++;
            chars++;
            cell.append('"');
          } else {
            quoted = false;
          }
        } else if (ch == '\n' || ch == '\r') {
          if (ch == '\r' && peek() == '\n') {
            read();
          }
          line++;
          col = 1;
          cell.append('\n');
        } else {
          cell.append(ch);
        }
      } else if (ch == delimiter) {
        columns = add(cells, columns, cellCol);
        if (cells.size() >= limits.maxColumns()) {
          throw Problems.error(Problems.LIMIT, file, line, col, "this row has more than " + Problems.count(limits.maxColumns())
              + " columns, more than any register export", "check this is the right file (a mark grid has one column per"
              + " session: 760 for two school years)");
        }
        cellCol = col;
        wasQuoted = false;
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && peek() == '\n') {
          read();
        }
        line++;
        col = 1;
        return finish(startLine, cells, columns, cellCol);
      } else if (ch == '"' && cell.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        quoteLine = line;
        quoteCol = col - 1;
      } else {
        cell.append(ch);
      }
      c = read();
    }
  }

  private Row finish(int startLine, List<String> cells, int[] columns, int cellCol) {
    columns = add(cells, columns, cellCol);
    return new Row(startLine, cells.toArray(new String[0]), Arrays.copyOf(columns, cells.size()));
  }

  private int[] add(List<String> cells, int[] columns, int cellCol) {
    if (cells.size() == columns.length) {
      columns = Arrays.copyOf(columns, columns.length * 2);
    }
    columns[cells.size()] = cellCol;
    cells.add(cell.toString());
    cell.setLength(0);
    return columns;
  }

  private EvaluateException unclosed(int quoteLine, int quoteCol) {
    return Problems.error(Problems.LIMIT, file, quoteLine, quoteCol, "this quote mark is never closed, so the rest of the file"
        + " would be read as one cell", "close the quote (a quote mark inside a cell is written twice: \"\")");
  }

  private int read() throws IOException {
    if (pushed < pushback.length) {
      lastPushed = true;
      return pushback[pushed++];
    }
    lastPushed = false;
    if (pos >= len) {
      if (eof) {
        return -1;
      }
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        eof = true;
        return -1;
      }
    }
    return buf[pos++];
  }

  private int peek() throws IOException {
    int c = read();
    if (c >= 0) {
      if (lastPushed) {
        pushed--;
      } else {
        pos--;
      }
    }
    return c;
  }

  private void unread(String text) {
    char[] rest = Arrays.copyOfRange(pushback, pushed, pushback.length);
    char[] all = new char[text.length() + rest.length];
    text.getChars(0, text.length(), all, 0);
    System.arraycopy(rest, 0, all, text.length(), rest.length);
    pushback = all;
    pushed = 0;
  }
}
