package uk.org.attendance.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.org.attendance.model.Escalation.Comparator;
import uk.org.attendance.model.Escalation.Metric;
import uk.org.attendance.reference.MergeField;
import uk.org.attendance.reference.Rulebook;

/**
 * Made-up figures for one sample letter that fit the letter's own trigger: a letter sent below 95%
 * shows an attendance below 95%, a persistent-absence letter one at or below 90%, a lateness letter
 * at least the late arrivals that send it. The figures agree with each other (sessions missed,
 * authorised and unauthorised absence and attendance come from one made-up register).
 */
public final class SampleData {

  /** Possible sessions in the made-up register: most of a school year so far. */
  static final int POSSIBLE = 120;

  private SampleData() {}

  /**
   * @param alternatives the ways the letter comes to be sent (see {@link LetterTriggers}); the
   *     sample fits the first that any pupil could meet
   * @param rules the national rules (sessions a day)
   * @return merge-field name to made-up value, for every field the catalogue has
   */
  public static Map<String, String> forLetter(
      List<List<LetterTriggers.Condition>> alternatives, Rulebook rules) {
    Map<String, String> out = new LinkedHashMap<>();
    for (MergeField f : MergeField.values()) {
      out.put(f.name(), f.example());
    }
    for (List<LetterTriggers.Condition> conditions : alternatives) {
      Figures best = fit(conditions, rules.schoolYear().sessionsPerDay());
      if (best != null) {
        out.put(MergeField.AttendancePercent.name(), oneDecimal(best.attendance()));
        out.put(
            MergeField.AuthorisedAbsencePercent.name(),
            oneDecimal(100.0 * (best.missed - best.unauthorised) / POSSIBLE));
        out.put(
            MergeField.UnauthorisedAbsencePercent.name(),
            oneDecimal(100.0 * best.unauthorised / POSSIBLE));
        out.put(MergeField.SessionsMissed.name(), String.valueOf(best.missed));
        if (constrainsLateness(conditions)) {
          out.put(MergeField.LateCount.name(), String.valueOf(best.late));
        } // else the catalogue's example: a letter about lateness sent on words alone still shows
        // some late arrivals
        String unauthorisedSessions = String.valueOf(best.unauthorised);
        findField("UnauthorisedSessions").ifPresent(name -> out.put(name, unauthorisedSessions));
        return out;
      }
    }
    // The letter's triggers contradict each other: no pupil could be sent it. Keep the catalogue's
    // examples.
    return out;
  }

  /**
   * What {@link #fit} depends on: each condition's metric, comparison and value, and sessions a
   * day.
   */
  private record Question(List<String> conditions, int perDay) {}

  /** Answers already worked out: most schools' letters share their triggers. Bounded. */
  private static final Map<Question, java.util.Optional<Figures>> FITTED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The made-up pupil that meets every condition, as plainly as possible; null if none can. */
  private static Figures fit(List<LetterTriggers.Condition> conditions, int perDay) {
    Question q =
        new Question(
            conditions.stream()
                .map(c -> c.metric() + " " + c.comparator() + " " + c.value())
                .toList(),
            perDay);
    java.util.Optional<Figures> known = FITTED.get(q);
    if (known == null) {
      known = java.util.Optional.ofNullable(search(conditions, perDay));
      if (FITTED.size() < 1_000) {
        FITTED.put(q, known);
      }
    }
    return known.orElse(null);
  }

  private static Figures search(List<LetterTriggers.Condition> conditions, int perDay) {
    Figures best = null;
    double aim = aim(conditions);
    for (int missed = 0; missed <= POSSIBLE; missed++) {
      for (int unauthorised = 0; unauthorised <= missed; unauthorised++) {
        for (int late : new int[] {latenessFor(conditions), 0, 1, 3, 5, 10, 20}) {
          Figures f = new Figures(missed, unauthorised, late, perDay);
          if (meetsAll(f, conditions) && (best == null || f.betterThan(best, aim))) {
            best = f;
          }
        }
      }
    }
    return best;
  }

  private static boolean meetsAll(Figures f, List<LetterTriggers.Condition> conditions) {
    for (LetterTriggers.Condition c : conditions) {
      if (!f.meets(c)) {
        return false;
      }
    }
    return true;
  }

