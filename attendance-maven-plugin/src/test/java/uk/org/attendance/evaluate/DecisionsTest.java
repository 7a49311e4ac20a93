package uk.org.attendance.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.report.CsvAssertions;

/**
 * What the evaluator decides: decisions from exact figures, every flowchart, letters already sent,
 * follow-ups after the first letter, stages without letters, and "new since". The rules are {@link
 * TestRules} shaped like the bundled schools' (two flowcharts like Lanercost's, the many stages of
 * Kelvedon Hatch's, the follow-up letter of Strathmore's), so a school's model can change without
 * changing these tests. 190 school days (380 sessions) from Monday 1 September 2025.
 */
class DecisionsTest {

  static final Map<String, TestRules> RULES =
      Map.of(
          "two-flowcharts",
          TestRules.twoFlowcharts(),
          "many-stages",
          TestRules.manyStages(),
          "follow-up",
          TestRules.followUp());

  @TempDir Path dir;

  Evaluation run(String school, Registers register, String lettersSent, LocalDate since)
      throws EvaluateException {
    Path rules = RULES.get(school).write(dir, school + ".rules.json");
    Path reg = Fixtures.file(dir, "register.csv", register.csv());
    Path log = lettersSent == null ? null : Fixtures.file(dir, "letters.csv", lettersSent);
    return Evaluation.run(
        new Evaluation.Request(rules, reg, log, since, ColumnChoice.NONE, InputLimits.DEFAULT));
  }

  static Evaluator.PupilResult pupil(Evaluation e, String id) {
    return e.pupils().stream().filter(p -> p.pupil().equals(id)).findFirst().orElseThrow();
  }

  static StageResult stage(Evaluator.PupilResult p, String path) {
    return p.stages().stream()
        .filter(s -> s.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError(p.stages()));
  }

  @Test
  void decisionsComeFromTheExactFiguresSoTwoPupilsShown900PercentAreDecidedApartConsistently()
      throws Exception {
    Registers r = Registers.of(190).pupil("A").pupil("B");
    r.mark("A", 0, 1, "X").mark("A", 1, 38, "I"); // 341 of 379: 89.97%
    r.mark("B", 0, 19, "X").mark("B", 19, 36, "I"); // 325 of 361: 90.03%
    Evaluation e = run("two-flowcharts", r, null, null);
    Evaluator.PupilResult a = pupil(e, "A");
    Evaluator.PupilResult b = pupil(e, "B");
    assertEquals("90.0", a.attendancePercent().toPlainString());
    assertEquals("90.0", b.attendancePercent().toPlainString());
    assertTrue(a.persistent(), "missing 10.03% of sessions is persistent absence (R-ABS-01)");
    assertFalse(b.persistent());
    assertEquals("red", a.band());
    assertEquals("amber-lower", b.band());
    assertEquals("absence/red", a.stage());
    assertEquals(List.of("persistent-absence"), a.lettersDue());
    assertEquals(
        StageResult.LetterStatus.SUPERSEDED,
        stage(a, "absence/amber").status(),
        "not the concern letter as well");
    assertEquals("absence/amber", b.stage());
    assertEquals(List.of("attendance-concern"), b.lettersDue());
  }

  @Test
  void everyFlowchartGivesItsStageAndLetter() throws Exception {
    Registers r = Registers.of(190).pupil("C");
    r.mark("C", 0, 40, "I").mark("C", 100, 1, "L");
    Evaluator.PupilResult c = pupil(run("two-flowcharts", r, null, null), "C");
    assertEquals("absence/red; lateness/concern", c.stage());
    assertEquals(List.of("persistent-absence", "lateness-warning"), c.lettersDue());
    StageResult late = stage(c, "lateness/concern");
    assertEquals(r.day(50), late.reachedOn());
    assertEquals("1 late mark (L or U) in the week, on 10 November 2025", late.evidence().text());
    assertEquals(List.of(new Evidence.Session(r.day(50), false, "L")), late.evidence().sessions());
  }

