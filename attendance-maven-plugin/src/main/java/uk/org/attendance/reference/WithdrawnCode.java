package uk.org.attendance.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Codes that were valid before 19 August 2024 and must not appear in a current policy
 * (dfe-2024-rules.md section 1.2).
 */
public enum WithdrawnCode {
  H(
      "H",
      "agreed family holiday",
      "withdrawn on 19 August 2024: leave for exceptional circumstances is C"),
  F(
      "F",
      "agreed extended family holiday",
      "withdrawn in September 2013, and H, which replaced it, in August 2024: use C"),
  J("J", "interview", "replaced by J1, which now counts as authorised absence, not attendance"),
  Y(
      "Y",
      "unable to attend due to exceptional circumstances",
      "replaced by Y1 to Y7, with Q for a lack of access arrangements");

  private final String code;
  private final String oldMeaning;
  private final String replacement;

  WithdrawnCode(String code, String oldMeaning, String replacement) {
    this.code = code;
    this.oldMeaning = oldMeaning;
    this.replacement = replacement;
  }

  /** The code. */
  public String code() {
    return code;
  }

  /** What it used to mean. */
  public String oldMeaning() {
    return oldMeaning;
  }

  /** What happened to it, and what to use now. */
  public String replacement() {
    return replacement;
  }

  /** The withdrawn code written as {@code code}, if it is one. */
  public static Optional<WithdrawnCode> find(String code) {
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(v -> v.code.equals(c)).findFirst();
  }
}
