package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class RegisterCloseMissingTest {
  final RegisterCloseMissing rule = new RegisterCloseMissing();

  @Test
  void flagsARegisterWithoutAClosingTime() {
    assertFindings(
        rule,
        """
        schoolDay:
          groups:
            - id: all
              name: All pupils
              morningRegister: {opens: "08:50", closes: "09:20"}
              # expect: ATT024
              afternoonRegister:
                opens: "13:00"
        """);
  }

  @Test
  void acceptsBothTimes() {
    assertFindings(
        rule,
        """
        schoolDay:
          groups:
            - {id: all, name: All, morningRegister: {opens: "08:50", closes: "09:20"}, afternoonRegister: {opens: "13:00", closes: "13:30"}}
        """);
  }
}
