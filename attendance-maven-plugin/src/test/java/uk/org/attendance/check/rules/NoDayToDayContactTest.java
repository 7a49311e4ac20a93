package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class NoDayToDayContactTest {
  final NoDayToDayContact rule = new NoDayToDayContact();

  @Test
  void flagsAnEmptyList() {
    assertFindings(
        rule,
        """
        contacts:
          # expect: ATT031
          dayToDay: []
        """);
  }

  @Test
  void leavesAContactWithoutDetailsToUnreachableContact() {
    // Named is what this rule asks; whether parents can reach them (perhaps through the office) is
    // ATT091.
    assertFindings(
        rule,
        """
        contacts:
          dayToDay:
            - name: Mrs Ruddick
        """);
  }

  @Test
  void acceptsAContactWithAnEmail() {
    assertFindings(
        rule,
        """
        contacts:
          dayToDay: [{name: Mrs E Faircloth, email: enquiries@school.net}]
        """);
  }
}
