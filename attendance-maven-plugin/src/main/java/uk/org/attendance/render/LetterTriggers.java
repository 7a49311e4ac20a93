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
 * When a letter is sent: by each band, lateness trigger or escalation stage that names it (any one
 * of them), and always within what its kind means (a persistent-absence letter means missing 10% or
 * more, R-ABS-01). Used to make sample letters whose figures fit their letter.
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
        case BELOW:
          return figure < value;
        case AT_MOST:
          return figure <= value;
        case AT_LEAST:
          return figure >= value;
        case ABOVE:
          return figure > value;
        default:
          throw new IllegalStateException("no test for " + comparator);
      }
    }
  }

  /**
   * @param m the school
   * @param letter one of its letters
   * @param rules the national rules (for what a persistent- or severe-absence letter means)
   * @return the alternative ways the letter comes to be sent, each a list of conditions that must
   *     all hold: one per band, lateness trigger or stage that sends it (each with the kind's own
   *     condition), or the kind's condition alone when nothing measurable sends it
   */
  public static List<List<Condition>> of(School m, Letter letter, Rulebook rules) {
    List<Condition> kind = new ArrayList<>();
    if (letter.kind() == Letter.Kind.PERSISTENT_ABSENCE) {
      kind.add(
          new Condition(
              Metric.ABSENCE_PERCENT,
              Comparator.AT_LEAST,
              rules.absence().persistentPercent(),
              "a persistent-absence letter (R-ABS-01)"));
    } else if (letter.kind() == Letter.Kind.SEVERE_ABSENCE) {
      kind.add(
          new Condition(
              Metric.ABSENCE_PERCENT,
              Comparator.AT_LEAST,
              rules.absence().severePercent(),
              "a severe-absence letter (R-ABS-02)"));
    }
    List<List<Condition>> senders = new ArrayList<>();
    Thresholds t = m.thresholds();
    if (t != null) {
      for (Thresholds.Band b : t.bands()) {
        if (letter.id().equals(b.letter())) {
          List<Condition> band = new ArrayList<>(kind);
          String from = "band " + b.id();
          add(band, Comparator.AT_LEAST, b.atLeast(), from);
          add(band, Comparator.ABOVE, b.above(), from);
          add(band, Comparator.BELOW, b.below(), from);
          add(band, Comparator.AT_MOST, b.atMost(), from);
          senders.add(band);
        }
      }
      for (Thresholds.LatenessTrigger l : t.lateness()) {
        if (letter.id().equals(l.letter()) && l.count() != null) {
          List<Condition> late = new ArrayList<>(kind);
          late.add(
              new Condition(
                  Metric.LATE_ARRIVALS,
                  Comparator.AT_LEAST,
                  l.count(),
                  "lateness trigger " + l.id()));
          senders.add(late);
        }
      }
    }
    for (Escalation e : m.escalation()) {
      for (Escalation.Stage s : e.stages()) {
        Escalation.Trigger tr = s.trigger();
        if (letter.id().equals(s.letter())
            && tr != null
            && tr.metric() != null
            && tr.comparator() != null
            && tr.value() != null) {
          List<Condition> stage = new ArrayList<>(kind);
          stage.add(
              new Condition(
                  tr.metric(), tr.comparator(), tr.value(), "stage " + e.id() + "/" + s.id()));
          senders.add(stage);
        }
      }
    }
    return senders.isEmpty() ? List.of(kind) : senders;
  }

  private static void add(List<Condition> out, Comparator c, Double value, String from) {
    if (value != null) {
      out.add(new Condition(Metric.ATTENDANCE_PERCENT, c, value, from));
    }
  }
}
