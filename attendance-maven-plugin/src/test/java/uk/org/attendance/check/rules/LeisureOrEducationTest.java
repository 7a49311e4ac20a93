package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class LeisureOrEducationTest {
  final LeisureOrEducation rule = new LeisureOrEducation();

  @Test
  void flagsLeisureOrEducation() {
    assertFindings(
        rule,
        """
        leave:
          statements:
            # expect: ATT041
            - The DfE does not consider a holiday or other absence for the purpose of leisure or education to be exceptional.
        """);
  }

  @Test
  void acceptsLeisureAndRecreation() {
    assertFindings(
        rule,
        """
        leave:
          statements:
            - Absence for leisure and recreation is not an exceptional circumstance.
        """);
  }
}
