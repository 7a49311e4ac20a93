package uk.org.attendance.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, sessions and figures as an attendance officer reads them: "Monday 2 June 2025 AM",
 * "93.2%".
 */
final class Words {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter WEEKDAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

  private Words() {}

  /** "2 June 2025". */
  static String day(LocalDate d) {
    return DAY.format(d);
  }

  /** "Monday 2 June 2025". */
  static String weekday(LocalDate d) {
    return WEEKDAY.format(d);
  }

  /** "Monday 2 June 2025 AM", from epoch day × 2 + afternoon. */
  static String session(int key) {
    return weekday(LocalDate.ofEpochDay(key >> 1)) + ((key & 1) == 1 ? " PM" : " AM");
  }

  /** part / whole as a percentage to one decimal place (half up), or null when whole is 0. */
  static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  /** A trigger's value as written: 96, 95.5. */
  static String value(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9
        ? Long.toString((long) v)
        : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** A comparator in words: "below", "at most", "at least", "above". */
  static String comparator(String c) {
    return c == null ? "" : c.replace('-', ' ');
  }
}
