package uk.org.attendance.evaluate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates and sessions MIS exports write: {@code 2025-09-08}, {@code 08/09/2025}, {@code
 * 08/09/25}, {@code 8-Sep-2025}, with or without a weekday in front ({@code Mon 08/09/2025}) or a
 * time after ({@code 08/09/2025 00:00:00}, {@code 2025-09-08T00:00:00}); and Excel serial dates
 * ({@code 45908}, what a date cell becomes when a spreadsheet is saved as numbers). Dates are read
 * day first, as in the UK. Sessions are AM or PM (R-DAY-01: two sessions a day; R-REG-01: a
 * register each morning and each afternoon), written {@code AM}/{@code PM}, {@code A}/{@code P} or
 * {@code Morning}/{@code Afternoon}.
 */
final class RegisterDates {

  /** Not a date. */
  static final int NONE = Integer.MIN_VALUE;

  /** The first and last years a register date may fall in. */
  static final int FIRST_YEAR = 2000;

  static final int LAST_YEAR = 2099;

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(?i)^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\\.?,?\\s+");
  private static final Pattern TIME =
      Pattern.compile(
          "(?i)(?:[T ]\\s*)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?\\s*(?:am|pm)?\\s*(?:Z|[+-][0-9]{2}:?[0-9]{2})?$");
  private static final Pattern ISO =
      Pattern.compile("([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})");
  private static final Pattern DAY_FIRST =
      Pattern.compile("([0-9]{1,2})([-/.])([0-9]{1,2})\\2([0-9]{2}|[0-9]{4})");
  private static final Pattern MONTH_NAME =
      Pattern.compile(
          "(?i)([0-9]{1,2})(?:st|nd|rd|th)?[-\\s]+([a-z]{3,9})\\.?[-\\s,]+([0-9]{2}|[0-9]{4})");
  private static final Pattern SERIAL = Pattern.compile("([0-9]{5})(?:\\.[0-9]+)?");
  private static final Pattern SESSION_AFTER =
      Pattern.compile(
          "(?i)^(.+?)[\\s_\\-(:/]+(am|pm|a\\.m\\.|p\\.m\\.|morning|afternoon|a|p)\\)?$");
  private static final Pattern SESSION_BEFORE =
      Pattern.compile("(?i)^\\(?(am|pm|a\\.m\\.|p\\.m\\.|morning|afternoon)\\)?[\\s_\\-:/]+(.+)$");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  /**
   * Excel's day 0 (it counts 1900 as a leap year, so serials from March 1900 on count from here).
   */
  private static final long EXCEL_EPOCH = LocalDate.of(1899, 12, 30).toEpochDay();

  private RegisterDates() {}

  /**
   * Reads a date.
   *
   * @param text as written
   * @return the day (epoch day), or {@link #NONE}
   */
  static int date(String text) {
    String s = text.strip();
    Matcher w = WEEKDAY.matcher(s);
    if (w.find()) {
      s = s.substring(w.end());
    }
    Matcher t = TIME.matcher(s);
    if (t.find() && t.start() > 0) {
      s = s.substring(0, t.start()).strip();
    }
    Matcher m;
    if ((m = ISO.matcher(s)).matches()) {
      return day(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    if ((m = DAY_FIRST.matcher(s)).matches()) {
      return day(year(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
    }
    if ((m = MONTH_NAME.matcher(s)).matches()) {
      String name = m.group(2).toLowerCase(Locale.ROOT);
      Integer month = MONTHS.get(name.substring(0, 3));
      if (month == null || name.length() > 3 && !fullMonth(name, month)) {
        return NONE;
      }
      return day(year(m.group(3)), month, Integer.parseInt(m.group(1)));
    }
    if ((m = SERIAL.matcher(s)).matches()) {
      long d = EXCEL_EPOCH + Long.parseLong(m.group(1));
      LocalDate date = LocalDate.ofEpochDay(d);
      return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR ? (int) d : NONE;
    }
    return NONE;
  }

  /**
   * Why a text is not a date, in a sentence an office can act on.
   *
   * @param text as written
   * @return the reason
   */
  static String whyNotADate(String text) {
    String shown = "'" + Problems.shown(text) + "'";
    Matcher m = DAY_FIRST.matcher(text.strip());
    if (m.matches() && Integer.parseInt(m.group(3)) > 12 && Integer.parseInt(m.group(1)) <= 12) {
      return shown
          + " is not a date: dates are read day first, so the month would be "
          + m.group(3)
          + " (was the file saved with US month/day dates? export it with UK dates)";
    }
    if ((m = ISO.matcher(text.strip())).matches()
        || (m = DAY_FIRST.matcher(text.strip())).matches()) {
      int year = m.pattern() == ISO ? Integer.parseInt(m.group(1)) : year(m.group(4));
      if (year < FIRST_YEAR || year > LAST_YEAR) {
        return shown
            + " is not a date a register could hold (years "
            + FIRST_YEAR
            + " to "
            + LAST_YEAR
            + ")";
      }
    }
    return shown + " is not a date (use 2025-09-08 or 08/09/2025)";
  }

  /**
   * Reads a session.
   *
   * @param text as written
   * @return false for the morning, true for the afternoon, null if it is neither
   */
  static Boolean session(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT).replace(".", "");
    if (s.endsWith(" session")) {
      s = s.substring(0, s.length() - " session".length()).strip();
    }
    return switch (s) {
      case "am", "a", "m", "morning", "mor", "morn" -> Boolean.FALSE;
      case "pm", "p", "afternoon", "aft", "aftn" -> Boolean.TRUE;
      default -> null;
    };
  }

  /**
   * Reads a mark grid's column heading that names a date and a session, such as {@code 2025-09-08
   * AM}, {@code Mon 08/09/2025 PM} or {@code AM 08/09/2025}.
   *
   * @param text the heading
   * @return epoch day × 2, plus 1 for the afternoon; or -1 if it is not such a heading
   */
  static int dateAndSession(String text) {
    String s = text.strip();
    Matcher m = SESSION_AFTER.matcher(s);
    if (m.matches()) {
      int d = date(m.group(1));
      Boolean pm = session(m.group(2));
      if (d != NONE && pm != null) {
        return d * 2 + (pm ? 1 : 0);
      }
    }
    m = SESSION_BEFORE.matcher(s);
    if (m.matches()) {
      int d = date(m.group(2));
      Boolean pm = session(m.group(1));
      if (d != NONE && pm != null) {
        return d * 2 + (pm ? 1 : 0);
      }
    }
    return -1;
  }

  private static boolean fullMonth(String name, int month) {
    String full =
        java.time.Month.of(month)
            .getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)
            .toLowerCase(Locale.ROOT);
    return full.equals(name) || name.equals("sept");
  }

  private static int year(String text) {
    int y = Integer.parseInt(text);
    return text.length() == 2 ? 2000 + y : y;
  }

  private static int day(int year, int month, int dayOfMonth) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return NONE;
    }
    try {
      return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
    } catch (DateTimeException e) {
      return NONE;
    }
  }
}
