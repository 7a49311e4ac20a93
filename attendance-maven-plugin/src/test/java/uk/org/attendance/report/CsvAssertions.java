package uk.org.attendance.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV the way a spreadsheet does (RFC 4180), to check what a person opening it would get. */
public final class CsvAssertions {

  private CsvAssertions() {}

  /** Every record, each a list of cells, quotes removed. */
  public static List<List<String>> records(String csv) {
    List<List<String>> out = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        out.add(row);
        row = new ArrayList<>();
        any = false;
      } else {
        cell.append(c);
        any = true;
      }
    }
    assertFalse(quoted, "every quoted cell is closed");
    if (any || !row.isEmpty()) {
      row.add(cell.toString());
      out.add(row);
    }
    return out;
  }

  /**
   * No cell, as a spreadsheet reads it, starts a formula; every cell holding a payload starts with
   * a quote mark.
   */
  public static void noCellStartsAFormula(String csv) {
    for (List<String> row : records(csv)) {
      for (String cell : row) {
        assertTrue(
            cell.isEmpty() || "=+@\t\r".indexOf(cell.charAt(0)) < 0,
            "a cell starts a formula: " + cell);
        assertTrue(
            cell.isEmpty() || cell.charAt(0) != '-' || cell.matches("-[0-9]+(\\.[0-9]+)?"),
            "a cell starting with '-' is a plain number or neutralised: " + cell);
      }
    }
  }
}
