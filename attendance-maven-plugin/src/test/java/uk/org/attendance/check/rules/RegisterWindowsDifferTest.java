package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class RegisterWindowsDifferTest {
  final RegisterWindowsDiffer rule = new RegisterWindowsDiffer();

  @Test
  void flagsADifferentAfternoonWindow() {
    assertFindings(
        rule,
        """
        schoolDay:
          groups:
            - id: all
              name: All pupils
              morningRegister: {opens: "08:50", closes: "09:20"}
              # expect: ATT022
              afternoonRegister: {opens: "13:00", closes: "13:10"}
        """);
  }

  @Test
  void acceptsTheSameWindowEverywhere() {
    assertFindings(
        rule,
        """
        schoolDay:
          groups:
            - {id: a, name: Reception, morningRegister: {opens: "08:50", closes: "09:05"}, afternoonRegister: {opens: "13:00", closes: "13:15"}}
            - {id: b, name: Years 1 to 6, morningRegister: {opens: "08:45", closes: "09:00"}, afternoonRegister: {opens: "13:10", closes: "13:25"}}
        """);
  }
}
