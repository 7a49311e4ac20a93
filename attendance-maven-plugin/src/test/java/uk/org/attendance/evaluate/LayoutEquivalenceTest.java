package uk.org.attendance.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.bench.SyntheticRegister;

/**
 * One 1,000-pupil synthetic register written in every layout (comma, tab and semicolon; ISO,
 * dd/mm/yyyy, dd/mm/yy with a time, and Excel serial dates; pupil by pupil and date by date; the
 * mark grid with one heading per session and with a date row over an AM/PM row), evaluated with
 * every bundled school's rules.json: every layout gives the same result for every pupil.
 */
class LayoutEquivalenceTest {

  /** The size issue 14 names: a thousand pupils, every kind of record the generator makes. */
  static final int PUPILS = 1000;

  static Map<String, Path> rules;
  static Map<SyntheticRegister.Layout, Register> registers =
      new EnumMap<>(SyntheticRegister.Layout.class);
  static SyntheticRegister synthetic;

  @BeforeAll
  static void write(@TempDir Path dir) throws Exception {
    rules = Fixtures.rules(Fixtures.BUNDLED, dir.resolve("rules"));
    synthetic = SyntheticRegister.generate(PUPILS, 14);
    PolicyRules any = PolicyRules.read(rules.values().iterator().next());
    for (SyntheticRegister.Layout layout : SyntheticRegister.Layout.values()) {
      Path f = dir.resolve(layout + ".csv");
      synthetic.write(f, layout);
      registers.put(
          layout,
          Register.read(
              f, any.treatments().keySet(), any.code(PolicyRules.REASON_NOT_YET_ESTABLISHED)));
    }
  }

  @Test
  void everyLayoutIsReadAsTheSameMarks() {
    for (Map.Entry<SyntheticRegister.Layout, Register> e : registers.entrySet()) {
      Register r = e.getValue();
      assertEquals(0, r.rejected().count(), e.getKey() + ": " + r.badRows());
      assertEquals(PUPILS, r.pupils().size(), e.getKey().toString());
      assertEquals(
          registers.get(SyntheticRegister.Layout.GRID).marks().size(),
          r.marks().size(),
          e.getKey().toString());
    }
    assertTrue(
        registers.get(SyntheticRegister.Layout.LONG_COMMA).replacedN() > PUPILS,
        "N marks replaced later in the export");
    assertEquals(
        "a mark grid (a row of dates over a row of AM/PM), comma-separated",
        registers.get(SyntheticRegister.Layout.GRID_TWO_ROWS).layout());
    assertEquals(
        "one row per pupil per session, tab-separated",
        registers.get(SyntheticRegister.Layout.LONG_TAB).layout());
    assertEquals(
        "one row per pupil per session, semicolon-separated",
        registers.get(SyntheticRegister.Layout.LONG_SEMICOLON).layout());
  }

  @Test
  void everyBundledSchoolGivesEveryPupilTheSameResultInEveryLayout() throws Exception {
    assertEquals(11, rules.size());
    // Schools whose rules.json differ only in who they are (id, name, the hash of their source and
    // where the file is: none of which a pupil's result reads) give the evaluator the same rules:
    // the federation's members share the federation's. Evaluating the same rules again with the
    // same register is the same computation, so each distinct set of rules is evaluated with every
    // layout, and every other school with one layout (a different one each), which must give each
    // pupil the same result as the first school with those rules.
    Map<PolicyRules, List<PolicyRules>> distinct = new LinkedHashMap<>();
    for (Path file : rules.values()) {
      PolicyRules policy = PolicyRules.read(file);
      distinct.computeIfAbsent(withoutIdentity(policy), k -> new ArrayList<>()).add(policy);
    }
    assertTrue(distinct.size() < rules.size(), "the federation's members share its rules");
    SyntheticRegister.Layout[] layouts = SyntheticRegister.Layout.values();
    int next = 0;
    for (List<PolicyRules> same : distinct.values()) {
      PolicyRules first = same.get(0);
      List<List<Object>> baseline = null;
      for (Map.Entry<SyntheticRegister.Layout, Register> e : registers.entrySet()) {
        List<List<Object>> pupils = results(first, e.getValue());
        if (baseline == null) {
          baseline = pupils;
          long pa = pupils.stream().filter(p -> (Boolean) p.get(9)).count();
          assertTrue(
              pa > PUPILS / 10 && pa < PUPILS * 2 / 5,
              first.schoolId() + ": a realistic share of pupils is persistently absent: " + pa);
          continue;
        }
        assertSamePupils(baseline, pupils, first.schoolId() + " " + e.getKey());
      }
      for (PolicyRules other : same.subList(1, same.size())) {
        SyntheticRegister.Layout layout = layouts[next++ % layouts.length];
        assertSamePupils(
            baseline,
            results(other, registers.get(layout)),
            other.schoolId() + " " + layout + " (the rules of " + first.schoolId() + ")");
      }
    }
  }

  /** Each pupil's result, without locations. */
  static List<List<Object>> results(PolicyRules policy, Register register) {
    List<Evaluator.PupilResult> pupils =
        Evaluator.evaluate(policy, register, LettersSent.none(), null).pupils();
    assertEquals(PUPILS, pupils.size());
    return pupils.stream().map(LayoutEquivalenceTest::withoutLocations).toList();
  }

  static void assertSamePupils(
      List<List<Object>> expected, List<List<Object>> actual, String what) {
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), what);
    }
  }

  /** The rules as the evaluator applies them to a pupil: without the school's identity. */
  static PolicyRules withoutIdentity(PolicyRules p) {
    return new PolicyRules(
        "",
        "",
        "",
        p.treatments(),
        p.roleCodes(),
        p.thresholdCodes(),
        p.thresholdSessions(),
        p.thresholdWeeks(),
        p.persistentPercent(),
        p.severePercent(),
        p.unknownReasonSchoolDays(),
        p.bands(),
        p.lateness(),
        p.flows(),
        p.letterTitles(),
        null);
  }

  /**
   * A pupil's result, without the file lines and columns its warnings point at (which differ by
   * layout).
   */
  static List<Object> withoutLocations(Evaluator.PupilResult p) {
    List<Object> out =
        new ArrayList<>(
            List.of(
                p.pupil(),
                p.name(),
                p.yearGroup(),
                p.registrationGroup(),
                p.possible(),
                p.present(),
                p.authorised(),
                p.unauthorised(),
                String.valueOf(p.attendancePercent()),
                p.persistent(),
                p.severe(),
                String.valueOf(p.thresholdMetOn()),
                String.valueOf(p.thresholdEvidence()),
                p.lateArrivals(),
                p.band(),
                p.stages()));
    p.warnings().forEach(w -> out.add(w.message()));
    return out;
  }
}
