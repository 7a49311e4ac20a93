package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class NoSchoolDayTimesTest {
  final NoSchoolDayTimes rule = new NoSchoolDayTimes();

  @Test
  void flagsAMissingEndOfDay() {
    assertFindings(
        rule,
        """
        schoolDay:
          groups:
            # expect: ATT033
            - id: all
              name: All pupils
              morningRegister: {opens: "08:50", closes: "09:00"}
        """);
  }

  @Test
  void acceptsAStartAndAnEnd() {
    assertFindings(
        rule,
        """
        schoolDay:
          groups:
            - {id: all, name: All, gatesOpen: "08:40", endOfDay: "15:20"}
        """);
  }
}
