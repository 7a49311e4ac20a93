package uk.org.attendance.evaluate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.org.attendance.diagnostic.Diagnostic;

/**
 * The school's flowcharts as stages a register can be tested against, and the decisions for one
 * pupil. Every flowchart is evaluated (absence, lateness and any other the school defines), and so
 * are bands and lateness triggers whose letters no flowchart sends.
 *
 * <p>The decisions:
 *
 * <ul>
 *   <li>A trigger on a percentage over the whole register (attendance or absence) is a
 *       <em>state</em>: reached while it holds now, since the day it last became true. Any other
 *       trigger (so many sessions, late marks or holiday days in a window, days absent running) is
 *       an <em>event</em>: reached once it has happened in the register.
 *   <li>A stage's letter is due when the trigger became true and the letter has not been sent since
 *       (for an event: since the first occurrence after the letter was last sent).
 *   <li>A stage whose trigger is the same as an earlier stage's is that stage's follow-up ("still
 *       below 96% after our first letter"): it is reached only once the earlier letter has been
 *       sent, and the trigger still holds in a later school week.
 *   <li>On one measure (the same metric and window), only the furthest stage reached sends its
 *       letter; an earlier stage's letter is superseded (a pupil at 85% gets the persistent-absence
 *       letter, not the concern letter as well). A stage without a letter that is the furthest
 *       reached on its measure reports its actions, unless it is reached because attendance is high
 *       (a "no concerns" stage, whose actions are the school's routine for everyone).
 *   <li>Stages whose trigger is a judgement (no measurable trigger) are left to the school.
 * </ul>
 */
final class Escalations {

  /** Measurable things a trigger can use (the rules.json names), plus a band. */
  enum Metric {
    ATTENDANCE_PERCENT("attendance-percent"),
    ABSENCE_PERCENT("absence-percent"),
    UNAUTHORISED_SESSIONS("unauthorised-sessions"),
    LATE_ARRIVALS("late-arrivals"),
    LATE_AFTER_CLOSE_SESSIONS("late-after-close-sessions"),
    CONSECUTIVE_ABSENCE_DAYS("consecutive-absence-days"),
    UNAUTHORISED_HOLIDAY_DAYS("unauthorised-holiday-days"),
    BAND("band");

    final String json;

    Metric(String json) {
      this.json = json;
    }

    static Metric of(String json) {
      for (Metric m : values()) {
        if (m.json.equals(json)) {
          return m;
        }
      }
      return null;
    }
  }

  /** Pseudo-flowchart ids for the school's bands and lateness triggers. */
  static final String BANDS = "bands";

  static final String LATENESS = "lateness-triggers";

  /**
   * A stage ready to test.
   *
   * @param flow the flowchart's id
   * @param flowTitle its title
   * @param stage the stage
   * @param metric what it measures
   * @param window over what period
   * @param state whether it is a state (else an event)
   * @param followUpOf the index of the stage it follows up, or -1
   * @param group the measure it is on (stages on one measure supersede each other)
   * @param band for a band, the band
   */
  record Plan(
      String flow,
      String flowTitle,
      PolicyRules.Stage stage,
      Metric metric,
      Window window,
      boolean state,
      int followUpOf,
      String group,
      PolicyRules.Band band) {}

  private final List<Plan> plans;
  private final List<JudgementStage> judgements;
  private final List<Diagnostic> notes;
  private final PolicyRules rules;

  private Escalations(
      PolicyRules rules,
      List<Plan> plans,
      List<JudgementStage> judgements,
      List<Diagnostic> notes) {
    this.rules = rules;
    this.plans = plans;
    this.judgements = judgements;
    this.notes = notes;
  }

