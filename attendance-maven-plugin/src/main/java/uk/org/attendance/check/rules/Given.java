package uk.org.attendance.check.rules;

import java.util.List;

/** Whether the school wrote something: a value that is absent or only spaces says nothing. */
final class Given {
  private Given() {}

  /** Whether {@code text} has any words. */
  static boolean text(String text) {
    return text != null && !text.isBlank();
  }

  /** Whether any item of {@code texts} has words. */
  static boolean any(List<String> texts) {
    return texts.stream().anyMatch(Given::text);
  }
}
