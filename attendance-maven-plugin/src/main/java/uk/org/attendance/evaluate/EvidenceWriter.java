package uk.org.attendance.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/** Puts the figures and sessions behind a decision into words. */
final class EvidenceWriter {

  private EvidenceWriter() {}

  /**
   * The evidence for a stage.
   *
   * @param p the stage
   * @param day the school day the figures are taken at (today for a state, the day it happened for
   *     an event)
   * @param reached the school day the trigger became true
   */
  static Evidence of(
      Escalations.Plan p,
      int day,
      int reached,
      PupilDays d,
      SchoolCalendar calendar,
      PupilMarks marks,
      PolicyRules rules) {
    PupilDays.Codes codes = d.codes();
    int from = p.window().start(calendar, day);
    String span =
        " in "
            + p.window().describe()
            + (from == day
                ? ", on " + Words.day(calendar.date(day))
                : " from "
                    + Words.day(calendar.date(from))
                    + " to "
                    + Words.day(calendar.date(day)));
    switch (p.metric()) {
      case ATTENDANCE_PERCENT, ABSENCE_PERCENT, BAND -> {
        int possible = PupilDays.sum(d.possible, from, day);
        int present = PupilDays.sum(d.present, from, day);
        boolean absence = p.metric() == Escalations.Metric.ABSENCE_PERCENT;
        int part = absence ? possible - present : present;
        String period = p.window().kind() == Window.Kind.WHOLE ? "" : p.window().describe() + ", ";
        String what =
            (absence ? "absence " : "attendance ")
                + Words.percent(part, possible)
                + "% ("
                + part
                + " of "
                + possible
                + " possible sessions, "
                + period
                + Words.day(calendar.date(from))
                + " to "
                + Words.day(calendar.date(day))
                + ")";
        String test =
            p.metric() == Escalations.Metric.BAND
                ? "in the band '" + p.stage().title() + "'"
                : Words.comparator(p.stage().comparator())
                    + " "
                    + Words.value(p.stage().value())
                    + "%";
        return new Evidence(
            what + "; " + test + " since " + Words.day(calendar.date(reached)), List.of(), 0);
      }
      case UNAUTHORISED_SESSIONS -> {
        String list = or(new TreeSet<>(rules.thresholdCodes()));
        return sessions(
            Problems.plural(PupilDays.sum(d.threshold, from, day), "session")
                + " of "
                + list
                + span,
            from,
            day,
            calendar,
            marks,
            c -> codes.threshold[c]);
      }
      case LATE_ARRIVALS -> {
        return sessions(
            Problems.plural(PupilDays.sum(d.late, from, day), "late mark") + " (L or U)" + span,
            from,
            day,
            calendar,
            marks,
            c -> codes.late[c]);
      }
      case LATE_AFTER_CLOSE_SESSIONS -> {
        return sessions(
            Problems.plural(PupilDays.sum(d.lateAfterClose, from, day), "session")
                + " marked U (arrived after the register closed)"
                + span,
            from,
            day,
            calendar,
            marks,
            c -> codes.lateAfterClose[c]);
      }
      case UNAUTHORISED_HOLIDAY_DAYS -> {
        return sessions(
            Problems.plural(PupilDays.sum(d.holidayDays, from, day), "day")
                + " with holiday not granted by the school (G)"
                + span,
            from,
            day,
            calendar,
            marks,
            c -> codes.holiday[c]);
      }
      case CONSECUTIVE_ABSENCE_DAYS -> {
        int run = d.run[day];
        int start = day;
        for (int seen = 0, i = day; i >= 0 && seen < run; i--) {
          if (d.possibleDay(i)) {
            seen++;
            start = i;
          }
        }
        return sessions(
            "absent "
                + Problems.plural(run, "school day")
                + " running, "
                + Words.day(calendar.date(start))
                + " to "
                + Words.day(calendar.date(day)),
            start,
            day,
            calendar,
            marks,
            c -> codes.possible[c] && !codes.present[c]);
      }
      default -> {
        return new Evidence("", List.of(), 0);
      }
    }
  }

  /** The sessions of a pupil's marks between two school days whose code passes a test. */
  static Evidence sessions(
      String text, int from, int to, SchoolCalendar calendar, PupilMarks marks, IntPredicate code) {
    List<Evidence.Session> out = new ArrayList<>();
    int more = 0;
    Register r = marks.register();
    String[] table = r.codeTable();
    int first = calendar.epochDay(from);
    int last = calendar.epochDay(to);
    for (int m = marks.from(); m < marks.to(); m++) {
      int day = r.session(m) >> 1;
      if (day < first || day > last || !code.test(r.codeIndex(m))) {
        continue;
      }
      if (out.size() < Evidence.MAX_SESSIONS) {
        out.add(
            new Evidence.Session(
                LocalDate.ofEpochDay(day), (r.session(m) & 1) == 1, table[r.codeIndex(m)]));
      } else {
        more++;
      }
    }
    return new Evidence(text, List.copyOf(out), more);
  }

  /** "G, N, O or U". */
  static String or(java.util.SortedSet<String> codes) {
    List<String> l = new ArrayList<>(codes);
    if (l.size() <= 1) {
      return String.join("", l);
    }
    return String.join(", ", l.subList(0, l.size() - 1)) + " or " + l.get(l.size() - 1);
  }
}
