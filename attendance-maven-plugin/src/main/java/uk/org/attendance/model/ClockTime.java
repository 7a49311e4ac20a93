package uk.org.attendance.model;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of the school day, as a school writes it.
 *
 * <p>Accepted spellings (documented in the README): 24-hour {@code 08:45}, {@code 8:45}, {@code
 * 08.45}; 12-hour with am/pm {@code 8.45am}, {@code 8:45 am}, {@code 3.20pm}, {@code 3:20 PM},
 * {@code 1pm}, {@code 9 a.m.}. Hours and minutes must be real ({@code 25:61} is refused), and a
 * 12-hour time must have an hour from 1 to 12. Anything else, such as {@code 9} or {@code quarter
 * past nine}, is refused with the reason.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param time the time of day
 */
public record ClockTime(LocalTime time) implements Comparable<ClockTime> {

  private static final Pattern SPELLING =
      Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*([aApP]\\.?[mM]\\.?)?");

  public ClockTime {
    if (time == null) {
      throw new IllegalArgumentException("time is required");
    }
  }

  /** A time from hours and minutes. */
  public static ClockTime of(int hour, int minute) {
    return new ClockTime(LocalTime.of(hour, minute));
  }

  /**
   * Reads a time as a school writes it.
   *
   * @param text for example {@code 08:45} or {@code 9.15am}
   * @return the time
   * @throws IllegalArgumentException with a plain-English reason if the text is not a real time
   */
  public static ClockTime parse(String text) {
    String t = text.strip();
    Matcher m = SPELLING.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a time: write it as 08:45 (24-hour) or 8:45am");
    }
    String meridiem =
        m.group(3) == null ? null : m.group(3).replace(".", "").toLowerCase(Locale.ROOT);
    if (m.group(2) == null && meridiem == null) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a time: write it as 08:45 (24-hour) or 8:45am");
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (meridiem == null && hour > 23) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a real time: hours run from 00 to 23");
    }
    if (meridiem != null && (hour < 1 || hour > 12)) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a real time: with am or pm, the hour runs from 1 to 12");
    }
    if (minute > 59) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a real time: minutes run from 00 to 59");
    }
    if (meridiem == null) {
      return of(hour, minute);
    }
    int h24 = hour % 12 + (meridiem.equals("pm") ? 12 : 0);
    return of(h24, minute);
  }

  /** ISO form, {@code 08:45}: the machine form used in the rules JSON. */
  public String iso() {
    return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
  }

  /** Minutes from this time to {@code later} (negative if {@code later} is earlier). */
  public int minutesUntil(ClockTime later) {
    return (later.time.toSecondOfDay() - time.toSecondOfDay()) / 60;
  }

  @Override
  public int compareTo(ClockTime o) {
    return time.compareTo(o.time);
  }

  @Override
  public String toString() {
    return iso();
  }
}
