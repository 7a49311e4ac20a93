package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class NoDayToDayContactTest {
  final NoDayToDayContact rule = new NoDayToDayContact();

  @Test
  void flagsAnEmptyListAndAContactWithoutDetails() {
    assertFindings(rule, """
        contacts:
          # expect: ATT031
          dayToDay: []
        """);
    assertFindings(rule, """
        contacts:
          dayToDay:
            # expect: ATT031
            - name: Mrs Ruddick
        """);
  }

  @Test
  void acceptsAContactWithAnEmail() {
    assertFindings(rule, """
        contacts:
          dayToDay: [{name: Mrs E Faircloth, email: enquiries@school.net}]
        """);
  }
}
