package uk.org.attendance.text;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.org.attendance.model.ClockTime;
import uk.org.attendance.model.PolicyDate;

/** How facts are written in documents for parents: GOV.UK style, English (UK). */
public final class Formats {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final String[] WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
  };
  private static final String[] ORDINALS = {
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth"
  };

  private Formats() {}

  /** "£80", "£1,000". */
  public static String money(int pounds) {
    return "£" + String.format(Locale.UK, "%,d", pounds);
  }

  /** "8:50am", "12:30pm", "1pm". */
  public static String time(ClockTime t) {
    if (t == null) {
      return "";
    }
    int h = t.time().getHour();
    int m = t.time().getMinute();
    String suffix = h < 12 ? "am" : "pm";
    int h12 = h % 12 == 0 ? 12 : h % 12;
    return m == 0 ? h12 + suffix : String.format(Locale.ROOT, "%d:%02d%s", h12, m, suffix);
  }

  /** "14 October 2024" for a day; a month or term as written, capitalised ("Autumn 2025"). */
  public static String date(PolicyDate d) {
    if (d == null) {
      return "";
    }
    if (d.precision() == PolicyDate.Precision.DAY) {
      return d.earliest().format(DAY);
    }
    String t = d.text().strip();
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  /** A number as a word up to ten ("two"), then as digits. */
  public static String words(int n) {
    return n >= 0 && n < WORDS.length ? WORDS[n] : String.valueOf(n);
  }

  /** "sixth". */
  public static String ordinal(int n) {
    return n > 0 && n < ORDINALS.length ? ORDINALS[n] : n + "th";
  }

  /** "96%", "95.5%". */
  public static String percent(double p) {
    return number(p) + "%";
  }

  /** "10", "95.5": whole numbers without a decimal point. */
  public static String number(double n) {
    return n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n);
  }

  /** "a, b and c". */
  public static String list(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /** Hours as "32.5 hours" or "31.25 hours". */
  public static String hours(int minutes) {
    double h = minutes / 60.0;
    String s = String.format(Locale.ROOT, "%.2f", h).replaceAll("0+$", "").replaceAll("\\.$", "");
    return s + " hours";
  }

  /** The words with their first letter a capital, as at the start of a label. */
  public static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  /** Nothing or the value: "" for null. */
  public static String orEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
