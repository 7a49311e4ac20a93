package uk.org.attendance.evaluate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.attendance.text.Numbers;

/**
 * The period a trigger is measured over, read from its words in rules.json: none (the whole
 * register), "week", "half term", "term", "school year", "month", or "rolling 10 school weeks".
 * Words it cannot read make the stage one the school judges, with a note saying so; it never
 * guesses.
 *
 * @param kind what kind of period
 * @param weeks for a rolling window, how many school weeks
 * @param period for a period, which
 * @param text the words, as written
 */
record Window(Kind kind, int weeks, SchoolCalendar.Period period, String text) {

  /** Kinds of window. */
  enum Kind {
    WHOLE,
    ROLLING,
    PERIOD,
    UNKNOWN
  }

  private static final Pattern ROLLING =
      Pattern.compile("(?i)\\b([0-9]{1,2}|[a-z]+)\\s+(?:school\\s+)?weeks?\\b");

  /** Which period words name. */
  private static SchoolCalendar.Period periodOf(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace('-', ' ');
    if (t.contains("half term") || t.contains("halfterm")) {
      return SchoolCalendar.Period.HALF_TERM;
    }
    if (t.contains("term")) {
      return SchoolCalendar.Period.TERM;
    }
    if (t.contains("year")) {
      return SchoolCalendar.Period.YEAR;
    }
    if (t.contains("month")) {
      return SchoolCalendar.Period.MONTH;
    }
    return SchoolCalendar.Period.WEEK;
  }

  /**
   * Reads a window's words.
   *
   * @param text as written, or null
   * @return the window ({@link Kind#UNKNOWN} if the words cannot be read)
   */
  static Window parse(String text) {
    if (text == null || text.isBlank()) {
      return new Window(Kind.WHOLE, 0, null, "");
    }
    String t = text.toLowerCase(Locale.ROOT).replace('-', ' ');
    Matcher m = ROLLING.matcher(t);
    if (m.find()) {
      String n = m.group(1);
      int weeks = Numbers.parse(n).orElse(0);
      if (weeks > 0) {
        return new Window(Kind.ROLLING, weeks, null, text);
      }
    }
    if (t.contains("half term")
        || t.contains("halfterm")
        || t.matches(".*\\bterm\\b.*")
        || t.contains("year")
        || t.contains("month")
        || t.matches(".*\\bweek\\b.*")) {
      return new Window(Kind.PERIOD, 0, periodOf(text), text);
    }
    return new Window(Kind.UNKNOWN, 0, null, text);
  }

  /**
   * The first school day of the window that ends on a day.
   *
   * @param calendar the school's calendar
   * @param day the last school day of the window
   * @return the first school day
   */
  int start(SchoolCalendar calendar, int day) {
    return switch (kind) {
      case WHOLE, UNKNOWN -> 0;
      case ROLLING -> calendar.rollingStart(day, weeks);
      case PERIOD -> calendar.periodStart(period, day);
    };
  }

  /** The window in words, for evidence: "the 10 school weeks", "the half term". */
  String describe() {
    return switch (kind) {
      case WHOLE, UNKNOWN -> "the register";
      case ROLLING -> "the " + weeks + " school week" + (weeks == 1 ? "" : "s");
      case PERIOD ->
          switch (period) {
            case WEEK -> "the week";
            case HALF_TERM -> "the half term";
            case TERM -> "the term";
            case YEAR -> "the school year";
            case MONTH -> "the month";
          };
    };
  }
}