  @Test
  void oneSessionOfHolidayReachesTheHolidayStage() throws Exception {
    Registers r = Registers.of(190).pupil("D").mark("D", 20, 1, "G");
    Evaluator.PupilResult d = pupil(run("many-stages", r, null, null), "D");
    assertEquals(List.of("holiday-warning"), d.lettersDue());
    StageResult holiday = stage(d, "absence/holiday");
    assertEquals(r.day(10), holiday.reachedOn());
    assertEquals(
        List.of(new Evidence.Session(r.day(10), false, "G")), holiday.evidence().sessions());
  }

  @Test
  void aPupilWithNoPossibleSessionsHasNoAttendanceFigureRatherThanNoughtPerCent() throws Exception {
    Registers r = Registers.of(10).pupil("E").pupil("F").mark("E", 0, 20, "X");
    Evaluation e = run("two-flowcharts", r, null, null);
    Evaluator.PupilResult p = pupil(e, "E");
    assertNull(p.attendancePercent());
    assertEquals("", p.band());
    assertEquals(List.of(), p.stages());
    assertTrue(e.csv().contains("\nE,,,,0,0,0,0,,,,false,false,,0,,,,,0\n"), e.csv());
    assertTrue(e.html().contains("No possible sessions"));
  }

  @Test
  void aFollowUpComesOnlyAfterTheFirstLetterAndInALaterWeek() throws Exception {
    Registers r =
        Registers.of(190).pupil("F").mark("F", 0, 20, "I"); // 360 of 380, below 96% all year
    Evaluator.PupilResult none = pupil(run("follow-up", r, null, null), "F");
    assertEquals(List.of("below-96-first"), none.lettersDue());
    assertEquals(
        "absence/below-target", none.stage(), "the follow-up is never due before the first letter");

    String firstSent = "UPN,Letter,Date Sent\nF,below-96-first," + r.day(20) + "\n";
    Evaluator.PupilResult first = pupil(run("follow-up", r, firstSent, null), "F");
    assertEquals(List.of("below-96-follow-up"), first.lettersDue());
    StageResult followUp = stage(first, "absence/no-improvement");
    assertEquals(
        r.day(25), followUp.reachedOn(), "the first school day of the week after the first letter");
    assertEquals(StageResult.LetterStatus.SENT, stage(first, "absence/below-target").status());
    assertEquals(r.day(20), stage(first, "absence/below-target").letterSentOn());

    String both = firstSent + "F,Attendance below 96% (follow-up letter)," + r.day(30) + "\n";
    Evaluator.PupilResult done = pupil(run("follow-up", r, both, null), "F");
    assertEquals(List.of(), done.lettersDue());
    assertEquals("absence/no-improvement", done.stage());

    String earlierSpell = "UPN,Letter,Date Sent\nF,below-96-first,2025-07-01\n";
    Evaluator.PupilResult old = pupil(run("follow-up", r, earlierSpell, null), "F");
    assertEquals(
        List.of("below-96-first"),
        old.lettersDue(),
        "a letter sent before attendance fell this time does not count");
  }

  @Test
  void aStageWithNoLetterReportsItsActions() throws Exception {
    Registers r = Registers.of(190).pupil("G").mark("G", 0, 200, "I");
    Evaluator.PupilResult g = pupil(run("many-stages", r, null, null), "G");
    assertTrue(g.severe());
    assertEquals(List.of("attendance-concern"), g.lettersDue());
    assertEquals(
        List.of("absence/second-day", "absence/severe"),
        g.actionsDue().stream().map(StageResult::path).toList());
    StageResult severe = stage(g, "absence/severe");
    assertEquals(List.of("We notify the local authority and ask for support."), severe.actions());
    assertEquals("Headteacher", severe.owner());
    assertFalse(
        stage(g, "absence/below-98").actionDue(),
        "a milder stage on the same measure is not asked for as well");
  }

