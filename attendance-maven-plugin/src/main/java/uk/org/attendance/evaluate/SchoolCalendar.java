package uk.org.attendance.evaluate;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The school's calendar as the register shows it. A school session is a session with at least one
 * mark other than {@code #} (planned whole-school closure); a school day is a day with a school
 * session; a school week is a week with a school day (R-PN-01: "any week with at least one school
 * session"), so half terms and holidays are skipped. Half terms and terms are read from the gaps: a
 * half term ends where a whole week has no school session, a term where two or more do. A session
 * on which most pupils are marked {@code #} is one the school was closed for.
 */
final class SchoolCalendar {

  /** Kinds of period a trigger's window may name. */
  enum Period {
    WEEK,
    HALF_TERM,
    TERM,
    YEAR,
    MONTH
  }

  private final int[] days;
  private final int[] week;
  private final int[] weekFirstDay;
  private final int[][] periodStart = new int[Period.values().length][];
  private final int firstSession;
  private final boolean[] schoolSession;
  private final int[] closures;
  private final int[] marked;
  private final int[] dayIndex;
  private final int firstDay;
  private final boolean[] open;
  private final int[] openBefore;

  /**
   * @param register the register
   * @param closureCode the code for a planned whole-school closure
   */
  SchoolCalendar(Register register, String closureCode) {
    int n = register.marks().size();
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, register.session(i));
      max = Math.max(max, register.session(i));
    }
    if (n == 0) {
      min = 0;
      max = -1;
    }
    firstSession = min;
    schoolSession = new boolean[max - min + 1];
    closures = new int[max - min + 1];
    marked = new int[max - min + 1];
    String[] codes = register.codeTable();
    int closure = Arrays.asList(codes).indexOf(closureCode);
    for (int i = 0; i < n; i++) {
      int s = register.session(i) - min;
      marked[s]++;
      if (register.codeIndex(i) == closure) {
        closures[s]++;
      } else {
        schoolSession[s] = true;
      }
    }
    int busiest = 0;
    for (int i = 0; i < marked.length; i++) {
      busiest = Math.max(busiest, marked[i] - closures[i]);
    }
    open = new boolean[marked.length];
    openBefore = new int[marked.length + 1];
    for (int i = 0; i < marked.length; i++) {
      int day = (i + min) >> 1;
      open[i] =
          schoolSession[i]
              && Math.floorMod(day - 4, 7) < 5
              && closures[i] * 2 <= marked[i]
              && (marked[i] - closures[i]) * 10 >= busiest;
      openBefore[i + 1] = openBefore[i] + (open[i] ? 1 : 0);
    }
    int[] found = new int[schoolSession.length / 2 + 1];
    int count = 0;
    for (int s = 0; s < schoolSession.length; s++) {
      int day = (s + min) >> 1;
      if (schoolSession[s] && (count == 0 || found[count - 1] != day)) {
        found[count++] = day;
      }
    }
    days = Arrays.copyOf(found, count);
    firstDay = count == 0 ? 0 : days[0];
    dayIndex = new int[count == 0 ? 0 : days[count - 1] - firstDay + 1];
    Arrays.fill(dayIndex, -1);
    for (int i = 0; i < count; i++) {
      dayIndex[days[i] - firstDay] = i;
    }
    week = new int[count];
    int[] firsts = new int[count];
    int weeks = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || monday(days[i]) != monday(days[i - 1])) {
        firsts[weeks++] = i;
      }
      week[i] = weeks - 1;
    }
    weekFirstDay = Arrays.copyOf(firsts, weeks);
    for (Period p : Period.values()) {
      int[] start = new int[count];
      for (int i = 0; i < count; i++) {
        start[i] = i > 0 && samePeriod(p, days[i - 1], days[i]) ? start[i - 1] : i;
      }
      periodStart[p.ordinal()] = start;
    }
  }

  /** School days in the register. */
  int size() {
    return days.length;
  }

  /** A school day's date. */
  LocalDate date(int day) {
    return LocalDate.ofEpochDay(days[day]);
  }

  /** A school day's epoch day. */
  int epochDay(int day) {
    return days[day];
  }

  /** The school day of an epoch day, or -1 if the school had no session that day. */
  int dayIndex(int epochDay) {
    int i = epochDay - firstDay;
    return i >= 0 && i < dayIndex.length ? dayIndex[i] : -1;
  }

  /** School days strictly after an epoch day, up to the register's last. */
  int schoolDaysAfter(int epochDay) {
    int i = Arrays.binarySearch(days, epochDay);
    int after = i >= 0 ? i + 1 : -i - 1;
    return days.length - after;
  }

  /** The first school day on or after an epoch day, or -1. */
  int firstDayFrom(int epochDay) {
    int i = Arrays.binarySearch(days, epochDay);
    int at = i >= 0 ? i : -i - 1;
    return at < days.length ? at : -1;
  }

  /** A school day's school week (0 is the first in the register). */
  int week(int day) {
    return week[day];
  }

  /**
   * The first school day of the school weeks that end with this day's week and number {@code
   * weeks}.
   */
  int rollingStart(int day, int weeks) {
    return weekFirstDay[Math.max(0, week[day] - weeks + 1)];
  }

  /** The first school day of the period this day is in. */
  int periodStart(Period period, int day) {
    return periodStart[period.ordinal()][day];
  }

  /** Whether a session (epoch day × 2 + afternoon) had a mark other than #. */
  boolean isSchoolSession(int session) {
    int s = session - firstSession;
    return s >= 0 && s < schoolSession.length && schoolSession[s];
  }

  /** The first and last session keys the register covers. */
  int firstSession() {
    return firstSession;
  }

  int lastSession() {
    return firstSession + schoolSession.length - 1;
  }

  /** Whether most pupils marked for a session are marked # (the school was closed). */
  boolean closed(int session) {
    int s = session - firstSession;
    return s >= 0 && s < marked.length && closures[s] * 2 > marked[s];
  }

  /**
   * Whether the school was plainly open for a session: a weekday, most pupils marked with something
   * other than #, and at least a tenth as many marks as the busiest session (so one mistyped date
   * in a holiday does not make every other pupil's register look incomplete).
   */
  boolean open(int session) {
    int s = session - firstSession;
    return s >= 0 && s < open.length && open[s];
  }

  /** Open sessions strictly between two sessions. */
  int openBetween(int fromExclusive, int toExclusive) {
    int a = Math.max(0, fromExclusive + 1 - firstSession);
    int b = Math.min(open.length, toExclusive - firstSession);
    return b > a ? openBefore[b] - openBefore[a] : 0;
  }

  /** The first open session strictly after a session, or -1. */
  int firstOpenAfter(int session) {
    for (int s = Math.max(0, session + 1 - firstSession); s < open.length; s++) {
      if (open[s]) {
        return s + firstSession;
      }
    }
    return -1;
  }

  /** Pupils marked # for a session, and pupils marked at all. */
  int closures(int session) {
    return closures[session - firstSession];
  }

  int marked(int session) {
    return marked[session - firstSession];
  }

  /** The Monday of the week an epoch day falls in (1970-01-05 was a Monday). */
  static int monday(int epochDay) {
    return epochDay - Math.floorMod(epochDay - 4, 7);
  }

  private boolean samePeriod(Period p, int before, int day) {
    return switch (p) {
      case WEEK -> monday(before) == monday(day);
      case HALF_TERM -> monday(day) - monday(before) < 14;
      case TERM -> monday(day) - monday(before) < 21;
      case YEAR -> academicYear(before) == academicYear(day);
      case MONTH ->
          LocalDate.ofEpochDay(before)
              .withDayOfMonth(1)
              .equals(LocalDate.ofEpochDay(day).withDayOfMonth(1));
    };
  }

  /** The academic year (September to August) a day falls in, by its starting year. */
  static int academicYear(int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    return d.getMonthValue() >= 9 ? d.getYear() : d.getYear() - 1;
  }
}
