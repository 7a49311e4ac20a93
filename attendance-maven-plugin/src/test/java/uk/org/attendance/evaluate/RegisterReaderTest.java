package uk.org.attendance.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.reference.AttendanceCode;

/**
 * The register layouts MIS exports use, the date and session spellings, and every way the columns
 * can be unclear, each with its exact located message.
 */
class RegisterReaderTest {

  static final Set<String> CODES =
      AttendanceCode.all().stream().map(AttendanceCode::code).collect(Collectors.toSet());

  @TempDir Path dir;

  Register read(String name, String text) throws EvaluateException {
    return Register.read(Fixtures.file(dir, name, text), CODES, "N");
  }

  String error(String name, String text) {
    return error(name, text, ColumnChoice.NONE);
  }

  String error(String name, String text, ColumnChoice choice) {
    Path f = Fixtures.file(dir, name, text);
    EvaluateException e =
        assertThrows(
            EvaluateException.class,
            () -> Register.read(f, CODES, "N", choice, InputLimits.DEFAULT));
    return e.diagnostic().format(dir);
  }

  static List<String> marks(Register r) {
    return r.marks().stream()
        .map(m -> m.pupil() + " " + m.date() + (m.afternoon() ? " PM " : " AM ") + m.code())
        .toList();
  }

  @Test
  void commaTabAndSemicolonExportsAreTheSameRegister() throws Exception {
    String comma =
        "UPN,Date,Session,Mark\nP1,2025-09-08,AM,/\nP1,2025-09-08,PM,O\n\"P2\",2025-09-08,AM,L\n";
    Register a = read("comma.csv", comma);
    Register b = read("tab.txt", comma.replace(',', '\t'));
    Register c = read("semicolon.csv", comma.replace(',', ';'));
    Register d = read("excel.csv", "sep=;\n" + comma.replace(',', ';'));
    assertEquals(
        List.of("P1 2025-09-08 AM /", "P1 2025-09-08 PM O", "P2 2025-09-08 AM L"), marks(a));
    assertEquals(marks(a), marks(b));
    assertEquals(marks(a), marks(c));
    assertEquals(marks(a), marks(d));
    assertEquals("one row per pupil per session, tab-separated", b.layout());
    assertEquals("one row per pupil per session, semicolon-separated", d.layout());
  }

  @Test
  void aFileWithoutAFinalLineBreakIsReadToItsLastCell() throws Exception {
    assertEquals(
        List.of("P1 2025-09-08 AM /", "P1 2025-09-08 PM O"),
        marks(read("no-end.csv", "UPN,Date,Session,Mark\nP1,2025-09-08,AM,/\nP1,2025-09-08,PM,O")));
    assertEquals(
        List.of("P1 2025-09-08 AM /"),
        marks(read("quoted-end.csv", "UPN,Date,Session,Mark\nP1,2025-09-08,AM,\"/\"")));
  }

  @Test
  void theDateFormsExportsWriteAreAllRead() throws Exception {
    Register r =
        read(
            "dates.csv",
            """
        Pupil ID,Attendance Date,AM/PM,Attendance Mark
        A,08/09/25,AM,/
        B,08/09/2025 00:00:00,AM,/
        C,2025-09-08T00:00:00,AM,/
        D,45908,AM,/
        E,Mon 08/09/2025,AM,/
        F,8-Sep-2025,AM,/
        G,8 September 2025,AM,/
        H,08.09.2025 08:45,Morning,/
        I,45908.375,A,/
        J,Monday 8 September 2025,am session,/
        """);
    assertEquals(0, r.rejected().count(), r.badRows().toString());
    assertEquals(10, r.marks().size());
    r.marks().forEach(m -> assertEquals(LocalDate.of(2025, 9, 8), m.date(), m.pupil()));
  }

  @Test
  void aUsDateAndAnImpossibleDateAreLeftOutWithTheReason() throws Exception {
    Register r =
        read(
            "us.csv",
            "UPN,Date,Session,Mark\nP1,09/13/2025,AM,/\nP1,31/02/2025,AM,/\nP1,08/09/1925,AM,/\nP1,08/09/2025,AM,/\n");
    assertEquals(
        List.of(
            new Register.BadRow(
                2,
                "'09/13/2025' is not a date: dates are read day first, so the month would be 13 (was the file"
                    + " saved with US month/day dates? export it with UK dates)"),
            new Register.BadRow(3, "'31/02/2025' is not a date (use 2025-09-08 or 08/09/2025)"),
            new Register.BadRow(
                4, "'08/09/1925' is not a date a register could hold (years 2000 to 2099)")),
        r.badRows());
    assertEquals(
        List.of(2, 3, 4), r.rejected().first().stream().map(Rejections.Rejection::line).toList());
    assertEquals(
        List.of(4, 4, 4), r.rejected().first().stream().map(Rejections.Rejection::column).toList());
  }