  private static java.util.Optional<String> findField(String name) {
    return MergeField.find(name).map(MergeField::name);
  }

  /** The attendance to aim for: inside the trigger's range, away from its edges. */
  private static double aim(List<LetterTriggers.Condition> conditions) {
    double lo = 0;
    double hi = 100;
    for (LetterTriggers.Condition c : conditions) {
      double v = c.value();
      if (c.metric() == Metric.ABSENCE_PERCENT) {
        v = 100 - v;
        if (c.comparator() == Comparator.AT_LEAST || c.comparator() == Comparator.ABOVE) {
          hi = Math.min(hi, v);
        } else {
          lo = Math.max(lo, v);
        }
      } else if (c.metric() == Metric.ATTENDANCE_PERCENT) {
        if (c.comparator() == Comparator.BELOW || c.comparator() == Comparator.AT_MOST) {
          hi = Math.min(hi, v);
        } else {
          lo = Math.max(lo, v);
        }
      }
    }
    if (hi >= 100 && lo <= 0) {
      return 95.8;
    }
    if (hi >= 100) {
      return lo + Math.min(2.5, (100 - lo) / 2);
    }
    if (lo <= 0) {
      return hi - 2.5;
    }
    return (lo + hi) / 2;
  }

  private static boolean constrainsLateness(List<LetterTriggers.Condition> conditions) {
    return conditions.stream()
        .anyMatch(
            c ->
                c.metric() == Metric.LATE_ARRIVALS
                    || c.metric() == Metric.LATE_AFTER_CLOSE_SESSIONS);
  }

  private static int latenessFor(List<LetterTriggers.Condition> conditions) {
    int late = 0;
    for (LetterTriggers.Condition c : conditions) {
      if (c.metric() == Metric.LATE_ARRIVALS || c.metric() == Metric.LATE_AFTER_CLOSE_SESSIONS) {
        late =
            Math.max(
                late, (int) Math.ceil(c.value()) + (c.comparator() == Comparator.ABOVE ? 1 : 0));
      }
    }
    return late;
  }

  static String oneDecimal(double v) {
    return String.format(Locale.ROOT, "%.1f", Math.round(v * 10) / 10.0);
  }

  /** Attendance to one decimal place for each number of sessions missed, worked out once. */
  private static final double[] ATTENDANCE = new double[POSSIBLE + 1];

  static {
    for (int missed = 0; missed <= POSSIBLE; missed++) {
      ATTENDANCE[missed] = Math.round(100.0 * (POSSIBLE - missed) / POSSIBLE * 10) / 10.0;
    }
  }

  /** One made-up pupil. */
  private record Figures(int missed, int unauthorised, int late, int perDay) {

    /**
     * Attendance as a letter prints it, to one decimal place (the value {@link #oneDecimal}
     * prints).
     */
    double attendance() {
      return ATTENDANCE[missed];
    }

    boolean meets(LetterTriggers.Condition c) {
      switch (c.metric()) {
        case ATTENDANCE_PERCENT:
          return c.holds(attendance());
        case ABSENCE_PERCENT:
          return c.holds(100.0 * missed / POSSIBLE);
        case UNAUTHORISED_SESSIONS:
          return c.holds(unauthorised);
        case LATE_ARRIVALS:
          return c.holds(late);
        case LATE_AFTER_CLOSE_SESSIONS:
          return c.holds(Math.min(late, unauthorised));
        case CONSECUTIVE_ABSENCE_DAYS:
          return c.holds((double) missed / perDay);
        case UNAUTHORISED_HOLIDAY_DAYS:
          return c.holds((double) unauthorised / perDay);
        default:
          throw new IllegalStateException("no sample for " + c.metric());
      }
    }

    /**
     * Closer to the aimed attendance, then fewer unauthorised sessions and late arrivals (a plain
     * example).
     */
    boolean betterThan(Figures other, double aim) {
      double d = Math.abs(attendance() - aim);
      double e = Math.abs(other.attendance() - aim);
      if (Math.abs(d - e) > 1e-9) {
        return d < e;
      }
      if (unauthorised != other.unauthorised) {
        return Math.abs(unauthorised - missed / 3)
            < Math.abs(other.unauthorised - other.missed / 3);
      }
      return late < other.late;
    }
  }
}
