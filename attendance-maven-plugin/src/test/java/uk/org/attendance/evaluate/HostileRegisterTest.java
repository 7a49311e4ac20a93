package uk.org.attendance.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.org.attendance.report.CsvAssertions;

/**
 * The hostile and broken register corpus (src/test/resources/hostile-register, plus binary cases
 * made here): each is refused with its exact located message, or evaluated with its exact safe
 * output. The longest time and the most memory any case took are printed for the record.
 */
class HostileRegisterTest {

  static final Path CORPUS = Path.of("src/test/resources/hostile-register").toAbsolutePath();
  static Path rules;
  static long slowestMillis;
  static String slowest = "";
  static long mostHeapMb;

  @BeforeAll
  static void rules(@TempDir Path dir) {
    rules = TestRules.oakfield().write(dir, "oakfield.rules.json");
  }

  @AfterAll
  static void record() {
    System.out.println(
        "hostile registers: slowest case "
            + slowest
            + " "
            + slowestMillis
            + " ms, most heap in use "
            + mostHeapMb
            + " MB");
  }

  static String firstLine(Path file) {
    long t0 = System.nanoTime();
    EvaluateException e = assertThrows(EvaluateException.class, () -> Evaluation.run(rules, file));
    measure(file, t0);
    return e.diagnostic().format(file.getParent()).lines().findFirst().orElseThrow();
  }

