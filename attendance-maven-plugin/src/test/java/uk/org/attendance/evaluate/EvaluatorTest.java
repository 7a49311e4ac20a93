package uk.org.attendance.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.AttendanceCompiler;

/**
 * Hand-computed fixtures. The calendar: school weeks beginning 2, 9, 23 and 30 June, 7 and 14 July,
 * and 1, 8, 15 and 22 September 2025 (ten school weeks); 16 June is half term, marked #; the summer
 * holiday has no marks. Every pupil is present every session (100 possible sessions) unless a case
 * says otherwise. The rules are the golden fixture school's: bands green (96% or more), amber
 * (above 90%, below 96%, letter "concern"), red (90% or less, letter "meeting").
 */
class EvaluatorTest {

  static final List<LocalDate> WEEKS =
      List.of(
          LocalDate.of(2025, 6, 2),
          LocalDate.of(2025, 6, 9),
          LocalDate.of(2025, 6, 23),
          LocalDate.of(2025, 6, 30),
          LocalDate.of(2025, 7, 7),
          LocalDate.of(2025, 7, 14),
          LocalDate.of(2025, 9, 1),
          LocalDate.of(2025, 9, 8),
          LocalDate.of(2025, 9, 15),
          LocalDate.of(2025, 9, 22));
  static final LocalDate HALF_TERM = LocalDate.of(2025, 6, 16);

  static Path rules;
  static Map<String, Evaluator.PupilResult> results;
  static Evaluation evaluation;

  @BeforeAll
  static void evaluate(@TempDir Path dir) throws Exception {
    new AttendanceCompiler()
        .render(
            Path.of("src/test/resources/golden/policy"),
            dir,
            null,
            Instant.EPOCH,
            LocalDate.of(2026, 1, 1));
    rules = dir.resolve("oakfield-primary/rules.json");
    Map<String, String> overrides = new LinkedHashMap<>();
    // P1: a holiday across half term: Wed to Fri before (6 sessions), Mon and Tue after (4).
    for (String d : List.of("2025-06-11", "2025-06-12", "2025-06-13", "2025-06-23", "2025-06-24")) {
      overrides.put("P1|" + d + "|AM", "G");
      overrides.put("P1|" + d + "|PM", "G");
    }
    // P3: arrives after the register closes one Monday morning in each of the ten school weeks.
    // P4: the same in the first nine only.
    for (int w = 0; w < 10; w++) {
      overrides.put("P3|" + WEEKS.get(w) + "|AM", "U");
      if (w < 9) {
        overrides.put("P4|" + WEEKS.get(w) + "|AM", "U");
      }
    }
    // P5: the threshold spans two terms: Thursday and Friday of the last week of July, then the
    // first three days of September.
    for (String d : List.of("2025-07-17", "2025-07-18", "2025-09-01", "2025-09-02", "2025-09-03")) {
      overrides.put("P5|" + d + "|AM", "O");
      overrides.put("P5|" + d + "|PM", "O");
    }
    // P6: codes that are not possible sessions.
    overrides.put("P6|2025-06-02|AM", "D");
    overrides.put("P6|2025-06-02|PM", "D");
    overrides.put("P6|2025-06-03|AM", "X");
    overrides.put("P6|2025-06-03|PM", "Y1");
    overrides.put("P6|2025-06-04|AM", "Z");
    List<String> lines = new ArrayList<>();
    lines.add("UPN,Attendance Date,AM/PM,Mark");
    for (String pupil : List.of("P1", "P2", "P3", "P4", "P5", "P6")) {
      for (LocalDate week : WEEKS) {
        for (int d = 0; d < 5; d++) {
          LocalDate day = week.plusDays(d);
          lines.add(
              pupil + "," + day + ",AM," + overrides.getOrDefault(pupil + "|" + day + "|AM", "/"));
          lines.add(
              pupil + "," + day + ",PM," + overrides.getOrDefault(pupil + "|" + day + "|PM", "\\"));
        }
      }
      for (int d = 0; d < 5; d++) {
        lines.add(pupil + "," + HALF_TERM.plusDays(d) + ",AM,#");
        lines.add(pupil + "," + HALF_TERM.plusDays(d) + ",PM,#");
      }
    }
    // P2: an N on the first morning, replaced later in the export by I (the reason found).
    lines.set(1 + 110, "P2,2025-06-02,AM,N"); // P2's first row (row 112 of the file)
    lines.add("P2,02/06/2025,AM,I");
    // Rows that cannot be used.
    lines.add("P1,2025-02-30,AM,/");
    lines.add("P1,2025-06-02,AM,H");
    lines.add("P1,2025-06-02,AM,L");
    lines.add("P1,2025-06-02,EVENING,/");
    Path register = dir.resolve("register.csv");
    Files.write(register, lines, StandardCharsets.UTF_8);
    evaluation = Evaluation.run(rules, register);
    results = new LinkedHashMap<>();
    evaluation.pupils().forEach(p -> results.put(p.pupil(), p));
  }