  @Test
  void aMarkGridWithOneColumnPerSessionIsRead() throws Exception {
    Register r =
        read(
            "grid.csv",
            """
        UPN,Name,Year,Form,Mon 08/09/2025 AM,Mon 08/09/2025 PM,Tue 09/09/2025 AM,Attendance %
        P1,"Smith, Ann",Year 7,7A,/,\\,O,95.0
        P2,"Jones, Bob",Year 8,8B,L,,-,90.0
        P3,"Khan, Zed",Year 8,8B,/,H,N,80.0
        """);
    assertEquals("a mark grid (one column per session), comma-separated", r.layout());
    assertEquals(
        List.of(
            "P1 2025-09-08 AM /",
            "P1 2025-09-08 PM \\",
            "P1 2025-09-09 AM O",
            "P2 2025-09-08 AM L",
            "P3 2025-09-08 AM /",
            "P3 2025-09-09 AM N"),
        marks(r));
    assertEquals(
        List.of(
            new Register.Pupil("P1", "Smith, Ann", "Year 7", "7A"),
            new Register.Pupil("P2", "Jones, Bob", "Year 8", "8B"),
            new Register.Pupil("P3", "Khan, Zed", "Year 8", "8B")),
        r.pupils());
    assertEquals(
        List.of(
            new Rejections.Rejection(
                4, 28, "code", "'H' is not a national attendance code (2025-09-08 PM)")),
        r.rejected().first());
  }

  @Test
  void aMarkGridWithADateRowOverAnAmPmRowIsRead() throws Exception {
    Register r =
        read(
            "grid2.csv",
            """
        ,,08/09/2025,,09/09/2025,
        Adno,Student Name,AM,PM,AM,PM
        1001,Ann,/,\\,/,O
        1002,Bob,N,N,I,I
        """);
    assertEquals("a mark grid (a row of dates over a row of AM/PM), comma-separated", r.layout());
    assertEquals(
        List.of(
            "1001 2025-09-08 AM /",
            "1001 2025-09-08 PM \\",
            "1001 2025-09-09 AM /",
            "1001 2025-09-09 PM O",
            "1002 2025-09-08 AM N",
            "1002 2025-09-08 PM N",
            "1002 2025-09-09 AM I",
            "1002 2025-09-09 PM I"),
        marks(r));
    assertEquals("Ann", r.pupils().get(0).name());
  }

  @Test
  void twoColumnsThatCouldBeThePupilAreAnErrorNamingBothAndTheParameter() throws Exception {
    String ids = "ID,Student ID,Date,Session,Mark\n1,P1,2025-09-08,AM,/\n2,P1,2025-09-08,PM,/\n";
    assertEquals(
        "ids.csv:1:4: error: more than one column could be the pupil: 'ID' (column 1) and 'Student ID' (column 2)"
            + " [EVAL-COLUMNS]"
            + System.lineSeparator()
            + "  hint: choose one with -Dattendance.pupilColumn=\"Student ID\"",
        error("ids.csv", ids));
    assertEquals(
        "names.csv:1:7: error: more than one column could be the pupil: 'Pupil' (column 1) and 'UPN' (column 2)"
            + " [EVAL-COLUMNS]"
            + System.lineSeparator()
            + "  hint: choose one with -Dattendance.pupilColumn=\"UPN\"",
        error("names.csv", "Pupil,UPN,Date,Session,Mark\nAnn Smith,P1,2025-09-08,AM,/\n"));
    Register chosen =
        Register.read(
            Fixtures.file(dir, "ids.csv", ids),
            CODES,
            "N",
            new ColumnChoice("student id", null, null, null, null, null, null),
            InputLimits.DEFAULT);
    assertEquals(List.of("P1 2025-09-08 AM /", "P1 2025-09-08 PM /"), marks(chosen));
    assertEquals("Student ID", chosen.columnsUsed().get("pupil"));
  }

  @Test
  void aMissingColumnOrAChosenColumnThatIsNotThereIsAnError() {
    assertEquals(
        "missing.csv:1:1: error: there is no session column; the header has: UPN, Date, Mark [EVAL-COLUMNS]"
            + System.lineSeparator()
            + "  hint: name the column one of Session, AM/PM, AM or PM, Period, Session Name, or choose it"
            + " with -Dattendance.sessionColumn=NAME",
        error("missing.csv", "UPN,Date,Mark\nP1,2025-09-08,/\n"));
    assertEquals(
        "chosen.csv:1:1: error: there is no column 'Legal UPN' (named by -Dattendance.pupilColumn); the header has:"
            + " UPN, Date, Session, Mark [EVAL-COLUMNS]"
            + System.lineSeparator()
            + "  hint: give -Dattendance.pupilColumn one of the header's names",
        error(
            "chosen.csv",
            "UPN,Date,Session,Mark\nP1,2025-09-08,AM,/\n",
            new ColumnChoice("Legal UPN", null, null, null, null, null, null)));
  }