  static void measure(Path file, long t0) {
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (ms > slowestMillis) {
      slowestMillis = ms;
      slowest = file.getFileName().toString();
    }
    mostHeapMb =
        Math.max(
            mostHeapMb, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
      empty.csv                | empty.csv:1:1: error: the file is empty [EVAL-FILE]
      blank-lines.csv          | blank-lines.csv:1:1: error: the file has no rows, only blank lines [EVAL-FILE]
      bom-only.csv             | bom-only.csv:1:1: error: the file has no rows, only blank lines [EVAL-FILE]
      sep-line-only.csv        | sep-line-only.csv:1:1: error: the file has no rows, only blank lines [EVAL-FILE]
      header-only.csv          | header-only.csv: error: the register has a header but no rows of marks [EVAL-ROWS]
      no-columns.csv           | no-columns.csv:1:1: error: there is no pupil column; the header has: hello world [EVAL-COLUMNS]
      ambiguous-id.csv         | ambiguous-id.csv:1:4: error: more than one column could be the pupil: 'ID' (column 1) and 'Student ID' (column 2) [EVAL-COLUMNS]
      ambiguous-pupil-name.csv | ambiguous-pupil-name.csv:1:7: error: more than one column could be the pupil: 'Pupil' (column 1) and 'UPN' (column 2) [EVAL-COLUMNS]
      two-upn-columns.csv      | two-upn-columns.csv:1:5: error: more than one column could be the pupil: 'UPN' (column 1) and 'UPN' (column 2) [EVAL-COLUMNS]
      unclosed-quote.csv       | unclosed-quote.csv:3:4: error: this quote mark is never closed, so the rest of the file would be read as one cell [EVAL-LIMIT]
      us-dates.csv             | us-dates.csv: error: none of the 4 rows could be used (4 with a date that cannot be read), so there is nothing to evaluate [EVAL-ROWS]
      times-for-dates.csv      | times-for-dates.csv: error: none of the 2 rows could be used (2 with a date that cannot be read), so there is nothing to evaluate [EVAL-ROWS]
      withdrawn-codes.csv      | withdrawn-codes.csv: error: none of the 3 rows could be used (3 with a code that is not a national attendance code), so there is nothing to evaluate [EVAL-ROWS]
      sessions-as-numbers.csv  | sessions-as-numbers.csv: error: none of the 2 rows could be used (2 with a session that is neither AM nor PM), so there is nothing to evaluate [EVAL-ROWS]
      mixed-delimiters.csv     | mixed-delimiters.csv: error: none of the 2 rows could be used (2 with a date that cannot be read), so there is nothing to evaluate [EVAL-ROWS]
      fake.pdf.csv             | fake.pdf.csv: error: this is a PDF, not a CSV file [EVAL-FILE]
      """)
  void eachBrokenRegisterGetsItsLocatedMessage(String file, String expected) {
    assertEquals(expected, firstLine(CORPUS.resolve(file)));
  }

  @Test
  void theFirstReasonsOfAnUnusableRegisterSayWhatToDo() throws Exception {
    EvaluateException e =
        assertThrows(
            EvaluateException.class, () -> Evaluation.run(rules, CORPUS.resolve("us-dates.csv")));
    assertEquals(
        "the first: line 2: '09/13/2025' is not a date: dates are read day first, so the month would be 13 (was the"
            + " file saved with US month/day dates? export it with UK dates); line 3: '09/14/2025' is not a date: dates are read day"
            + " first, so the month would be 14 (was the file saved with US month/day dates? export it with UK dates); line 4:"
            + " '09/15/2025' is not a date: dates are read day first, so the month would be 15 (was the file saved with US month/day"
            + " dates? export it with UK dates)",
        e.diagnostic().hint());
  }

  @Test
  void missingCellsLeaveTheirRowsOut() throws Exception {
    Evaluation e = Evaluation.run(rules, CORPUS.resolve("missing-cells.csv"));
    assertEquals(
        List.of(
            new Register.BadRow(3, "no pupil id"),
            new Register.BadRow(4, "'' is not a date (use 2025-09-08 or 08/09/2025)")),
        e.register().badRows());
    assertEquals(1, e.register().marks().size());
  }

  @Test
  void formulasAndHtmlInARegisterComeOutSafe() throws Exception {
    long t0 = System.nanoTime();
    Evaluation e = Evaluation.run(rules, CORPUS.resolve("formulas-and-html.csv"));
    measure(CORPUS.resolve("formulas-and-html.csv"), t0);
    List<List<String>> rows = CsvAssertions.records(e.csv());
    assertEquals(
        List.of("'=HYPERLINK(\"http://x\"&A1,\"click\")", "'+cmd|calc!A0", "'@SUM(1+1)", "'-2+3"),
        rows.get(1).subList(0, 4));
    assertEquals(
        List.of("P2", "<script>alert('x')</script>", "'=1+2\";=1+2", "'=1+1"),
        rows.get(2).subList(0, 4),
        "a tab before a formula is stripped with the spaces, and the formula neutralised");
    for (String csv : List.of(e.csv(), e.actionsCsv(), e.summaryCsv())) {
      CsvAssertions.noCellStartsAFormula(csv);
    }
    String html = e.html();
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertFalse(html.contains("<img"));
  }

  @Test
  void controlCharactersInARegisterNeverReachTheConsole() throws Exception {
    Evaluation e = Evaluation.run(rules, CORPUS.resolve("control-characters.csv"));
    List<String> lines = e.warnings().stream().map(d -> d.format(CORPUS)).toList();
    assertEquals(
        List.of(
            "control-characters.csv:3:23: warning: row left out: a second mark for pupil ?[31mP1 on 2025-09-08 AM (the first is row 2)"
                + " [EVAL-ROW]",
            "control-characters.csv:5:25: warning: row left out: a second mark for pupil P?gnp.exe on 2025-09-08 AM (the first is"
                + " row 4) [EVAL-ROW]"),
        lines.stream().filter(l -> l.contains("[EVAL-ROW]")).toList());
    assertTrue(
        String.join("\n", lines).chars().noneMatch(c -> c == 0x1B || c == 0x202E),
        "no escape or direction control");
    assertFalse(e.html().contains("\u001b"), "nor on the web page");
  }

  @Test
  void binaryFilesAreRefusedUnread(@TempDir Path dir) throws Exception {
    Files.write(
        dir.resolve("book.xlsx.csv"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00});
    Files.write(
        dir.resolve("old.xls.csv"),
        new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1});
    Files.write(dir.resolve("register.csv.gz"), new byte[] {0x1F, (byte) 0x8B, 0x08, 0x00});
    Files.write(
        dir.resolve("nul.csv"), "UPN,Date\u0000,Session,Mark\n".getBytes(StandardCharsets.UTF_8));
    Files.write(
        dir.resolve("utf16.csv"),
        "UPN,Date,Session,Mark\nP1,2025-09-08,AM,/\n".getBytes(StandardCharsets.UTF_16LE));
    assertEquals(
        "book.xlsx.csv: error: this is an Excel workbook, not a CSV file [EVAL-FILE]",
        firstLine(dir.resolve("book.xlsx.csv")));
    assertEquals(
        "old.xls.csv: error: this is an Excel workbook, not a CSV file [EVAL-FILE]",
        firstLine(dir.resolve("old.xls.csv")));
    assertEquals(
        "register.csv.gz: error: this is a compressed (gzip) file, not a CSV file [EVAL-FILE]",
        firstLine(dir.resolve("register.csv.gz")));
    assertEquals(
        "nul.csv: error: this is not a text file (it contains NUL bytes) [EVAL-FILE]",
        firstLine(dir.resolve("nul.csv")));
    assertEquals(
        "utf16.csv: error: this looks like UTF-16 text without a byte-order mark, which cannot be read reliably"
            + " [EVAL-FILE]",
        firstLine(dir.resolve("utf16.csv")));
  }

  @Test
  void aRulesJsonThatIsBrokenOrHostileIsRefusedWithItsPlace(@TempDir Path dir) throws Exception {
    Path register = CORPUS.resolve("us-dates.csv");
    Files.writeString(dir.resolve("broken.json"), "{\n  \"schemaVersion\": 1,\n  \"codes\": [\n");
    Files.writeString(dir.resolve("deep.json"), "[".repeat(10_000) + "]".repeat(10_000));
    Files.writeString(dir.resolve("other.json"), "{\"schemaVersion\": 2}");
    assertEquals(
        "broken.json:4:1: error: this is not valid JSON (or is nested far deeper than a rules.json) [EVAL-RULES]",
        assertThrows(
                EvaluateException.class, () -> Evaluation.run(dir.resolve("broken.json"), register))
            .diagnostic()
            .format(dir)
            .lines()
            .findFirst()
            .orElseThrow());
    assertTrue(
        assertThrows(
                EvaluateException.class, () -> Evaluation.run(dir.resolve("deep.json"), register))
            .diagnostic()
            .format(dir)
            .startsWith("deep.json:1:"));
    assertEquals(
        "other.json:1:1: error: this is not a rules.json of schemaVersion 1 [EVAL-RULES]",
        assertThrows(
                EvaluateException.class, () -> Evaluation.run(dir.resolve("other.json"), register))
            .diagnostic()
            .format(dir)
            .lines()
            .findFirst()
            .orElseThrow());
    Path old = TestRules.oakfield().withoutRoles().write(dir, "old.json");
    assertEquals(
        "old.json: error: rules.json does not say which code stands for 'late-before-register-closed' (it was"
            + " written by an older version of the plugin) [EVAL-RULES]",
        assertThrows(EvaluateException.class, () -> Evaluation.run(old, register))
            .diagnostic()
            .format(dir)
            .lines()
            .findFirst()
            .orElseThrow());
  }
}