  /**
   * Prepares a school's stages.
   *
   * @param rules the school's rules
   * @param rulesFile for notes
   */
  static Escalations of(PolicyRules rules, Path rulesFile) {
    List<Plan> plans = new ArrayList<>();
    List<JudgementStage> judgements = new ArrayList<>();
    List<Diagnostic> notes = new ArrayList<>();
    Set<String> flowLetters = new HashSet<>();
    rules
        .flows()
        .forEach(
            f ->
                f.stages()
                    .forEach(
                        s -> {
                          if (s.letter() != null) {
                            flowLetters.add(s.letter());
                          }
                        }));
    for (PolicyRules.Flow f : rules.flows()) {
      int first = plans.size();
      for (PolicyRules.Stage s : f.stages()) {
        Metric metric = Metric.of(s.metric());
        Window window = Window.parse(s.window());
        if (!s.measurable() || metric == null) {
          judgements.add(
              new JudgementStage(
                  f.id(), s.id(), s.title(), s.text(), "a judgement the school makes"));
          continue;
        }
        if (window.kind() == Window.Kind.UNKNOWN) {
          judgements.add(
              new JudgementStage(
                  f.id(),
                  s.id(),
                  s.title(),
                  s.text(),
                  "its window '" + s.window() + "' is not a period" + " that can be measured"));
          notes.add(
              Problems.note(
                  Problems.RULES,
                  rulesFile,
                  "stage "
                      + f.id()
                      + "/"
                      + s.id()
                      + " is left to the school: its"
                      + " window '"
                      + Problems.shown(s.window())
                      + "' is not a period that can be measured (week, half term, term,"
                      + " school year, month, or rolling N school weeks)"));
          continue;
        }
        int followUp = -1;
        for (int k = plans.size() - 1; k >= first; k--) {
          PolicyRules.Stage e = plans.get(k).stage();
          if (e.letter() != null
              && Objects.equals(e.metric(), s.metric())
              && Objects.equals(e.comparator(), s.comparator())
              && Objects.equals(e.value(), s.value())
              && Objects.equals(e.window(), s.window())) {
            followUp = k;
            break;
          }
        }
        plans.add(
            new Plan(
                f.id(),
                f.title(),
                s,
                metric,
                window,
                isState(metric, window),
                followUp,
                f.id() + "|" + metric.json + "|" + window.text(),
                null));
      }
    }
    for (PolicyRules.Band b : rules.bands()) {
      if (b.letter() != null && !flowLetters.contains(b.letter())) {
        PolicyRules.Stage s =
            new PolicyRules.Stage(
                b.id(),
                b.label(),
                "Attendance in the band " + b.label(),
                "band",
                "in",
                0.0,
                null,
                b.letter(),
                List.of(),
                null);
        plans.add(
            new Plan(
                BANDS, "Attendance bands", s, Metric.BAND, Window.parse(null), true, -1, BANDS, b));
      }
    }
    for (PolicyRules.Lateness l : rules.lateness()) {
      if (l.count() == null || l.letter() != null && flowLetters.contains(l.letter())) {
        continue;
      }
      Window window = Window.parse(l.period());
      if (window.kind() == Window.Kind.UNKNOWN) {
        notes.add(
            Problems.note(
                Problems.RULES,
                rulesFile,
                "lateness trigger "
                    + l.id()
                    + " is left to the school: its period '"
                    + Problems.shown(l.period())
                    + "' is not one that can be measured"));
        continue;
      }
      String text =
          l.count()
              + " late arrival"
              + (l.count() == 1 ? "" : "s")
              + (l.period() == null ? "" : " in " + l.period());
      PolicyRules.Stage s =
          new PolicyRules.Stage(
              l.id(),
              text,
              text,
              Metric.LATE_ARRIVALS.json,
              "at-least",
              (double) l.count(),
              l.period(),
              l.letter(),
              l.action() == null ? List.of() : List.of(l.action()),
              null);
      plans.add(
          new Plan(
              LATENESS,
              "Lateness triggers",
              s,
              Metric.LATE_ARRIVALS,
              window,
              false,
              -1,
              LATENESS + "|" + window.text(),
              null));
    }
    return new Escalations(rules, List.copyOf(plans), List.copyOf(judgements), List.copyOf(notes));
  }

  /** Stages left to the school. */
  List<JudgementStage> judgements() {
    return judgements;
  }

  /** Stages that could not be measured, said once. */
  List<Diagnostic> notes() {
    return notes;
  }

  /**
   * Whether reaching a stage is a concern. A stage reached because attendance is high (attendance
   * at least or above a level, absence below or at most one: "no attendance concerns, 96% or
   * above") applies to most pupils; its actions are the school's routine, not something to do for
   * this pupil, so they are not listed as due.
   */
  private static boolean concern(Plan p) {
    String c = p.stage().comparator();
    boolean high = "at-least".equals(c) || "above".equals(c);
    return switch (p.metric()) {
      case ATTENDANCE_PERCENT -> !high;
      case ABSENCE_PERCENT -> high;
      default -> true;
    };
  }

  /**
   * A percentage of the whole register is a state; anything counted in a window, or a run of days,
   * is an event.
   */
  private static boolean isState(Metric metric, Window window) {
    return (metric == Metric.ATTENDANCE_PERCENT || metric == Metric.ABSENCE_PERCENT)
        && window.kind() == Window.Kind.WHOLE;
  }

