package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class NoIndividualSupportContactTest {
  final NoIndividualSupportContact rule = new NoIndividualSupportContact();

  @Test
  void flagsAnEmptyList() {
    assertFindings(
        rule,
        """
        contacts:
          # expect: ATT032
          individualSupport: []
        """);
  }

  @Test
  void acceptsAContactWithAPhone() {
    assertFindings(
        rule,
        """
        contacts:
          individualSupport: [{name: Mrs S Holtz, phone: 01234 567890}]
        """);
  }
}
