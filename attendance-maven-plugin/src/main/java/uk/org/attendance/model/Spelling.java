package uk.org.attendance.model;

import java.util.Locale;

/**
 * How a choice is spelt in a school file and in rules.json: the enum constant in kebab case ({@code
 * NOTICE_TO_IMPROVE} is {@code notice-to-improve}). One place, so the YAML a school writes, the
 * JSON a system reads and the messages that quote them agree.
 */
public final class Spelling {

  private Spelling() {}

  /**
   * @param e a choice, or null
   * @return its spelling, e.g. "notice-to-improve", or null
   */
  public static String kebab(Enum<?> e) {
    return e == null ? null : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * @param type the kind of choice
   * @param spelt as written, e.g. "notice-to-improve"
   * @return the choice, or null if there is none spelt so
   */
  public static <E extends Enum<E>> E choice(Class<E> type, String spelt) {
    for (E c : type.getEnumConstants()) {
      if (kebab(c).equals(spelt)) {
        return c;
      }
    }
    return null;
  }
}
