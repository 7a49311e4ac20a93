package uk.org.attendance.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
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
    for (Map.Entry<String, Path> school : rules.entrySet()) {
      PolicyRules policy = PolicyRules.read(school.getValue());
      List<Evaluator.PupilResult> baseline = null;
      for (Map.Entry<SyntheticRegister.Layout, Register> e : registers.entrySet()) {
        List<Evaluator.PupilResult> pupils =
            Evaluator.evaluate(policy, e.getValue(), LettersSent.none(), null).pupils();
        assertEquals(PUPILS, pupils.size());
        if (baseline == null) {
          baseline = pupils;
          continue;
        }
        for (int i = 0; i < pupils.size(); i++) {
          assertEquals(
              withoutLocations(baseline.get(i)),
              withoutLocations(pupils.get(i)),
              school.getKey() + " " + e.getKey());
        }
      }
      long pa = baseline.stream().filter(Evaluator.PupilResult::persistent).count();
      assertTrue(
          pa > PUPILS / 10 && pa < PUPILS * 2 / 5,
          school.getKey() + ": a realistic share of pupils is persistently absent: " + pa);
    }
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
