package uk.org.attendance.model;

import java.util.List;

/**
 * An annex to the policy: prose, a link, a table, or any of these.
 *
 * @param id stable identifier
 * @param title as printed
 * @param body Markdown
 * @param link a link to an external document
 * @param table a table
 */
public record Annex(String id, String title, String body, String link, Table table) {

  /**
   * A simple table.
   *
   * @param caption as printed above the table
   * @param columns column headings
   * @param rows cells, one list per row, as many as there are columns
   */
  public record Table(String caption, List<String> columns, List<List<String>> rows) {
    public Table {
      columns = Lists.of(columns);
      rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
    }
  }
}
