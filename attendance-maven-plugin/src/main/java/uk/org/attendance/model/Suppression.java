package uk.org.attendance.model;

/**
 * A school's decision to accept one checker finding, with its written reason, and where it applies:
 * a value of the school file ({@code at}), a pupil group ({@code group}), or, in the old form with
 * neither, the whole school.
 *
 * @param rule the rule id, e.g. "ATT010"
 * @param reason why, in words a governor would accept
 * @param at a value of the school file, {@code letters[1].body} or {@code /letters/1/body}; may be
 *     null
 * @param group the id of a pupil group; may be null
 */
public record Suppression(String rule, String reason, String at, String group) {

  /** A whole-school suppression (the old form). */
  public Suppression(String rule, String reason) {
    this(rule, reason, null, null);
  }

  /** Whether it says where it applies. */
  public boolean scoped() {
    return at != null || group != null;
  }

  /**
   * The JSON pointer {@code at} names: {@code letters[1].body} and {@code /letters/1/body} both
   * give {@code /letters/1/body}.
   */
  public static String pointer(String at) {
    String a = at.strip();
    if (a.startsWith("/")) {
      return a;
    }
    StringBuilder p = new StringBuilder();
    for (String part : a.split("\\.")) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("([^\\[\\]]*)((?:\\[\\d+\\])*)").matcher(part);
      if (!m.matches()) {
        p.append('/').append(part);
        continue;
      }
      if (!m.group(1).isEmpty()) {
        p.append('/').append(m.group(1).replace("~", "~0").replace("/", "~1"));
      }
      java.util.regex.Matcher i =
          java.util.regex.Pattern.compile("\\[(\\d+)\\]").matcher(m.group(2));
      while (i.find()) {
        p.append('/').append(i.group(1));
      }
    }
    return p.toString();
  }
}