  @Test
  void aHolidayAcrossHalfTermMeetsTheThresholdOnItsTenthSession() {
    Evaluator.PupilResult p = results.get("P1");
    assertEquals(100, p.possible());
    assertEquals(90, p.present());
    assertEquals(10, p.unauthorised());
    assertEquals("90.0", p.attendancePercent().toPlainString());
    assertEquals(true, p.persistent());
    assertEquals(LocalDate.of(2025, 6, 24), p.thresholdMetOn());
    assertEquals("red", p.band());
    assertEquals("absence/meeting", p.stage());
    assertEquals("meeting", p.letterDue());
  }

  @Test
  void lateAfterCloseCountsAndHalfTermIsNotASchoolWeek() {
    Evaluator.PupilResult p3 = results.get("P3");
    assertEquals(
        LocalDate.of(2025, 9, 22),
        p3.thresholdMetOn(),
        "ten U in ten school weeks, half term and summer skipped");
    assertEquals(10, p3.lateArrivals());
    Evaluator.PupilResult p4 = results.get("P4");
    assertNull(p4.thresholdMetOn());
    assertEquals("91.0", p4.attendancePercent().toPlainString());
    assertEquals("amber", p4.band());
    assertEquals("absence/concern", p4.stage());
    assertEquals("concern", p4.letterDue());
  }

  @Test
  void anNLaterReplacedCountsAsTheReplacement() {
    Evaluator.PupilResult p = results.get("P2");
    assertEquals(1, p.authorised());
    assertEquals(0, p.unauthorised());
    assertEquals("99.0", p.attendancePercent().toPlainString());
    assertEquals("1.0", p.authorisedPercent().toPlainString());
    assertEquals("green", p.band());
    assertEquals("", p.letterDue());
    assertEquals(1, evaluation.register().replacedN());
  }

  @Test
  void theThresholdWindowSpansTwoTerms() {
    assertEquals(LocalDate.of(2025, 9, 3), results.get("P5").thresholdMetOn());
  }

  @Test
  void codesThatAreNotPossibleSessionsAreLeftOut() {
    Evaluator.PupilResult p = results.get("P6");
    assertEquals(95, p.possible());
    assertEquals(95, p.present());
    assertEquals("100.0", p.attendancePercent().toPlainString());
    assertNull(p.thresholdMetOn());
  }

  @Test
  void badRowsAreReportedWithTheirRowNumbersAndLeftOut() {
    int last = 1 + 6 * 110 + 1;
    assertEquals(
        List.of(
            new Register.BadRow(
                last + 1, "'2025-02-30' is not a date (use 2025-09-08 or 08/09/2025)"),
            new Register.BadRow(last + 2, "'H' is not a national attendance code"),
            new Register.BadRow(
                last + 3, "a second mark for pupil P1 on 2025-06-02 AM (the first is row 2)"),
            new Register.BadRow(last + 4, "'evening' is not a session (use AM or PM)")),
        evaluation.register().badRows());
    assertEquals(6 * 110, evaluation.register().marks().size());
  }

  @Test
  void theOutputsCarryEveryPupil() {
    String csv = evaluation.csv();
    assertEquals(7, csv.lines().count());
    // Issue 14: the old file had one escalation stage and one letter per pupil, which hid every
    // other flowchart's
    // letter; it now has the stages reached and letters due in every flowchart, and the pupil's
    // details and warnings.
    assertEquals(
        "pupil,name,yearGroup,registrationGroup,possibleSessions,presentSessions,authorisedSessions,unauthorisedSessions,"
            + "attendancePercent,authorisedPercent,unauthorisedPercent,persistentAbsence,severeAbsence,nationalThresholdMetOn,"
            + "lateArrivals,band,stagesReached,lettersDue,actionsDue,dataWarnings",
        csv.lines().findFirst().orElseThrow());
    assertEquals(
        "P1,,,,100,90,0,10,90.0,0.0,10.0,true,false,2025-06-24,0,red,absence/meeting,meeting,,0",
        csv.lines().skip(1).findFirst().orElseThrow());
    String json = evaluation.json();
    assertEquals(true, json.contains("\"badRows\": ["));
    assertEquals(true, json.endsWith("}\n"));
    assertEquals(
        "6 pupils, 660 marks (4 rows left out, 1 N codes replaced): 3 persistently absent, 0 severely absent,"
            + " 3 at the national penalty threshold, 4 with a letter due",
        evaluation.summary());
  }

  @Test
  void everyMondayOfTheCalendarIsAMonday() {
    WEEKS.forEach(w -> assertEquals(DayOfWeek.MONDAY, w.getDayOfWeek()));
  }
}
