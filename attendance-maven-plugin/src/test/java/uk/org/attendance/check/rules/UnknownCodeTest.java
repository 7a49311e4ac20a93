package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class UnknownCodeTest {
  final UnknownCode rule = new UnknownCode();

  @Test
  void flagsACodeThatIsNotNational() {
    assertFindings(
        rule,
        """
        codes:
          - {code: L, meaning: Late before the register closed, category: present}
          # expect: ATT001
          - {code: Q1, meaning: Something local, category: authorised-absence}
        """);
  }

  @Test
  void acceptsEveryNationalCodeAndLeavesWithdrawnOnesToATT002() {
    assertFindings(
        rule,
        """
        codes:
          - {code: "/", meaning: Present am, category: present}
          - {code: "#", meaning: Planned closure, category: administrative}
          - {code: y7, meaning: Any other unavoidable cause, category: unable-to-attend}
          - {code: H, meaning: Agreed holiday, category: authorised-absence}
        """);
  }

  @Test
  void saysWhatIsWrong() {
    assertEquals(
        "'Q1' is not a national attendance code",
        RuleHarness.message(
            rule,
            """
        codes: [{code: Q1, meaning: x, category: present}]
        """));
  }
}
