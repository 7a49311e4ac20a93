package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.model.Escalation;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.School;
import uk.org.attendance.model.Thresholds;
import uk.org.attendance.reference.Rulebooks;

/**
 * A sample letter is what a head signs off: its made-up figures must fit the letter's own trigger.
 * Checked here against the school's bands, lateness triggers and stages directly (not through the
 * code that made the samples), for every letter of every bundled school.
 */
class SampleLettersTest {

  @Test
  void everySampleFitsItsLettersTrigger() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (ResolvedSchool s :
        new AttendanceCompiler().validate(Path.of("../schools/models")).schools()) {
      School m = s.model();
      for (Letter l : m.letters()) {
        Map<String, String> sample =
            SampleData.forLetter(LetterTriggers.of(m, l, Rulebooks.DFE_2024), Rulebooks.DFE_2024);
        double attendance = Double.parseDouble(sample.get("AttendancePercent"));
        int missed = Integer.parseInt(sample.get("SessionsMissed"));
        int late = Integer.parseInt(sample.get("LateCount"));
        String where = s.id() + "/" + l.id();
        // Sent by any one of its bands, lateness triggers or stages: the sample must fit one of
        // them.
        List<Boolean> senders = new ArrayList<>();
        if (m.thresholds() != null) {
          for (Thresholds.Band b : m.thresholds().bands()) {
            if (l.id().equals(b.letter())) {
              senders.add(inBand(attendance, b));
            }
          }
          for (Thresholds.LatenessTrigger t : m.thresholds().lateness()) {
            if (l.id().equals(t.letter()) && t.count() != null) {
              senders.add(late >= t.count());
            }
          }
        }
        for (Escalation e : m.escalation()) {
          for (Escalation.Stage st : e.stages()) {
            Escalation.Trigger t = st.trigger();
            if (l.id().equals(st.letter()) && t.metric() == Escalation.Metric.ATTENDANCE_PERCENT) {
              senders.add(compare(attendance, t.comparator(), t.value()));
            } else if (l.id().equals(st.letter())
                && t.metric() == Escalation.Metric.LATE_ARRIVALS) {
              senders.add(compare(late, t.comparator(), t.value()));
            }
          }
        }
        if (!senders.isEmpty() && !senders.contains(true)) {
          wrong.add(
              where
                  + ": "
                  + attendance
                  + "% with "
                  + late
                  + " late arrivals fits none of the triggers that send it");
        }
        if (l.kind() == Letter.Kind.PERSISTENT_ABSENCE && attendance > 90) {
          wrong.add(where + ": a persistent-absence sample at " + attendance + "%");
        }
        assertEquals(
            Math.round(1000.0 * (SampleData.POSSIBLE - missed) / SampleData.POSSIBLE) / 10.0,
            attendance,
            0.05,
            where + ": attendance and sessions missed agree");
        checked++;
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(checked > 20, "every bundled letter checked: " + checked);
  }

  @Test
  void aPersistentAbsenceSampleIsAtOrBelowNinetyPerCentAndABelowNinetyFiveOneBelowNinetyFive() {
    Letter pa =
        new Letter(
            "pa",
            "Persistent absence",
            null,
            Letter.Kind.PERSISTENT_ABSENCE,
            null,
            null,
            null,
            null,
            "x");
    School none =
        new AttendanceCompiler()
            .validate(Path.of("src/test/resources/golden/policy"))
            .schools()
            .get(0)
            .model();
    double a =
        Double.parseDouble(
            SampleData.forLetter(
                    LetterTriggers.of(none, pa, Rulebooks.DFE_2024), Rulebooks.DFE_2024)
                .get("AttendancePercent"));
    assertTrue(a <= 90 && a > 50, "persistent absence sample: " + a);
    Letter concern =
        none.letters().stream().filter(l -> l.id().equals("concern")).findFirst().orElseThrow();
    double c =
        Double.parseDouble(
            SampleData.forLetter(
                    LetterTriggers.of(none, concern, Rulebooks.DFE_2024), Rulebooks.DFE_2024)
                .get("AttendancePercent"));
    assertTrue(c > 90 && c < 96, "the amber band is above 90% and below 96%: " + c);
  }

  static boolean inBand(double a, Thresholds.Band b) {
    return (b.atLeast() == null || a >= b.atLeast())
        && (b.above() == null || a > b.above())
        && (b.below() == null || a < b.below())
        && (b.atMost() == null || a <= b.atMost());
  }

  static boolean compare(double figure, Escalation.Comparator c, double v) {
    switch (c) {
      case BELOW:
        return figure < v;
      case AT_MOST:
        return figure <= v;
      case AT_LEAST:
        return figure >= v;
      default:
        return figure > v;
    }
  }
}
