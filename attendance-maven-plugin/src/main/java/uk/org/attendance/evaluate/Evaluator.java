package uk.org.attendance.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Works out, for each pupil in a register export, where they stand against the school's own
 * policy: attendance, persistent and severe absence, the national penalty threshold (10 sessions
 * of G, N, O or U within any 10 school weeks, a school week being a week with at least one
 * session), the escalation stage reached and the letter due. Uses only {@link PolicyRules}.
 */
public final class Evaluator {

  /** Planned whole-school closure: a week with only this code is not a school week. */
  static final String CLOSURE = "#";

  private Evaluator() {}

  /**
   * One pupil's figures.
   *
   * @param pupil the pupil's id
   * @param possible possible sessions (codes that count)
   * @param present sessions counted as attendance
   * @param authorised authorised absences
   * @param unauthorised unauthorised absences
   * @param attendancePercent present / possible, one decimal place
   * @param authorisedPercent authorised / possible
   * @param unauthorisedPercent unauthorised / possible
   * @param persistent whether absence is at or above the persistent level
   * @param severe whether absence is at or above the severe level
   * @param thresholdMetOn the date the national threshold was first met, or null
   * @param lateArrivals L and U marks
   * @param band the school band the pupil is in, or ""
   * @param stage the escalation stage reached ("flowchart/stage"), or ""
   * @param letterDue the id of the letter due, or ""
   */
  public record PupilResult(
      String pupil,
      int possible,
      int present,
      int authorised,
      int unauthorised,
      BigDecimal attendancePercent,
      BigDecimal authorisedPercent,
      BigDecimal unauthorisedPercent,
      boolean persistent,
      boolean severe,
      LocalDate thresholdMetOn,
      int lateArrivals,
      String band,
      String stage,
      String letterDue) {}

  /**
   * @param rules from rules.json
   * @param register the marks
   * @return one result per pupil, sorted by pupil id
   */
  public static List<PupilResult> evaluate(PolicyRules rules, Register register) {
    TreeSet<LocalDate> weeks = new TreeSet<>();
    for (Register.Mark m : register.marks()) {
      if (!m.code().equals(CLOSURE)) {
        weeks.add(weekOf(m.date()));
      }
    }
    Map<LocalDate, Integer> weekIndex = new HashMap<>();
    int i = 0;
    for (LocalDate w : weeks) {
      weekIndex.put(w, i++);
    }
    Map<String, List<Register.Mark>> byPupil = new TreeMap<>();
    for (Register.Mark m : register.marks()) {
      byPupil.computeIfAbsent(m.pupil(), k -> new ArrayList<>()).add(m);
    }
    List<PupilResult> out = new ArrayList<>();
    for (Map.Entry<String, List<Register.Mark>> e : byPupil.entrySet()) {
      out.add(pupil(rules, e.getKey(), e.getValue(), weekIndex));
    }
    return out;
  }

  private static PupilResult pupil(PolicyRules rules, String id, List<Register.Mark> marks, Map<LocalDate, Integer> weekIndex) {
    marks.sort(Comparator.comparing(Register.Mark::date).thenComparing(Register.Mark::afternoon));
    int present = 0;
    int authorised = 0;
    int unauthorised = 0;
    int late = 0;
    int lateAfterClose = 0;
    int holiday = 0;
    List<Register.Mark> thresholdMarks = new ArrayList<>();
    Map<LocalDate, boolean[]> days = new TreeMap<>();
    for (Register.Mark m : marks) {
      String t = rules.treatments().get(m.code());
      switch (t) {
        case "attendance" -> present++;
        case "authorised" -> authorised++;
        case "unauthorised" -> unauthorised++;
        default -> { }
      }
      if (m.code().equals("L") || m.code().equals("U")) {
        late++;
      }
      if (m.code().equals("U")) {
        lateAfterClose++;
      }
      if (m.code().equals("G")) {
        holiday++;
      }
      if (rules.thresholdCodes().contains(m.code())) {
        thresholdMarks.add(m);
      }
      if (!"not-counted".equals(t)) {
        boolean[] d = days.computeIfAbsent(m.date(), k -> new boolean[] {true, false});
        d[1] = true;
        d[0] &= !t.equals("attendance");
      }
    }
    int possible = present + authorised + unauthorised;
    BigDecimal att = percent(present, possible);
    BigDecimal auth = percent(authorised, possible);
    BigDecimal unauth = percent(unauthorised, possible);
    double absence = possible == 0 ? 0 : 100.0 * (authorised + unauthorised) / possible;
    boolean persistent = possible > 0 && absence >= rules.persistentPercent();
    boolean severe = possible > 0 && absence >= rules.severePercent();

    // The national threshold: any window of N consecutive school weeks holding enough sessions.
    LocalDate metOn = null;
    int bestWindow = 0;
    for (int k = 0; k < thresholdMarks.size(); k++) {
      int end = weekIndex.get(weekOf(thresholdMarks.get(k).date()));
      int count = 0;
      for (int j = 0; j <= k; j++) {
        if (weekIndex.get(weekOf(thresholdMarks.get(j).date())) > end - rules.thresholdWeeks()) {
          count++;
        }
      }
      bestWindow = Math.max(bestWindow, count);
      if (metOn == null && count >= rules.thresholdSessions()) {
        metOn = thresholdMarks.get(k).date();
      }
    }

    int run = 0;
    int longestRun = 0;
    for (boolean[] d : days.values()) {
      run = d[0] ? run + 1 : 0;
      longestRun = Math.max(longestRun, run);
    }

    String band = "";
    String bandLetter = null;
    if (possible > 0) {
      for (PolicyRules.Band b : rules.bands()) {
        if (b.contains(att.doubleValue())) {
          band = b.id();
          bandLetter = b.letter();
          break;
        }
      }
    }
    Map<String, Double> metrics = Map.of(
        "attendance-percent", att.doubleValue(),
        "absence-percent", absence,
        "unauthorised-sessions", (double) thresholdMarks.size(),
        "late-arrivals", (double) late,
        "late-after-close-sessions", (double) lateAfterClose,
        "consecutive-absence-days", (double) longestRun,
        "unauthorised-holiday-days", holiday / 2.0);
    String stage = "";
    String stageLetter = null;
    for (PolicyRules.Flow f : rules.flows()) {
      for (PolicyRules.Stage s : f.stages()) {
        if (s.metric() == null || s.comparator() == null || s.value() == null || possible == 0) {
          continue;
        }
        double v = "unauthorised-sessions".equals(s.metric()) && s.window() != null && s.window().contains("school weeks")
            ? bestWindow : metrics.getOrDefault(s.metric(), Double.NaN);
        if (holds(v, s.comparator(), s.value())) {
          stage = f.id() + "/" + s.id();
          stageLetter = s.letter();
        }
      }
    }
    String letter = stageLetter != null ? stageLetter : bandLetter != null ? bandLetter : "";
    return new PupilResult(id, possible, present, authorised, unauthorised, att, auth, unauth, persistent, severe, metOn,
        late, band, stage, letter);
  }

  static boolean holds(double v, String comparator, double value) {
    return switch (comparator) {
      case "below" -> v < value;
      case "at-most" -> v <= value;
      case "at-least" -> v >= value;
      case "above" -> v > value;
      default -> false;
    };
  }

  /** The Monday of the week a day falls in. */
  static LocalDate weekOf(LocalDate d) {
    return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  static BigDecimal percent(int part, int whole) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
