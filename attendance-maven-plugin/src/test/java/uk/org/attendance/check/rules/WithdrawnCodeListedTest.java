package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class WithdrawnCodeListedTest {
  final WithdrawnCodeListed rule = new WithdrawnCodeListed();

  @Test
  void flagsHFJAndABareY() {
    assertFindings(
        rule,
        """
        codes:
          # expect: ATT002
          - {code: H, meaning: Agreed family holiday, category: authorised-absence}
          # expect: ATT002
          - {code: F, meaning: Extended family holiday, category: authorised-absence}
          # expect: ATT002
          - {code: J, meaning: Interview, category: approved-educational-activity}
          # expect: ATT002
          - {code: Y, meaning: Exceptional circumstances, category: unable-to-attend}
        """);
  }

  @Test
  void acceptsTheirReplacements() {
    assertFindings(
        rule,
        """
        codes:
          - {code: C, meaning: Exceptional circumstances, category: authorised-absence}
          - {code: J1, meaning: Interview, category: authorised-absence}
          - {code: Y1, meaning: Transport not available, category: unable-to-attend}
        """);
  }

  @Test
  void saysWhatReplacedIt() {
    assertEquals(
        "'H' (agreed family holiday) is no longer a valid code",
        RuleHarness.message(
            rule,
            """
        codes: [{code: H, meaning: Agreed holiday, category: authorised-absence}]
        """));
  }
}
