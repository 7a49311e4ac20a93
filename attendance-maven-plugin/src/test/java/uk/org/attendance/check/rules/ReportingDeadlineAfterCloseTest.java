package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class ReportingDeadlineAfterCloseTest {
  final ReportingDeadlineAfterClose rule = new ReportingDeadlineAfterClose();

  @Test
  void flagsADeadlineAfterTheRegisterCloses() {
    assertFindings(
        rule,
        """
        absenceReporting:
          # expect: ATT025
          deadline: "09:30"
        """);
  }

  @Test
  void acceptsADeadlineAtOrBeforeTheClose() {
    assertFindings(
        rule,
        """
        absenceReporting:
          deadline: 9.20am
        """);
  }

  @Test
  void warnsWhenTheDeadlineIsBeforeTheRegisterOpens() {
    assertFindings(
        rule,
        """
        absenceReporting:
          # expect: ATT025
          deadline: "08:30"
        """);
  }
}
