package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class RegisterRetentionTest {
  final RegisterRetention rule = new RegisterRetention();

  @Test
  void flagsThreeYears() {
    assertFindings(rule, """
        registers:
          # expect: ATT027
          retentionYears: 3
        """);
  }

  @Test
  void acceptsSixYears() {
    assertFindings(rule, """
        registers:
          retentionYears: 6
        """);
  }
}
