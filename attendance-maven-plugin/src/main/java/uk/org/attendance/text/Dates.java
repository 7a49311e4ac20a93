package uk.org.attendance.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.attendance.model.PolicyDate;

/**
 * Dates as policies write them on their covers: "03 October 2024", "1 st September 2025",
 * "14.10.2024", "25.09.25", "July 2025", "Autumn 2025", "2025-10-14".
 */
public final class Dates {

  private static final String MONTHS =
      "january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

  /** A date somewhere in a text. */
  public static final Pattern DATE =
      Pattern.compile(
          "(?<iso>(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))"
              + "|(?<dmy>(?<d>\\d{1,2})\\s?(?:st|nd|rd|th)?\\s+(?<m>"
              + MONTHS
              + ")\\.?,?\\s+(?<y>\\d{4}))"
              + "|(?<num>(?<nd>\\d{1,2})[./](?<nm>\\d{1,2})[./](?<ny>\\d{4}|\\d{2}))(?![\\d.])"
              + "|(?<my>(?<mm>"
              + MONTHS
              + "|autumn|spring|summer)(?:\\s+term)?\\s+(?<my4>\\d{4}))",
          Pattern.CASE_INSENSITIVE);

  private Dates() {}

  /**
   * The first date in a text.
   *
   * @param text e.g. "Ratified by the Governing Body: 03 October 2024"
   * @return the date as a range of days, with a tidy text ("3 October 2024")
   */
  public static Optional<Found> find(String text) {
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      Optional<PolicyDate> d = read(m);
      if (d.isPresent()) {
        return Optional.of(new Found(d.get(), m.start(), m.end()));
      }
    }
    return Optional.empty();
  }

  /**
   * A date found in a text.
   *
   * @param date the date
   * @param start where it starts
   * @param end where it ends
   */
  public record Found(PolicyDate date, int start, int end) {}

  private static Optional<PolicyDate> read(Matcher m) {
    try {
      if (m.group("iso") != null) {
        return Optional.of(
            PolicyDate.of(LocalDate.of(i(m.group("iy")), i(m.group("im")), i(m.group("id")))));
      }
      if (m.group("dmy") != null) {
        LocalDate d = LocalDate.of(i(m.group("y")), month(m.group("m")), i(m.group("d")));
        return Optional.of(
            new PolicyDate(
                d.getDayOfMonth() + " " + name(d.getMonth()) + " " + d.getYear(),
                d,
                d,
                PolicyDate.Precision.DAY));
      }
      if (m.group("num") != null) {
        int y = i(m.group("ny"));
        y = y < 100 ? 2000 + y : y;
        LocalDate d = LocalDate.of(y, i(m.group("nm")), i(m.group("nd")));
        return Optional.of(
            new PolicyDate(
                d.getDayOfMonth() + " " + name(d.getMonth()) + " " + d.getYear(),
                d,
                d,
                PolicyDate.Precision.DAY));
      }
      String w = m.group("mm").toLowerCase(Locale.ROOT);
      int y = i(m.group("my4"));
      if (w.equals("autumn") || w.equals("spring") || w.equals("summer")) {
        return Optional.of(
            PolicyDate.parse(Character.toUpperCase(w.charAt(0)) + w.substring(1) + " " + y));
      }
      YearMonth ym = YearMonth.of(y, month(w));
      return Optional.of(
          new PolicyDate(
              name(ym.getMonth()) + " " + y,
              ym.atDay(1),
              ym.atEndOfMonth(),
              PolicyDate.Precision.MONTH));
    } catch (DateTimeException | IllegalArgumentException notADate) {
      return Optional.empty();
    }
  }

  private static int i(String s) {
    return Integer.parseInt(s);
  }

  private static Month month(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).startsWith(l.length() >= 3 ? l.substring(0, 3) : l)) {
        return m;
      }
    }
    throw new IllegalArgumentException(w);
  }

  private static String name(Month m) {
    String n = m.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }
}
