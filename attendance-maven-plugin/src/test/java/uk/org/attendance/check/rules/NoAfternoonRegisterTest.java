package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class NoAfternoonRegisterTest {
  final NoAfternoonRegister rule = new NoAfternoonRegister();

  @Test
  void flagsAGroupWithoutOne() {
    assertFindings(
        rule,
        """
        schoolDay:
          groups:
            # expect: ATT023
            - id: all
              name: All pupils
              morningRegister: {opens: "08:50", closes: "09:20"}
        """);
  }

  @Test
  void acceptsAMorningOnlyNursery() {
    assertFindings(
        rule,
        """
        schoolDay:
          groups:
            - {id: nursery, name: Nursery, stage: nursery, morningRegister: {opens: "08:50", closes: "09:20"}}
            - {id: main, name: Years 1 to 6, morningRegister: {opens: "08:50", closes: "09:20"}, afternoonRegister: {opens: "13:00", closes: "13:30"}}
        """);
  }
}
