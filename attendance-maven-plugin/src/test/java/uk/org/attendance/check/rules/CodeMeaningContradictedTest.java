package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class CodeMeaningContradictedTest {
  final CodeMeaningContradicted rule = new CodeMeaningContradicted();

  @Test
  void flagsAvoidableForY7AndAgreedHolidayForG() {
    assertFindings(
        rule,
        """
        codes:
          # expect: ATT004
          - {code: Y7, meaning: unable to attend due to other avoidable cause, category: unable-to-attend}
          # expect: ATT004
          - {code: G, meaning: Agreed holiday, category: unauthorised-absence}
        """);
  }

  @Test
  void acceptsTheNationalMeanings() {
    assertFindings(
        rule,
        """
        codes:
          - {code: Y7, meaning: Any other unavoidable cause, category: unable-to-attend}
          - {code: G, meaning: Holiday not agreed, category: unauthorised-absence}
        """);
  }
}
