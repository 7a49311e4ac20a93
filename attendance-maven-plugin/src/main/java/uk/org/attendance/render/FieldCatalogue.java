package uk.org.attendance.render;

import java.util.Map;
import uk.org.attendance.reference.FactField;
import uk.org.attendance.reference.MergeField;
import uk.org.attendance.report.CsvCells;

/**
 * The field catalogue a school maps to its MIS export: every merge field with its meaning, a
 * made-up example and the name its Word letters use for it; then the fact fields with this school's
 * values. Every cell is written through {@link CsvCells}, so a school's text that begins like a
 * formula is neutralised.
 */
public final class FieldCatalogue {

  private FieldCatalogue() {}

  /**
   * @param facts the school's fact values
   * @param names the school's MIS names for merge fields, where they differ
   * @return CSV (RFC 4180, UTF-8, header row, LF line ends), safe to open in a spreadsheet
   */
  public static String csv(Map<String, String> facts, Map<String, String> names) {
    StringBuilder b = new StringBuilder("field,kind,meaning,example,wordMergeField\n");
    for (MergeField f : MergeField.values()) {
      row(b, f.name(), "merge", f.meaning(), f.example(), names.getOrDefault(f.name(), f.name()));
    }
    for (Map.Entry<String, String> e : facts.entrySet()) {
      String meaning =
          e.getKey().startsWith(FactField.BAND_PREFIX)
              ? "The school's attendance band "
                  + e.getKey().substring(FactField.BAND_PREFIX.length())
              : FactField.find(e.getKey()).map(FactField::meaning).orElse("");
      row(b, e.getKey(), "fact", meaning, e.getValue(), "");
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String... cells) {
    b.append(CsvCells.row(cells));
  }
}
