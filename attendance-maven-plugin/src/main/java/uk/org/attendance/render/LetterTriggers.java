package uk.org.attendance.render;

import java.util.ArrayList;
import java.util.List;
import uk.org.attendance.model.Escalation;
import uk.org.attendance.model.Escalation.Comparator;
import uk.org.attendance.model.Escalation.Metric;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.School;
import uk.org.attendance.model.Thresholds;
import uk.org.attendance.reference.Rulebook;

/**
 * What must be true of a pupil for a letter to be sent: the bands, lateness triggers and
 * escalation stages that send it, and what its kind means (a persistent-absence letter means
 * missing 10% or more, R-ABS-01). Used to make sample letters whose figures fit their letter.
 */
public final class LetterTriggers {

  private LetterTriggers() {}

  /**
   * One condition on a pupil's figures.
   *
   * @param metric what is measured
   * @param comparator how it is compared
   * @param value with what
   * @param from what sets it, e.g. "band below-95", for messages
   */
  public record Condition(Metric metric, Comparator comparator, double value, String from) {

    /** Whether a figure meets the condition. */
    public boolean holds(double figure) {
      switch (comparator) {
        case BELOW: return figure < value;
        case AT_MOST: return figure <= value;
        case AT_LEAST: return figure >= value;
        case ABOVE: return figure > value;
        default: throw new IllegalStateException("no test for " + comparator);
      }
    }
  }

  /**
   * @param m the school
   * @param letter one of its letters
   * @param rules the national rules (for what a persistent- or severe-absence letter means)
   * @return every condition under which the letter is sent; empty if nothing measurable sends it
   */
  public static List<Condition> of(School m, Letter letter, Rulebook rules) {
    List<Condition> out = new ArrayList<>();
    Thresholds t = m.thresholds();
    if (t != null) {
      for (Thresholds.Band b : t.bands()) {
        if (letter.id().equals(b.letter())) {
          String from = "band " + b.id();
          add(out, Comparator.AT_LEAST, b.atLeast(), from);
          add(out, Comparator.ABOVE, b.above(), from);
          add(out, Comparator.BELOW, b.below(), from);
          add(out, Comparator.AT_MOST, b.atMost(), from);
        }
      }
      for (Thresholds.LatenessTrigger l : t.lateness()) {
        if (letter.id().equals(l.letter()) && l.count() != null) {
          out.add(new Condition(Metric.LATE_ARRIVALS, Comparator.AT_LEAST, l.count(), "lateness trigger " + l.id()));
        }
      }
    }
    for (Escalation e : m.escalation()) {
      for (Escalation.Stage s : e.stages()) {
        Escalation.Trigger tr = s.trigger();
        if (letter.id().equals(s.letter()) && tr != null && tr.metric() != null && tr.comparator() != null && tr.value() != null) {
          out.add(new Condition(tr.metric(), tr.comparator(), tr.value(), "stage " + e.id() + "/" + s.id()));
        }
      }
    }
    if (letter.kind() == Letter.Kind.PERSISTENT_ABSENCE) {
      out.add(new Condition(Metric.ABSENCE_PERCENT, Comparator.AT_LEAST, rules.absence().persistentPercent(),
          "a persistent-absence letter (R-ABS-01)"));
    } else if (letter.kind() == Letter.Kind.SEVERE_ABSENCE) {
      out.add(new Condition(Metric.ABSENCE_PERCENT, Comparator.AT_LEAST, rules.absence().severePercent(),
          "a severe-absence letter (R-ABS-02)"));
    }
    return out;
  }

  private static void add(List<Condition> out, Comparator c, Double value, String from) {
    if (value != null) {
      out.add(new Condition(Metric.ATTENDANCE_PERCENT, c, value, from));
    }
  }
}
