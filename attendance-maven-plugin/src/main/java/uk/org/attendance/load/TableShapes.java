package uk.org.attendance.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;

/**
 * Refuses annex tables whose rows have a different number of cells from the columns: a table like
 * that is unreadable to a screen reader and breaks the accessible PDF. The usual cause is an
 * unquoted comma inside a row written {@code [a, b, c]}.
 */
final class TableShapes {
  private TableShapes() {}

  static void find(SourceDocument doc, Consumer<Diagnostic> report) {
    JsonNode annexes = doc.tree().path("annexes");
    // The schema reports wrong shapes; this check only reads tables that are the right shape.
    if (!annexes.isArray()) {
      return;
    }
    for (int i = 0; i < annexes.size(); i++) {
      JsonNode table = annexes.get(i).path("table");
      int columns = table.path("columns").size();
      JsonNode rows = table.path("rows");
      if (!table.isObject() || !table.path("columns").isArray() || !rows.isArray()) {
        continue;
      }
      for (int r = 0; r < rows.size(); r++) {
        int cells = rows.get(r).size();
        if (rows.get(r).isArray() && cells != columns) {
          String pointer = "/annexes/" + i + "/table/rows/" + r;
          report.accept(
              Diagnostic.error(
                  LoadIds.VALUE,
                  doc.keyOrValue(pointer),
                  "this row of the table has "
                      + cells
                      + " cells, but the table has "
                      + columns
                      + " columns",
                  Hints.quoteCellWithComma()));
        }
      }
    }
  }
}
