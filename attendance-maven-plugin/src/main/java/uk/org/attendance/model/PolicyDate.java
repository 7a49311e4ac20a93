package uk.org.attendance.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as policies state it: an exact day ({@code 2024-10-03}), a month ({@code July 2025}) or a
 * school term ({@code Autumn 2025}). Each is held as the range of days it can mean, so that a
 * review check can use the last possible day and a "ratified after review" check the first.
 *
 * <p>Terms follow the English school year: autumn is 1 September to 31 December, spring 1 January
 * to 31 March, summer 1 April to 31 August.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the text as written, kept for display
 * @param earliest the first day the text can mean
 * @param latest the last day the text can mean
 * @param precision how exact the text is
 */
public record PolicyDate(String text, LocalDate earliest, LocalDate latest, Precision precision) {

  /** How exact a policy date is. */
  public enum Precision {
    DAY,
    MONTH,
    TERM
  }

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern ISO_SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WORDS = Pattern.compile("([A-Za-z]+)\\s+(\\d{4})");

  public PolicyDate {
    if (earliest.isAfter(latest)) {
      throw new IllegalArgumentException("earliest is after latest");
    }
  }

  /** An exact day. */
  public static PolicyDate of(LocalDate day) {
    return new PolicyDate(day.toString(), day, day, Precision.DAY);
  }

  /**
   * Reads a policy date.
   *
   * @param text {@code 2024-10-03}, {@code July 2025} or {@code Autumn 2025}
   * @return the date range
   * @throws IllegalArgumentException with a plain-English reason
   */
  public static PolicyDate parse(String text) {
    String t = text.strip();
    if (ISO_SHAPE.matcher(t).matches()) {
      try {
        return of(LocalDate.parse(t, ISO));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + text + "' is not a real date in the calendar");
      }
    }
    Matcher m = WORDS.matcher(t);
    if (m.matches()) {
      String word = m.group(1).toLowerCase(Locale.ROOT);
      int year = Integer.parseInt(m.group(2));
      switch (word) {
        case "autumn":
          return new PolicyDate(
              t, LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 31), Precision.TERM);
        case "spring":
          return new PolicyDate(
              t, LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31), Precision.TERM);
        case "summer":
          return new PolicyDate(
              t, LocalDate.of(year, 4, 1), LocalDate.of(year, 8, 31), Precision.TERM);
        default:
          for (Month month : Month.values()) {
            if (month.name().equalsIgnoreCase(word)) {
              YearMonth ym = YearMonth.of(year, month);
              return new PolicyDate(t, ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH);
            }
          }
      }
    }
    throw new IllegalArgumentException(
        "'"
            + text
            + "' is not a date: write a day as 2025-10-14, a month as July 2025,"
            + " or a term as Autumn 2025");
  }

  @Override
  public String toString() {
    return text;
  }
}