  @Test
  void aLetterAlreadySentIsNotDueUntilTheTriggerHappensAgain() throws Exception {
    Registers r = Registers.of(190).pupil("H").mark("H", 4, 1, "L");
    String sent = "Pupil ID,Letter,Date\nH,lateness-warning," + r.day(6) + "\n";
    Evaluator.PupilResult once = pupil(run("two-flowcharts", r, sent, null), "H");
    assertEquals(List.of(), once.lettersDue());
    assertEquals(StageResult.LetterStatus.SENT, stage(once, "lateness/concern").status());
    assertEquals("absence/green; lateness/concern", once.stage());
    assertEquals(
        List.of(),
        once.actionsDue(),
        "a 'no attendance concerns' stage's routine is not an action for this pupil");

    r.mark("H", 30, 1, "L");
    Evaluation again = run("two-flowcharts", r, sent, r.day(15));
    Evaluator.PupilResult h = pupil(again, "H");
    assertEquals(List.of("lateness-warning"), h.lettersDue());
    assertEquals(r.day(15), stage(h, "lateness/concern").reachedOn());
    assertTrue(stage(h, "lateness/concern").isNew(), "on or after the date given as since");
    assertEquals(1, again.groups().get(0).newLettersDue());
    assertEquals(
        List.of(
            "H",
            "",
            "",
            "",
            "lateness",
            "concern",
            "Lateness concern",
            "One or two late arrivals in a week",
            r.day(15).toString(),
            "true",
            "lateness-warning",
            "Lateness warning",
            "We ask why your child is late. We send a lateness" + " warning letter.",
            "Senior Attendance Champion",
            "1 late mark (L or U) in the week, on 22 September 2025: 2025-09-22 AM L"),
        CsvAssertions.records(again.actionsCsv()).get(1));
  }

  @Test
  void aLatenessTriggerWhoseLetterNoFlowchartSendsIsEvaluatedInItsHalfTerm() throws Exception {
    Registers r = Registers.of(190).pupil("L9").pupil("L10");
    for (int i = 0; i < 9; i++) {
      r.mark("L9", i * 4, 1, "L").mark("L10", i * 4, 1, "L");
    }
    r.mark("L10", 36, 1, "U");
    Evaluation e = run("follow-up", r, null, null);
    assertEquals(List.of(), pupil(e, "L9").lettersDue(), "9 late marks: below the school's 10");
    Evaluator.PupilResult late = pupil(e, "L10");
    assertEquals(List.of("lateness"), late.lettersDue());
    StageResult trigger = stage(late, "lateness-triggers/late-10-sessions");
    assertEquals(r.day(18), trigger.reachedOn());
    assertEquals(
        "10 late marks (L or U) in the half term from 1 September 2025 to 25 September 2025",
        trigger.evidence().text());
  }

  @Test
  void aBandWhoseLetterNoFlowchartSendsSendsItFromTheBand() throws Exception {
    Path bandsOnly =
        TestRules.school("bands", "Bands Only")
            .band("green", "Green", 96.0, null, null, null, null)
            .band("amber", "Amber", null, 90.0, 96.0, null, "concern")
            .band("red", "Red", null, null, null, 90.0, "meeting")
            .letter("concern", "Attendance concern")
            .letter("meeting", "Meeting")
            .write(dir, "bands-only.json");
    Registers r = Registers.of(20).pupil("B1").mark("B1", 0, 3, "I"); // 37 of 40: 92.5%, amber
    Evaluation e = Evaluation.run(bandsOnly, Fixtures.file(dir, "register.csv", r.csv()));
    Evaluator.PupilResult b = pupil(e, "B1");
    assertEquals("amber", b.band());
    assertEquals(List.of("concern"), b.lettersDue());
    // In the red band (90% or below) until Friday 19 September (27 of 30); amber from Monday 22
    // September (29 of 32).
    assertEquals(
        "attendance 92.5% (37 of 40 possible sessions, 1 September 2025 to 26 September 2025); in the band 'Amber'"
            + " since 22 September 2025",
        stage(b, "bands/amber").evidence().text());
  }

