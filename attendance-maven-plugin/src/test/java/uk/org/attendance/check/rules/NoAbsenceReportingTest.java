package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class NoAbsenceReportingTest {
  final NoAbsenceReporting rule = new NoAbsenceReporting();

  @Test
  void flagsNoChannels() {
    assertFindings(
        rule,
        """
        absenceReporting:
          deadline: "09:00"
          # expect: ATT034
          channels: []
        """);
  }

  @Test
  void acceptsAChannelAndADeadline() {
    assertFindings(
        rule,
        """
        absenceReporting:
          deadline: "09:00"
          channels: [{type: app, value: Arbor}]
        """);
  }
}
