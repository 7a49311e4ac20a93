package uk.org.attendance.text;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers as policies write them: digits ("10", "2,500", "£2500") or words ("ten", "three"). */
public final class Numbers {

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("fifteen", 15),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("single", 1),
          Map.entry("once", 1),
          Map.entry("twice", 2));

  /** A number written in digits or in words (the words a policy uses for small counts). */
  public static final String NUMBER =
      "(?:\\d{1,3}(?:,\\d{3})+|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)";

  /** An amount of money in pounds: "£80", "£2,500", "£160.00", "£ 60". */
  public static final Pattern POUNDS =
      Pattern.compile("£\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{2}))?(?!\\d)");

  private Numbers() {}

  /**
   * Reads a number.
   *
   * @param text "10", "2,500" or "ten"
   * @return the number, if it is one
   */
  public static OptionalInt parse(String text) {
    if (text == null) {
      return OptionalInt.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT).replace(",", "");
    if (t.matches("\\d{1,9}")) {
      return OptionalInt.of(Integer.parseInt(t));
    }
    Integer w = WORDS.get(t);
    return w == null ? OptionalInt.empty() : OptionalInt.of(w);
  }

  /** The whole pounds of a {@link #POUNDS} match. */
  public static int pounds(Matcher m) {
    return Integer.parseInt(m.group(1).replace(",", ""));
  }
}
