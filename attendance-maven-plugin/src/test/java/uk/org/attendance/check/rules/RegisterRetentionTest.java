package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class RegisterRetentionTest {
  final RegisterRetention rule = new RegisterRetention();

  @Test
  void flagsThreeYears() {
    assertFindings(
        rule,
        """
        registers:
          # expect: ATT027
          retentionYears: 3
        """);
  }

  @Test
  void acceptsSixYears() {
    assertFindings(
        rule,
        """
        registers:
          retentionYears: 6
        """);
  }

  @Test
  void flagsRetentionStatedInWords() {
    assertFindings(
        rule,
        """
        prose:
          # expect: ATT027
          absenceData: We will keep every entry on the attendance register for 3 years after the date on which the entry was made.
        """);
  }

  @Test
  void acceptsSixYearsAndTheOldRuleAsHistory() {
    assertFindings(
        rule,
        """
        prose:
          absenceData: |
            Registers are legal records and we will preserve every entry in the attendance or admission register for **6** years.
            Under the old 2006 regulations, entries were kept for 3 years.
        """);
  }
}