  /**
   * The stages one pupil has reached.
   *
   * @param pupil the pupil's id
   * @param days the pupil's register, loaded
   * @param calendar the school's calendar
   * @param marks the pupil's marks, for evidence
   * @param sent the letters already sent
   * @param since the start of "new", or null
   * @return every stage reached, in flowchart order
   */
  List<StageResult> evaluate(
      String pupil,
      PupilDays days,
      SchoolCalendar calendar,
      PupilMarks marks,
      LettersSent sent,
      LocalDate since) {
    int last = calendar.size() - 1;
    if (days.first < 0) {
      return List.of();
    }
    Hit[] hits = new Hit[plans.size()];
    for (int k = 0; k < plans.size(); k++) {
      hits[k] = hit(k, pupil, days, calendar, sent, hits, last);
    }
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int k = 0; k < plans.size(); k++) {
      if (hits[k] != null) {
        groups.computeIfAbsent(plans.get(k).group(), g -> new ArrayList<>()).add(k);
      }
    }
    Set<Integer> actionDue = new HashSet<>();
    for (List<Integer> members : groups.values()) {
      int lettered = -1;
      for (int k : members) {
        if (plans.get(k).stage().letter() != null) {
          lettered = k;
        }
      }
      for (int k : members) {
        if (k != lettered && hits[k].status == StageResult.LetterStatus.DUE) {
          hits[k].status = StageResult.LetterStatus.SUPERSEDED;
        }
      }
      int furthest = members.get(members.size() - 1);
      if (plans.get(furthest).stage().letter() == null && concern(plans.get(furthest))) {
        actionDue.add(furthest);
      }
    }
    List<StageResult> out = new ArrayList<>();
    for (int k = 0; k < plans.size(); k++) {
      Hit h = hits[k];
      if (h == null) {
        continue;
      }
      Plan p = plans.get(k);
      PolicyRules.Stage s = p.stage();
      LocalDate on = calendar.date(h.day);
      out.add(
          new StageResult(
              p.flow(),
              p.flowTitle(),
              s.id(),
              s.title(),
              s.text(),
              on,
              s.letter(),
              s.letter() == null ? null : rules.letterTitles().getOrDefault(s.letter(), s.letter()),
              h.status,
              h.sentOn,
              actionDue.contains(k),
              s.actions(),
              s.owner(),
              since != null && !on.isBefore(since),
              evidence(p, h, days, calendar, marks)));
    }
    return out;
  }

  /** Where one stage stands for one pupil. */
  private static final class Hit {
    int day;
    StageResult.LetterStatus status;
    LocalDate sentOn;
  }

  private Hit hit(
      int k,
      String pupil,
      PupilDays days,
      SchoolCalendar calendar,
      LettersSent sent,
      Hit[] earlier,
      int last) {
    Plan p = plans.get(k);
    String letter = p.stage().letter();
    boolean[] holds = new boolean[last + 1];
    boolean any = false;
    for (int i = days.first; i <= last; i++) {
      holds[i] = holds(p, days, calendar, i);
      any |= holds[i];
    }
    if (!any) {
      return null;
    }
    Hit h = new Hit();
    LocalDate lastSent = letter == null ? null : sent.lastSent(pupil, letter);
    if (p.followUpOf() >= 0) {
      Plan first = plans.get(p.followUpOf());
      LocalDate firstSent = sent.lastSent(pupil, first.stage().letter());
      if (firstSent == null || earlier[p.followUpOf()] == null) {
        return null;
      }
      if (p.state()
          && (!holds[last]
              || firstSent.isBefore(calendar.date(runStart(holds, last, days.first))))) {
        return null; // the first letter belongs to an earlier spell: it is due again, not the
        // follow-up
      }
      int from = calendar.firstDayFrom(SchoolCalendar.monday((int) firstSent.toEpochDay()) + 7);
      if (from < 0) {
        return null;
      }
      int at = -1;
      if (p.state()) {
        at = Math.max(runStart(holds, last, days.first), from);
      } else {
        for (int i = Math.max(from, days.first); i <= last && at < 0; i++) {
          at = holds[i] ? i : -1;
        }
      }
      if (at < 0) {
        return null;
      }
      h.day = at;
      status(h, letter, lastSent, calendar.date(h.day));
      return h;
    }
    if (p.state()) {
      if (!holds[last]) {
        return null;
      }
      h.day = runStart(holds, last, days.first);
      status(h, letter, lastSent, calendar.date(h.day));
      return h;
    }
    List<Integer> starts = new ArrayList<>();
    for (int i = days.first; i <= last; i++) {
      if (holds[i] && (i == days.first || !holds[i - 1])) {
        starts.add(i);
      }
    }
    if (letter == null) {
      h.day = starts.get(starts.size() - 1);
      h.status = StageResult.LetterStatus.NONE;
      return h;
    }
    for (int s : starts) {
      if (lastSent == null || calendar.date(s).isAfter(lastSent)) {
        h.day = s;
        h.status = StageResult.LetterStatus.DUE;
        return h;
      }
    }
    int covered = starts.get(0);
    for (int s : starts) {
      if (!calendar.date(s).isAfter(lastSent)) {
        covered = s;
      }
    }
    h.day = covered;
    h.status = StageResult.LetterStatus.SENT;
    h.sentOn = lastSent;
    return h;
  }

  private static void status(Hit h, String letter, LocalDate lastSent, LocalDate reached) {
    if (letter == null) {
      h.status = StageResult.LetterStatus.NONE;
    } else if (lastSent != null && !lastSent.isBefore(reached)) {
      h.status = StageResult.LetterStatus.SENT;
      h.sentOn = lastSent;
    } else {
      h.status = StageResult.LetterStatus.DUE;
    }
  }

  private static int runStart(boolean[] holds, int day, int first) {
    int i = day;
    while (i > first && holds[i - 1]) {
      i--;
    }
    return i;
  }

  /** Whether a stage's trigger holds at the end of a school day. */
  boolean holds(Plan p, PupilDays d, SchoolCalendar calendar, int day) {
    int from = p.window().start(calendar, day);
    double v = p.stage().value() == null ? 0 : p.stage().value();
    String c = p.stage().comparator();
    switch (p.metric()) {
      case ATTENDANCE_PERCENT, ABSENCE_PERCENT, BAND -> {
        long possible = PupilDays.sum(d.possible, from, day);
        if (possible == 0) {
          return false;
        }
        long present = PupilDays.sum(d.present, from, day);
        long part = p.metric() == Metric.ABSENCE_PERCENT ? possible - present : present;
        if (p.metric() == Metric.BAND) {
          return inBand(p.band(), present * 100, possible);
        }
        return compare(Ratio.sign(part * 100, possible, v), c);
      }
      case UNAUTHORISED_SESSIONS -> {
        return compare(Double.compare(PupilDays.sum(d.threshold, from, day), v), c);
      }
      case LATE_ARRIVALS -> {
        return compare(Double.compare(PupilDays.sum(d.late, from, day), v), c);
      }
      case LATE_AFTER_CLOSE_SESSIONS -> {
        return compare(Double.compare(PupilDays.sum(d.lateAfterClose, from, day), v), c);
      }
      case CONSECUTIVE_ABSENCE_DAYS -> {
        return compare(Double.compare(d.run[day], v), c);
      }
      case UNAUTHORISED_HOLIDAY_DAYS -> {
        return compare(Double.compare(PupilDays.sum(d.holidayDays, from, day), v), c);
      }
      default -> {
        return false;
      }
    }
  }

  /** Whether exact attendance (part / whole, per cent) falls in a band. */
  static boolean inBand(PolicyRules.Band b, long part100, long whole) {
    return (b.atLeast() == null || Ratio.sign(part100, whole, b.atLeast()) >= 0)
        && (b.above() == null || Ratio.sign(part100, whole, b.above()) > 0)
        && (b.below() == null || Ratio.sign(part100, whole, b.below()) < 0)
        && (b.atMost() == null || Ratio.sign(part100, whole, b.atMost()) <= 0);
  }

  private static boolean compare(int sign, String comparator) {
    return switch (comparator) {
      case "below" -> sign < 0;
      case "at-most" -> sign <= 0;
      case "at-least" -> sign >= 0;
      case "above" -> sign > 0;
      default -> false;
    };
  }

  private Evidence evidence(Plan p, Hit h, PupilDays d, SchoolCalendar calendar, PupilMarks marks) {
    return EvidenceWriter.of(
        p, p.state() ? calendar.size() - 1 : h.day, h.day, d, calendar, marks, rules);
  }

  /** Exact comparison of a fraction with a decimal. */
  static final class Ratio {
    private Ratio() {}

    /** The sign of part / whole − value, computed exactly (whole > 0). */
    static int sign(long part, long whole, double value) {
      if (value == Math.rint(value) && Math.abs(value) < 1e9) {
        return Long.compare(part, (long) value * whole);
      }
      return BigDecimal.valueOf(part)
          .compareTo(BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(whole)));
    }
  }
}
