package uk.org.attendance.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.diagnostic.Diagnostic;

/**
 * The warnings an attendance officer needs: N not replaced within 5 school days (R-REG-05, at the
 * limit and one past), sessions with no mark, marks that stop, and marks when the school was
 * closed; one per kind per pupil, and ten in full for the register.
 */
class DataQualityTest {

  static Path rules;

  @TempDir Path dir;

  @BeforeAll
  static void rules(@TempDir Path out) {
    rules = TestRules.oakfield().write(out, "oakfield.rules.json");
  }

  List<String> warnings(Evaluation e, String pupil) {
    return DecisionsTest.pupil(e, pupil).warnings().stream().map(d -> d.format(dir)).toList();
  }

  Evaluation run(String csv) throws EvaluateException {
    return Evaluation.run(rules, Fixtures.file(dir, "register.csv", csv));
  }

  @Test
  void anNIsAWarningOnlyOnceMoreThanFiveSchoolDaysHavePassed() throws Exception {
    Registers r =
        Registers.of(20).pupil("N1").pupil("N2").mark("N1", 28, 1, "N").mark("N2", 26, 1, "N");
    Evaluation e = run(r.csv());
    assertEquals(
        List.of(), warnings(e, "N1"), "5 school days after: still within the time allowed");
    assertEquals(
        List.of(
            "register.csv:68:18: warning: pupil N2 has 1 N mark (reason not yet known) still not replaced after"
                + " more than 5 school days (R-REG-05); the oldest is Thursday 18 September 2025 AM, 6 school days before the register"
                + " ends [EVAL-DATA]"),
        warnings(e, "N2"));
  }

  @Test
  void aMissingSessionAMarksStopAndAMarkWhenTheSchoolWasClosedAreEachReported() throws Exception {
    Registers r = Registers.of(20).pupil("M").pupil("S").pupil("W").pupil("X");
    r.mark("M", 5, 1, null);
    r.mark("S", 34, 6, null);
    r.mark("M", 36, 1, "#").mark("S", 36, 1, null).mark("X", 36, 1, "#").mark("W", 36, 1, "O");
    String csv = r.csv() + "W,2025-09-06,AM,/\n";
    Evaluation e = run(csv);
    assertEquals(
        List.of(
            "register.csv:6: warning: pupil M has no mark for 1 session the school was open (the first: Wednesday"
                + " 3 September 2025 PM); every pupil needs a mark every session (R-REG-09) [EVAL-DATA]"),
        warnings(e, "M"));
    assertEquals(
        List.of(
            "register.csv:74: warning: pupil S's marks stop after Tuesday 23 September 2025, 3 school days before"
                + " the register ends: if the pupil has left, check the deletion is recorded and the local authority told (R-LA-02);"
                + " if not, the register is incomplete (R-REG-09) [EVAL-DATA]"),
        warnings(e, "S"));
    assertEquals(
        List.of(
            "register.csv:155:17: warning: pupil W is marked '/' on Saturday 6 September 2025 AM, a weekend: check"
                + " the date (and 1 more session like it) [EVAL-DATA]"),
        warnings(e, "W"));
    assertEquals(
        Map.of("marked-when-closed", 1, "marks-stop", 1, "no-mark", 1),
        e.result().quality().pupilsByKind());
  }

  @Test
  void aMarkOnASessionMostPupilsHaveAsClosedSaysSo() throws Exception {
    Registers r = Registers.of(20).pupil("A").pupil("B").pupil("C").pupil("W");
    for (String p : List.of("A", "B", "C")) {
      r.mark(p, 36, 2, "#");
    }
    r.mark("W", 36, 1, "O").mark("W", 37, 1, "#");
    Evaluation e = run(r.csv());
    assertEquals(
        List.of(
            "register.csv:158:17: warning: pupil W is marked 'O' on Thursday 25 September 2025 AM, when the school"
                + " was closed (3 of 4 pupils are marked #) [EVAL-DATA]"),
        warnings(e, "W"));
    assertEquals(List.of(), warnings(e, "A"), "a closed session is not one the others are missing");
  }

  @Test
  void theRegisterShowsTenWarningsInFullAndCountsTheRest() throws Exception {
    Registers r = Registers.of(20);
    for (int i = 0; i < 25; i++) {
      r.pupil(String.format("P%02d", i)).mark(String.format("P%02d", i), 2, 1, "N");
    }
    Evaluation e = run(r.csv());
    assertEquals(25, e.result().quality().count());
    assertEquals(10, e.result().quality().first().size());
    List<Diagnostic> data =
        e.warnings().stream().filter(d -> d.ruleId().equals("EVAL-DATA")).toList();
    assertEquals(11, data.size());
    assertEquals(
        "register.csv: note: and 15 more data warnings: every pupil's are in evaluation.html and evaluation.json"
            + " [EVAL-DATA]",
        data.get(10).format(dir));
    assertTrue(
        e.report()
            .contains(
                "Data to check: 25 pupils with an N not replaced within the school days allowed (R-REG-05)"),
        e.report().toString());
  }

  @Test
  void anOlderRulesJsonWithoutTheNDeadlineSkipsTheCheckAndSaysSo() throws Exception {
    Path old = TestRules.oakfield().withoutNDeadline().write(dir, "old.rules.json");
    Evaluation e =
        Evaluation.run(
            old,
            Fixtures.file(
                dir, "register.csv", Registers.of(20).pupil("N").mark("N", 0, 1, "N").csv()));
    assertEquals(List.of(), warnings(e, "N"));
    assertTrue(
        e.warnings().stream()
            .anyMatch(
                d ->
                    d.format(dir)
                        .equals(
                            "old.rules.json: note: this rules.json does not give the"
                                + " school days within which an N must be replaced (it was made by an older plugin), so N marks are not checked; run"
                                + " attendance:render again [EVAL-RULES]")),
        e.warnings().toString());
  }
}
