package uk.org.attendance.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.org.attendance.diagnostic.Diagnostic;

/**
 * What in a register an attendance officer needs to look at, pupil by pupil: N marks not replaced
 * in time (R-REG-05), sessions with no mark (R-REG-09), marks that stop before the register ends (a
 * pupil who has left needs a recorded deletion and a return to the local authority, R-LA-02; one
 * who has not is missing from the register), and marks on sessions the school was closed. Each
 * pupil gets at most one warning of each kind; the register's totals keep a count of pupils per
 * kind and the first ten warnings in full.
 */
final class DataQuality {

  /** Kinds of warning, and what each means. */
  static final Map<String, String> KINDS =
      Map.of(
          "n-not-replaced", "with an N not replaced within the school days allowed (R-REG-05)",
          "no-mark", "with sessions that have no mark (R-REG-09)",
          "marks-stop", "whose marks stop before the register ends (left, or missing: R-LA-02)",
          "marked-when-closed", "marked on a session the school was closed or on a weekend");

  private final Map<String, Integer> pupilsByKind = new TreeMap<>();
  private final List<Diagnostic> first = new ArrayList<>();
  private int count;

  /** Pupils with each kind of warning. */
  Map<String, Integer> pupilsByKind() {
    return java.util.Collections.unmodifiableMap(pupilsByKind);
  }

  /** The first ten warnings, in pupil order. */
  List<Diagnostic> first() {
    return List.copyOf(first);
  }

  /** All warnings (at most one of each kind per pupil). */
  int count() {
    return count;
  }

  /**
   * Checks one pupil.
   *
   * @return the pupil's warnings, one per kind found
   */
  List<Diagnostic> check(
      String id,
      PupilMarks marks,
      SchoolCalendar calendar,
      PupilDays.Codes codes,
      Integer nDays,
      Path file) {
    List<Diagnostic> out = new ArrayList<>();
    Register r = marks.register();
    String[] table = r.codeTable();
    String who = "pupil " + Problems.shown(id);
    if (marks.to() == marks.from()) {
      return out;
    }
    if (nDays != null && codes.n >= 0) {
      int overdue = 0;
      int oldest = -1;
      for (int m = marks.from(); m < marks.to(); m++) {
        if (r.codeIndex(m) == codes.n && calendar.schoolDaysAfter(r.session(m) >> 1) > nDays) {
          overdue++;
          oldest = oldest < 0 ? m : oldest;
        }
      }
      if (overdue > 0) {
        out.add(
            add(
                "n-not-replaced",
                Problems.warning(
                    Problems.DATA,
                    file,
                    r.line(oldest),
                    r.column(oldest),
                    who
                        + " has "
                        + Problems.plural(overdue, "N mark")
                        + " (reason not yet known) still not replaced after more than "
                        + nDays
                        + " school days (R-REG-05); the oldest is "
                        + Words.session(r.session(oldest))
                        + ", "
                        + calendar.schoolDaysAfter(r.session(oldest) >> 1)
                        + " school days before the register ends")));
      }
    }
    int missing = 0;
    int firstMissing = -1;
    int before = -1;
    for (int m = marks.from() + 1; m < marks.to(); m++) {
      int gap = calendar.openBetween(r.session(m - 1), r.session(m));
      if (gap > 0 && firstMissing < 0) {
        firstMissing = calendar.firstOpenAfter(r.session(m - 1));
        before = m - 1;
      }
      missing += gap;
    }
    if (missing > 0) {
      out.add(
          add(
              "no-mark",
              Problems.warning(
                  Problems.DATA,
                  file,
                  r.line(before),
                  0,
                  who
                      + " has no mark for "
                      + Problems.plural(missing, "session")
                      + " the school was open (the first: "
                      + Words.session(firstMissing)
                      + "); every pupil needs a mark every session (R-REG-09)")));
    }
    int last = marks.to() - 1;
    int after = calendar.schoolDaysAfter(r.session(last) >> 1);
    if (after > 0) {
      out.add(
          add(
              "marks-stop",
              Problems.warning(
                  Problems.DATA,
                  file,
                  r.line(last),
                  0,
                  who
                      + "'s marks stop after "
                      + Words.weekday(java.time.LocalDate.ofEpochDay(r.session(last) >> 1))
                      + ", "
                      + Problems.plural(after, "school day")
                      + " before the register ends: if the pupil has left, check the deletion is recorded and the local authority told"
                      + " (R-LA-02); if not, the register is incomplete (R-REG-09)")));
    }
    int closed = 0;
    int firstClosed = -1;
    for (int m = marks.from(); m < marks.to(); m++) {
      int s = r.session(m);
      if (r.codeIndex(m) != codes.closure && !calendar.open(s)) {
        closed++;
        firstClosed = firstClosed < 0 ? m : firstClosed;
      }
    }
    if (closed > 0) {
      int s = r.session(firstClosed);
      String when;
      if (Math.floorMod((s >> 1) - 4, 7) >= 5) {
        when = ", a weekend: check the date";
      } else if (calendar.closed(s)) {
        when =
            ", when the school was closed ("
                + calendar.closures(s)
                + " of "
                + calendar.marked(s)
                + " pupils are marked #)";
      } else {
        when =
            ", when few pupils are marked ("
                + (calendar.marked(s) - calendar.closures(s))
                + "): check the date";
      }
      out.add(
          add(
              "marked-when-closed",
              Problems.warning(
                  Problems.DATA,
                  file,
                  r.line(firstClosed),
                  r.column(firstClosed),
                  who
                      + " is marked '"
                      + table[r.codeIndex(firstClosed)]
                      + "' on "
                      + Words.session(s)
                      + when
                      + (closed > 1
                          ? " (and " + Problems.plural(closed - 1, "more session") + " like it)"
                          : ""))));
    }
    return out;
  }

  private Diagnostic add(String kind, Diagnostic d) {
    pupilsByKind.merge(kind, 1, Integer::sum);
    count++;
    if (first.size() < InputLimits.SHOWN) {
      first.add(d);
    }
    return d;
  }
}
