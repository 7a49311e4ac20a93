package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class UnknownReasonDeadlineTest {
  final UnknownReasonDeadline rule = new UnknownReasonDeadline();

  @Test
  void flagsTenDays() {
    assertFindings(
        rule,
        """
        registers:
          # expect: ATT028
          unknownReasonReplacedWithinDays: 10
        """);
  }

  @Test
  void acceptsFiveDays() {
    assertFindings(
        rule,
        """
        registers:
          unknownReasonReplacedWithinDays: 5
        """);
  }

  @Test
  void flagsTheNDeadlineStatedInWords() {
    assertFindings(
        rule,
        """
        prose:
          # expect: ATT028
          absenceProcedures: Code N is replaced within 10 school days if no reason is given.
        """);
  }

  @Test
  void acceptsFiveSchoolDays() {
    assertFindings(
        rule,
        """
        prose:
          absenceProcedures: N means the reason for absence is not yet established; it must be corrected within 5 days.
        """);
  }
}