  @Test
  void aRegisterWithNoUsableRowFailsWithACountAndTheFirstReasons() {
    StringBuilder b = new StringBuilder("UPN,Date,Session,Mark\n");
    for (int i = 0; i < 1000; i++) {
      b.append("P").append(i).append(",2025/13/").append(10 + i % 20).append(",AM,/\n");
    }
    assertEquals(
        "all-bad.csv: error: none of the 1,000 rows could be used (1,000 with a date that cannot be read), so there is"
            + " nothing to evaluate [EVAL-ROWS]"
            + System.lineSeparator()
            + "  hint: the first: line 2: '2025/13/10' is not a date"
            + " (use 2025-09-08 or 08/09/2025); line 3: '2025/13/11' is not a date (use 2025-09-08 or 08/09/2025); line 4:"
            + " '2025/13/12' is not a date (use 2025-09-08 or 08/09/2025)",
        error("all-bad.csv", b.toString()));
    assertEquals(
        "header.csv: error: the register has a header but no rows of marks [EVAL-ROWS]"
            + System.lineSeparator()
            + "  hint: export the register again, with its marks",
        error("header.csv", "UPN,Date,Session,Mark\n\n"));
  }

  @Test
  void aFileThatIsNotUtf8IsReadAsWindows1252AndSaysSo() throws Exception {
    Path f = dir.resolve("ansi.csv");
    byte[] text =
        "UPN,Name,Date,Session,Mark\nP1,Zo\u00eb Br\u00f6nte,2025-09-08,AM,/\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(f, text);
    Register r = Register.read(f, CODES, "N");
    assertEquals("Zo\u00eb Br\u00f6nte", r.pupils().get(0).name());
    assertEquals(
        List.of(
            "ansi.csv: note: the file is not UTF-8, so it was read as Windows-1252 (what Excel's 'CSV (Comma"
                + " delimited)' writes); if names look wrong, export it as CSV UTF-8 [EVAL-FILE]"),
        r.notes().stream().map(d -> d.format(dir)).toList());
  }

  @Test
  void excelUnicodeTextIsRead() throws Exception {
    Path f = dir.resolve("unicode.txt");
    Files.write(
        f,
        ("\uFEFFUPN\tDate\tSession\tMark\r\nP1\t08/09/2025\tAM\t/\r\n")
            .getBytes(StandardCharsets.UTF_16LE));
    assertEquals(List.of("P1 2025-09-08 AM /"), marks(Register.read(f, CODES, "N")));
  }

  @Test
  void aWorkbookOrAnEmptyFileIsRefusedWithWhatToDo() throws Exception {
    Files.write(dir.resolve("book.csv"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00});
    EvaluateException e =
        assertThrows(
            EvaluateException.class, () -> Register.read(dir.resolve("book.csv"), CODES, "N"));
    assertEquals(
        "book.csv: error: this is an Excel workbook, not a CSV file [EVAL-FILE]"
            + System.lineSeparator()
            + "  hint: open it in Excel and use File > Save As > CSV UTF-8 (Comma delimited), then name that file",
        e.diagnostic().format(dir));
    assertEquals(
        "empty.csv:1:1: error: the file is empty [EVAL-FILE]"
            + System.lineSeparator()
            + "  hint: export the register again, with its header row",
        error("empty.csv", ""));
    EvaluateException missing =
        assertThrows(
            EvaluateException.class, () -> Register.read(dir.resolve("nope.csv"), CODES, "N"));
    assertEquals(
        "nope.csv: error: there is no register file here [EVAL-FILE]"
            + System.lineSeparator()
            + "  hint: check the path given to -Dattendance.register (relative paths start from the project folder)",
        missing.diagnostic().format(dir));
  }

  @Test
  void aPupilColumnOfNamesIsAWarningBecauseTwoChildrenCanShareOne() throws Exception {
    Register r =
        read(
            "pupil-names.csv",
            "Pupil,Date,Session,Mark\n\"Smith, Ann\",2025-09-08,AM,/\nBob Jones,2025-09-08,AM,/\n");
    assertEquals(
        List.of(
            "pupil-names.csv:1:1: warning: the pupil column 'Pupil' holds names (for example 'Smith, Ann'): two"
                + " children with the same name would be counted as one; choose a column of ids with -Dattendance.pupilColumn"
                + " [EVAL-COLUMNS]"),
        r.notes().stream().map(d -> d.format(dir)).toList());
  }

  @Test
  void quotedCellsMayHoldDelimitersQuotesAndLineBreaksAndLocationsStayRight() throws Exception {
    Register r =
        read(
            "quoted.csv",
            "UPN,Note,Date,Session,Mark\nP1,\"a, \"\"b\"\"\nc\",2025-09-08,AM,/\nP1,x,2025-09-08,PM,Q9\n");
    assertEquals(List.of("P1 2025-09-08 AM /"), marks(r));
    assertEquals(
        List.of(new Rejections.Rejection(4, 20, "code", "'Q9' is not a national attendance code")),
        r.rejected().first());
    assertEquals(
        3,
        r.marks().get(0).row(),
        "a mark is located at its code cell, on the line after the line break");
  }
}
