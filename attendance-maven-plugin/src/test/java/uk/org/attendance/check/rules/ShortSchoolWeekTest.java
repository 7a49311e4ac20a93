package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class ShortSchoolWeekTest {
  final ShortSchoolWeek rule = new ShortSchoolWeek();

  @Test
  void warnsOnShortWeeksForSchoolAndReceptionGroupsNotNursery() {
    assertFindings(
        rule,
        """
        schoolDay:
          groups:
            - id: nursery
              name: Nursery
              stage: nursery
              morningRegister: {opens: "08:50", closes: "09:20"}
              endOfDay: "11:50"
            - id: reception
              name: Reception
              stage: reception
              morningRegister: {opens: "08:50", closes: "09:15"}
              # expect: ATT026
              endOfDay: "15:05"
            - id: main
              name: Years 1 to 6
              stage: compulsory
              morningRegister: {opens: "08:50", closes: "09:20"}
              # expect: ATT026
              endOfDay: "15:15"
        """);
  }

  @Test
  void acceptsThirtyTwoAndAHalfHours() {
    assertFindings(
        rule,
        """
        schoolDay:
          groups:
            - {id: main, name: All, morningRegister: {opens: "08:45", closes: "09:15"}, endOfDay: "15:15"}
        """);
  }

  @Test
  void saysThatReceptionIsUnconfirmed() {
    assertEquals(
        "Reception has a 31.25-hour week; schools are expected to offer at least 32.5 hours"
            + " (whether the expectation covers Reception is unconfirmed)",
        RuleHarness.message(
            rule,
            """
            schoolDay:
              groups:
                - {id: r, name: Reception, stage: reception, morningRegister: {opens: "08:50"}, endOfDay: "15:05"}
            """));
  }
}
