package uk.org.attendance.report;

import java.util.regex.Pattern;

/**
 * Cells for every CSV the project writes, safe to open in a spreadsheet.
 *
 * <p>Text that came from a person (a school file, a register export, a letters log) goes through
 * {@link #text}: a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return would be run as a formula by Excel, LibreOffice or Google Sheets, so it is
 * neutralised the way OWASP recommends (a leading {@code '}, and the cell quoted). Figures the
 * project worked out itself go through {@link #number} or {@link #date}, which write them as they
 * are, so that a spreadsheet still sees numbers and dates; they only accept the plain forms this
 * project prints, so no text can reach a file through them. The project never computes a negative
 * figure; if one ever appears, {@link #number} still writes it as a number ({@code -2} is a number
 * to a spreadsheet, not a formula), because its pattern admits nothing else.
 *
 * <p>This class is thread-safe.
 */
public final class CsvCells {

  /** The characters a spreadsheet treats as the start of a formula (OWASP, "CSV Injection"). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private CsvCells() {}

  /**
   * A cell of text from a school, a register or a person: RFC 4180 quoting, and formula
   * neutralising.
   *
   * @param value the text (null is an empty cell)
   * @return the cell as it goes between commas
   */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    if (startsFormula(value)) {
      return '"' + "'" + value.replace("\"", "\"\"") + '"';
    }
    if (needsQuotes(value)) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }

  /**
   * The same text neutralised for a place that is not a CSV but may still be pasted into or opened
   * by a spreadsheet (an HTML table cell): a leading {@code '} where a formula would start.
   *
   * @param value the text (null is empty)
   * @return the text, with a leading {@code '} if it would start a formula
   */
  public static String neutralised(String value) {
    if (value == null) {
      return "";
    }
    return startsFormula(value) ? "'" + value : value;
  }

  /**
   * A figure the project worked out: written as it is.
   *
   * @param value a plain number such as {@code 12}, {@code 93.5} (or {@code -2})
   * @return the cell
   * @throws IllegalArgumentException if it is not a plain number (a bug, never user input)
   */
  public static String number(String value) {
    if (!NUMBER.matcher(value).matches()) {
      throw new IllegalArgumentException("not a plain number: " + value);
    }
    return value;
  }

  /** A count the project worked out. */
  public static String number(long value) {
    return Long.toString(value);
  }

  /**
   * A date the project worked out, ISO {@code yyyy-mm-dd}, or an empty cell.
   *
   * @param iso the date, or null
   * @return the cell
   * @throws IllegalArgumentException if it is not an ISO date (a bug, never user input)
   */
  public static String date(Object iso) {
    if (iso == null) {
      return "";
    }
    String s = iso.toString();
    if (!DATE.matcher(s).matches()) {
      throw new IllegalArgumentException("not an ISO date: " + s);
    }
    return s;
  }

  /**
   * A whole row of text cells, ending in a line feed.
   *
   * @param cells each cell's text
   * @return the line
   */
  public static String row(String... cells) {
    String[] made = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      made[i] = text(cells[i]);
    }
    return line(made);
  }

  /**
   * A whole row of cells already made by {@link #text}, {@link #number} or {@link #date}, joined by
   * commas and ending in a line feed.
   */
  public static String line(String... made) {
    return String.join(",", made) + "\n";
  }

  /** Whether a spreadsheet would read this text as the start of a formula. */
  public static boolean startsFormula(String value) {
    return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
  }

  private static boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';' || c == '\t') {
        return true;
      }
    }
    return false;
  }
}