  @Test
  void theNationalThresholdListsTheSessionsThatMetIt() throws Exception {
    Registers r = Registers.of(190).pupil("T");
    for (int w = 0; w < 10; w++) {
      r.mark("T", w * 10, 1, "U");
    }
    Evaluator.PupilResult t = pupil(run("many-stages", r, null, null), "T");
    assertEquals(r.day(45), t.thresholdMetOn());
    assertEquals(10, t.thresholdEvidence().sessions().size());
    assertEquals(
        "10 sessions of G, N, O or U in the 10 school weeks from 1 September 2025 to 3 November 2025",
        t.thresholdEvidence().text());
    assertEquals(List.of("legal-warning"), t.lettersDue());
  }

  @Test
  void theLettersLogNamesLettersByIdOrTitleAndItsBadRowsAreReported() throws Exception {
    Registers r = Registers.of(20).pupil("F").mark("F", 0, 4, "I");
    String log =
        "UPN,Letter,Date Sent\nF,Attendance below 96% (first letter),03/09/2025\nF,Christmas card,2025-12-01\n"
            + "Z,below-96-first,2025-09-03\nF,below-96-first,31/09/2025\n";
    Evaluation e = run("follow-up", r, log, null);
    assertEquals(
        List.of(
            "letters.csv:3:3: warning: letter left out: 'Christmas card' is not one of the policy's letters"
                + " (lateness, below-96-first, below-96-follow-up) [EVAL-ROW]",
            "letters.csv:5:18: warning: letter left out: '31/09/2025' is not a date (use 2025-09-08 or 08/09/2025) [EVAL-ROW]"),
        e.warnings().stream()
            .filter(d -> d.ruleId().equals("EVAL-ROW"))
            .map(d -> d.format(dir))
            .toList());
    assertTrue(
        e.warnings().stream()
            .anyMatch(
                d ->
                    d.format(dir)
                        .equals(
                            "letters.csv: note: 1 letter in the log went to pupils"
                                + " who are not in the register, and were not used [EVAL-DATA]")));
    assertEquals(
        StageResult.LetterStatus.SENT, stage(pupil(e, "F"), "absence/below-target").status());
  }

  @Test
  void aStageWhoseWindowCannotBeMeasuredIsLeftToTheSchoolAndSaysSo() throws Exception {
    Path changed =
        TestRules.school("fortnightly", "Fortnightly")
            .flow("lateness", "Lateness")
            .stage(
                "concern",
                "Lateness concern",
                "Late twice a fortnight",
                "late-arrivals",
                "at-least",
                1.0,
                "fortnightly",
                "lateness-warning",
                null,
                "We write to you.")
            .letter("lateness-warning", "Lateness warning")
            .write(dir, "f.rules.json");
    Path reg =
        Fixtures.file(dir, "register.csv", Registers.of(10).pupil("L").mark("L", 2, 1, "L").csv());
    Evaluation e = Evaluation.run(changed, reg);
    assertEquals(List.of(), pupil(e, "L").lettersDue());
    assertTrue(
        e.result().judgements().stream()
            .anyMatch(
                j ->
                    j.stage().equals("concern")
                        && j.why()
                            .equals(
                                "its window 'fortnightly' is not a period that can be measured")));
    assertTrue(
        e.warnings().stream()
            .anyMatch(
                d ->
                    d.message()
                        .equals(
                            "stage lateness/concern is left to the school: its window"
                                + " 'fortnightly' is not a period that can be measured (week, half term, term, school year, month, or rolling N school"
                                + " weeks)")));
  }
}
