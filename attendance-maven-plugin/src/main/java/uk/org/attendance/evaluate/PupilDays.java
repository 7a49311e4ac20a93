package uk.org.attendance.evaluate;

import java.util.Arrays;

/**
 * One pupil's register, day by day over the school's calendar, as running totals: so any measure
 * over any window ending on any day is a subtraction. The arrays are reused from pupil to pupil.
 */
final class PupilDays {

  /** What each code is, by the register's code index. */
  static final class Codes {
    final boolean[] present;
    final boolean[] possible;
    final boolean[] unauthorised;
    final boolean[] threshold;
    final boolean[] late;
    final boolean[] lateAfterClose;
    final boolean[] holiday;
    final int n;
    final int closure;

    /**
     * @param table the register's code table
     * @param rules the school's rules
     */
    Codes(String[] table, PolicyRules rules) {
      int size = table.length;
      present = new boolean[size];
      possible = new boolean[size];
      unauthorised = new boolean[size];
      threshold = new boolean[size];
      late = new boolean[size];
      lateAfterClose = new boolean[size];
      holiday = new boolean[size];
      int nAt = -1;
      int closureAt = -1;
      String lateBefore = rules.code(PolicyRules.LATE_BEFORE_CLOSE);
      String lateAfter = rules.code(PolicyRules.LATE_AFTER_CLOSE);
      String holidayCode = rules.code(PolicyRules.HOLIDAY_NOT_GRANTED);
      String unknown = rules.code(PolicyRules.REASON_NOT_YET_ESTABLISHED);
      String closed = rules.code(PolicyRules.PLANNED_CLOSURE);
      for (int i = 0; i < size; i++) {
        String t = rules.treatments().get(table[i]);
        present[i] = "attendance".equals(t);
        // R-ABS-03: codes not counted are not possible sessions.
        possible[i] = t != null && !"not-counted".equals(t);
        unauthorised[i] = "unauthorised".equals(t);
        threshold[i] = rules.thresholdCodes().contains(table[i]);
        // R-REG-02: late before the register closes is present, after it closes unauthorised
        // absence.
        late[i] = table[i].equals(lateBefore) || table[i].equals(lateAfter);
        lateAfterClose[i] = table[i].equals(lateAfter);
        holiday[i] = table[i].equals(holidayCode);
        nAt = table[i].equals(unknown) ? i : nAt;
        closureAt = table[i].equals(closed) ? i : closureAt;
      }
      n = nAt;
      closure = closureAt;
    }
  }

  private final SchoolCalendar calendar;
  private final Codes codes;

  /** Running totals: value[i] is the total over school days 0 .. i-1. */
  final int[] present;

  final int[] possible;
  final int[] threshold;
  final int[] unauthorised;
  final int[] authorised;
  final int[] late;
  final int[] lateAfterClose;
  final int[] holidayDays;

  /**
   * Days absent running, ending on each day (days with no possible session neither break nor extend
   * a run).
   */
  final int[] run;

  private final int[] dayPresent;
  private final int[] dayPossible;
  private final boolean[] dayHoliday;
  private final int[] dayThreshold;
  private final int[] dayLate;
  private final int[] dayLateAfterClose;
  private final int[] dayUnauthorised;
  private final int[] dayAuthorised;

  /** The pupil's first and last school day with a mark, or -1. */
  int first;

  int last;

  PupilDays(SchoolCalendar calendar, Codes codes) {
    this.calendar = calendar;
    this.codes = codes;
    int d = calendar.size();
    present = new int[d + 1];
    possible = new int[d + 1];
    threshold = new int[d + 1];
    unauthorised = new int[d + 1];
    authorised = new int[d + 1];
    late = new int[d + 1];
    lateAfterClose = new int[d + 1];
    holidayDays = new int[d + 1];
    run = new int[d];
    dayPresent = new int[d];
    dayPossible = new int[d];
    dayHoliday = new boolean[d];
    dayThreshold = new int[d];
    dayLate = new int[d];
    dayLateAfterClose = new int[d];
    dayUnauthorised = new int[d];
    dayAuthorised = new int[d];
  }

  /** Loads one pupil's marks. */
  void load(Register register, int pupil) {
    int d = calendar.size();
    Arrays.fill(dayPresent, 0);
    Arrays.fill(dayPossible, 0);
    Arrays.fill(dayHoliday, false);
    Arrays.fill(dayThreshold, 0);
    Arrays.fill(dayLate, 0);
    Arrays.fill(dayLateAfterClose, 0);
    Arrays.fill(dayUnauthorised, 0);
    Arrays.fill(dayAuthorised, 0);
    first = -1;
    last = -1;
    for (int m = register.start(pupil); m < register.start(pupil + 1); m++) {
      int day = calendar.dayIndex(register.session(m) >> 1);
      if (day < 0) {
        continue;
      }
      first = first < 0 ? day : Math.min(first, day);
      last = Math.max(last, day);
      int c = register.codeIndex(m);
      if (codes.possible[c]) {
        dayPossible[day]++;
        if (codes.present[c]) {
          dayPresent[day]++;
        } else if (codes.unauthorised[c]) {
          dayUnauthorised[day]++;
        } else {
          dayAuthorised[day]++;
        }
      }
      dayThreshold[day] += codes.threshold[c] ? 1 : 0;
      dayLate[day] += codes.late[c] ? 1 : 0;
      dayLateAfterClose[day] += codes.lateAfterClose[c] ? 1 : 0;
      dayHoliday[day] |= codes.holiday[c];
    }
    int runNow = 0;
    for (int i = 0; i < d; i++) {
      present[i + 1] = present[i] + dayPresent[i];
      possible[i + 1] = possible[i] + dayPossible[i];
      threshold[i + 1] = threshold[i] + dayThreshold[i];
      unauthorised[i + 1] = unauthorised[i] + dayUnauthorised[i];
      authorised[i + 1] = authorised[i] + dayAuthorised[i];
      late[i + 1] = late[i] + dayLate[i];
      lateAfterClose[i + 1] = lateAfterClose[i] + dayLateAfterClose[i];
      holidayDays[i + 1] = holidayDays[i] + (dayHoliday[i] ? 1 : 0);
      if (dayPossible[i] > 0) {
        runNow = dayPresent[i] == 0 ? runNow + 1 : 0;
      }
      run[i] = runNow;
    }
  }

  /** A running total over school days from .. to (inclusive). */
  static int sum(int[] totals, int from, int to) {
    return totals[to + 1] - totals[from];
  }

  /** What each code is. */
  Codes codes() {
    return codes;
  }

  /** Whether the pupil was absent for every possible session of a day that had one. */
  boolean absentDay(int day) {
    return dayPossible[day] > 0 && dayPresent[day] == 0;
  }

  /** Whether the pupil had a possible session on a day. */
  boolean possibleDay(int day) {
    return dayPossible[day] > 0;
  }
}
