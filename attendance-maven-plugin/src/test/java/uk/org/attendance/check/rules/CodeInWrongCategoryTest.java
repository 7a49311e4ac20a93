package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class CodeInWrongCategoryTest {
  final CodeInWrongCategory rule = new CodeInWrongCategory();

  @Test
  void flagsUncountedCodesListedAsAuthorisedAndAdministrativeCodesAsUnauthorised() {
    assertFindings(
        rule,
        """
        codes:
          # expect: ATT003
          - {code: D, meaning: Dual registered, category: authorised-absence}
          # expect: ATT003
          - {code: Q, meaning: No access arrangements, category: authorised-absence}
          # expect: ATT003
          - {code: X, meaning: Not required to attend, category: authorised-absence}
          # expect: ATT003
          - {code: Y5, meaning: Detention, category: authorised-absence}
          # expect: ATT003
          - {code: Z, meaning: Not yet on roll, category: unauthorised-absence}
          # expect: ATT003
          - {code: "#", meaning: Planned closure, category: unauthorised-absence}
          # expect: ATT003
          - {code: J1, meaning: Interview, category: approved-educational-activity}
        """);
  }

  @Test
  void acceptsTheNationalHeadings() {
    assertFindings(
        rule,
        """
        codes:
          - {code: B, meaning: Approved activity, category: present}
          - {code: K, meaning: LA provision, category: approved-educational-activity}
          - {code: D, meaning: Dual registered, category: not-counted}
          - {code: Y7, meaning: Unavoidable cause, category: unable-to-attend}
          - {code: Y7, meaning: Unavoidable cause, category: not-counted}
          - {code: E, meaning: Suspended, category: authorised-absence}
          - {code: N, meaning: Not yet known, category: unauthorised-absence}
          - {code: "#", meaning: Planned closure, category: administrative}
        """);
  }

  @Test
  void saysHowTheCodeCounts() {
    assertEquals(
        "'Y7' is listed as 'authorised-absence', but nationally it is not counted as a possible session"
            + " (Absent: unable to attend because of an unavoidable cause)",
        RuleHarness.message(
            rule,
            """
            codes: [{code: Y7, meaning: Unavoidable, category: authorised-absence}]
            """));
  }
}
