package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.org.attendance.report.CsvAssertions;

/**
 * fields.csv: a school's text that begins like a formula comes out neutralised (OWASP payloads).
 */
class FieldCatalogueTest {

  @Test
  void formulaPayloadsInASchoolsValuesAndMisNamesAreNeutralised() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("SchoolName", "=HYPERLINK(\"http://x\"&A1,\"click\")");
    facts.put("SchoolPhone", "+cmd|calc!A0");
    facts.put("LocalAuthority", "@SUM(1+1)");
    facts.put("ReportingDeadline", "-2+3");
    facts.put("RegisterCloses", "\t=1+1");
    facts.put("AttendanceTarget", "\r=1+1");
    String csv = FieldCatalogue.csv(facts, Map.of("PupilFirstName", "=cmd|' /C calc'!A0"));
    List<String> lines = csv.lines().toList();
    assertTrue(
        lines.contains("PupilFirstName,merge,The pupil's first name,Alex,\"'=cmd|' /C calc'!A0\""),
        csv);
    assertTrue(
        csv.contains(
            "\nSchoolName,fact,The school's full name,\"'=HYPERLINK(\"\"http://x\"\"&A1,\"\"click\"\")\",\n"),
        csv);
    assertTrue(csv.contains(",\"'+cmd|calc!A0\",\n"), csv);
    assertTrue(csv.contains(",\"'@SUM(1+1)\",\n"), csv);
    assertTrue(csv.contains(",\"'-2+3\",\n"), csv);
    assertTrue(csv.contains(",\"'\t=1+1\",\n"), csv);
    assertTrue(csv.contains(",\"'\r=1+1\",\n"), csv);
    assertEquals(
        List.of("AttendanceTarget", "fact", "The school's attendance target", "'\r=1+1", ""),
        CsvAssertions.records(csv).stream()
            .filter(r -> r.get(0).equals("AttendanceTarget"))
            .findFirst()
            .orElseThrow());
    CsvAssertions.noCellStartsAFormula(csv);
    assertEquals("field,kind,meaning,example,wordMergeField", lines.get(0));
  }
}
