package uk.org.attendance.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.diagnostic.Diagnostic;

/**
 * Every limit on a register, at the limit and one past it, with its message; and the warnings of a
 * register full of bad rows, summarised after ten.
 */
class RegisterLimitsTest {

  static final String HEADER = "UPN,Date,Session,Mark\n";

  @TempDir Path dir;

  String refused(String name, String text, InputLimits limits) {
    Path f = Fixtures.file(dir, name, text);
    EvaluateException e =
        assertThrows(
            EvaluateException.class,
            () -> Register.read(f, RegisterReaderTest.CODES, "N", ColumnChoice.NONE, limits));
    return e.diagnostic().format(dir);
  }

  Register read(String name, String text, InputLimits limits) throws EvaluateException {
    return Register.read(
        Fixtures.file(dir, name, text), RegisterReaderTest.CODES, "N", ColumnChoice.NONE, limits);
  }

  static String rows(int n) {
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 0; i < n; i++) {
      b.append("P").append(i).append(",2025-09-08,AM,/\n");
    }
    return b.toString();
  }

  @Test
  void theDefaultsAreTheOnesTheReadmeGives() {
    assertEquals(
        new InputLimits(256L << 20, 2_000_000, 2_000, 100_000, 2_000_000, 1_000, 20_000_000L),
        InputLimits.DEFAULT);
  }

  @Test
  void bytesAtTheDefaultLimitAreReadAndOneMoreIsRefusedUnread() throws Exception {
    Path at = dir.resolve("at.csv");
    Path past = dir.resolve("past.csv");
    try (RandomAccessFile f = new RandomAccessFile(at.toFile(), "rw")) {
      f.setLength(256L << 20); // sparse: no 256 MB is written
    }
    try (RandomAccessFile f = new RandomAccessFile(past.toFile(), "rw")) {
      f.setLength((256L << 20) + 1);
    }
    EvaluateException atLimit =
        assertThrows(
            EvaluateException.class, () -> Register.read(at, RegisterReaderTest.CODES, "N"));
    assertEquals(
        "at.csv: error: this is not a text file (it contains NUL bytes) [EVAL-FILE]",
        atLimit.diagnostic().format(dir).lines().findFirst().orElseThrow(),
        "at the limit the size is accepted, and the content is what is refused");
    EvaluateException pastLimit =
        assertThrows(
            EvaluateException.class, () -> Register.read(past, RegisterReaderTest.CODES, "N"));
    assertEquals(
        "past.csv: error: the file is 268,435,457 bytes; a register may be at most 268,435,456 bytes [EVAL-LIMIT]"
            + System.lineSeparator()
            + "  hint: export one school year at a time, or one year group at a time",
        pastLimit.diagnostic().format(dir));
  }

  @Test
  void bytesAtASmallLimitAndOnePast() throws Exception {
    String text = rows(3);
    InputLimits limits = new InputLimits(text.length(), 100, 100, 1000, 1000, 100, 1000);
    assertEquals(3, read("at.csv", text, limits).marks().size());
    assertEquals(79, text.length());
    assertEquals(
        "past.csv: error: the file is 80 bytes; a register may be at most 79 bytes [EVAL-LIMIT]"
            + System.lineSeparator()
            + "  hint: export one school year at a time, or one year group at a time",
        refused("past.csv", text + "\n", limits));
  }

  @Test
  void rowsAtTheLimitAndOnePast() throws Exception {
    InputLimits limits = new InputLimits(1 << 20, 5, 100, 1000, 1000, 100, 1000);
    assertEquals(5, read("at.csv", rows(5), limits).rows());
    assertEquals(
        "past.csv:7:1: error: the register has more than 5 rows, more than a school's register for a year [EVAL-LIMIT]"
            + System.lineSeparator()
            + "  hint: export one school year at a time, or one year group at a time",
        refused("past.csv", rows(6), limits));
  }

  @Test
  void columnsAtTheDefaultLimitAndOnePast() throws Exception {
    StringBuilder header = new StringBuilder("UPN,Date,Session,Mark");
    for (int i = 4; i < 2000; i++) {
      header.append(",x").append(i);
    }
    String row = "P1,2025-09-08,AM,/" + ",".repeat(1996) + "\n";
    assertEquals(1, read("at.csv", header + "\n" + row, InputLimits.DEFAULT).marks().size());
    String past = refused("past.csv", header + ",one too many\n" + row, InputLimits.DEFAULT);
    assertEquals(
        "past.csv:1:"
            + (header.length() + 2)
            + ": error: this row has more than 2,000 columns, more than any register"
            + " export [EVAL-LIMIT]"
            + System.lineSeparator()
            + "  hint: check this is the right file (a mark grid has one column"
            + " per session: 760 for two school years)",
        past);
  }

  @Test
  void lineLengthAtTheDefaultLimitAndOnePast() throws Exception {
    String head = "UPN,Date,Session,Mark,Note\nP1,2025-09-08,AM,/,";
    int fill = 100_000 - "P1,2025-09-08,AM,/,".length();
    assertEquals(
        1, read("at.csv", head + "x".repeat(fill) + "\n", InputLimits.DEFAULT).marks().size());
    assertEquals(
        "past.csv:2:1: error: line 2 is longer than 100,000 characters, far longer than any register row"
            + " [EVAL-LIMIT]"
            + System.lineSeparator()
            + "  hint: check this is the right file: a register export has one short row"
            + " per pupil per session, or per pupil",
        refused("past.csv", head + "x".repeat(fill + 1) + "\n", InputLimits.DEFAULT));
  }

  @Test
  void aQuoteNeverClosedIsLocatedAtTheQuoteNotAtTheEndOfTheFile() {
    assertEquals(
        "quote.csv:3:4: error: this quote mark is never closed, so the rest of the file would be read as one cell"
            + " [EVAL-LIMIT]"
            + System.lineSeparator()
            + "  hint: close the quote (a quote mark inside a cell is written twice: \"\")",
        refused(
            "quote.csv",
            HEADER
                + "P1,2025-09-08,AM,/\nP2,\"2025-09-08,AM,/\n"
                + "P3,2025-09-08,AM,/\n".repeat(10),
            InputLimits.DEFAULT));
  }

  @Test
  void marksAtTheLimitAndOnePastInAMarkGrid() throws Exception {
    String grid = "UPN,2025-09-08 AM,2025-09-08 PM,2025-09-09 AM\nP1,/,\\,/\nP2,/,\\,";
    InputLimits limits = new InputLimits(1 << 20, 100, 100, 1000, 5, 100, 1000);
    assertEquals(5, read("at.csv", grid + "\n", limits).marks().size());
    assertEquals(
        "past.csv:3:8: error: the register has more than 5 marks, more than a school's register for a year"
            + " [EVAL-LIMIT]"
            + System.lineSeparator()
            + "  hint: export one school year at a time, or one year group at a time",
        refused("past.csv", grid + "/\n", limits));
  }

  @Test
  void daysWithMarksAtTheLimitAndOnePast() throws Exception {
    InputLimits limits = new InputLimits(1 << 20, 100, 100, 1000, 1000, 3, 1000);
    String three = HEADER + "P1,2025-09-08,AM,/\nP1,2025-09-09,AM,/\nP1,2031-09-10,AM,/\n";
    assertEquals(3, read("at.csv", three, limits).marks().size());
    assertEquals(
        "past.csv: error: the register has marks on 4 days; it may cover at most 3 (about five school years)"
            + " [EVAL-LIMIT]"
            + System.lineSeparator()
            + "  hint: export one school year at a time",
        refused("past.csv", three + "P1,2099-12-31,PM,/\n", limits));
  }

  @Test
  void pupilDaysAtTheLimitAndOnePast() throws Exception {
    InputLimits limits = new InputLimits(1 << 20, 100, 100, 1000, 1000, 100, 6);
    String three = HEADER + "P1,2025-09-08,AM,/\nP2,2025-09-09,AM,/\nP1,2025-09-10,AM,/\n";
    assertEquals(
        3, read("at.csv", three, limits).marks().size(), "2 pupils and 3 days: 6 pupil-days");
    assertEquals(
        "past.csv: error: the register has 3 pupils and marks on 3 days: 9 pupil-days, more than the 6 one evaluation"
            + " handles [EVAL-LIMIT]"
            + System.lineSeparator()
            + "  hint: export one school year at a time, or one year group at a time",
        refused("past.csv", three + "P3,2025-09-08,PM,/\n", limits));
  }

  @Test
  void tensOfThousandsOfBadRowsPrintTenAndACountAndMakeASmallJson() throws Exception {
    StringBuilder b = new StringBuilder(HEADER).append("P0,2025-09-08,AM,/\n");
    for (int i = 0; i < 50_000; i++) {
      b.append("P")
          .append(i)
          .append(",08/09/2025 13:45:00.000,")
          .append(i % 2 == 0 ? "AM" : "Evening")
          .append(",X9\n");
    }
    Path register = Fixtures.file(dir, "bad.csv", b.toString());
    Path rules = TestRules.oakfield().write(dir, "oakfield.rules.json");
    Evaluation e = Evaluation.run(rules, register);
    assertEquals(50_000, e.register().rejected().count());
    assertEquals(10, e.register().badRows().size());
    List<Diagnostic> warnings =
        e.warnings().stream().filter(d -> d.ruleId().equals("EVAL-ROW")).toList();
    assertEquals(11, warnings.size());
    assertEquals(
        "bad.csv:3:31: warning: row left out: 'X9' is not a national attendance code [EVAL-ROW]",
        warnings.get(0).format(dir));
    assertEquals(
        "bad.csv: note: 50,000 rows left out in all (25,000 with a code that is not a national attendance code,"
            + " 25,000 with a session that is neither AM nor PM); the first 10 are listed above [EVAL-ROW]",
        warnings.get(10).format(dir));
    String json = e.json();
    assertTrue(json.length() < 20_000, "a small JSON: " + json.length());
    assertTrue(json.contains("\"badRowCount\": 50000"));
    assertTrue(Files.size(register) > 1_500_000, "a register of 1.7 MB of bad rows");
  }
}
