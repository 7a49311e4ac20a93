package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class UnknownReasonDeadlineTest {
  final UnknownReasonDeadline rule = new UnknownReasonDeadline();

  @Test
  void flagsTenDays() {
    assertFindings(rule, """
        registers:
          # expect: ATT028
          unknownReasonReplacedWithinDays: 10
        """);
  }

  @Test
  void acceptsFiveDays() {
    assertFindings(rule, """
        registers:
          unknownReasonReplacedWithinDays: 5
        """);
  }
}
