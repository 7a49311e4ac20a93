package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class RegisterWindowTooLongTest {
  final RegisterWindowTooLong rule = new RegisterWindowTooLong();

  @Test
  void flagsAWindowOverThirtyMinutesAndOneThatClosesBeforeItOpens() {
    assertFindings(
        rule,
        """
        schoolDay:
          groups:
            - id: all
              name: All pupils
              morningRegister:
                opens: "08:40"
                # expect: ATT021
                closes: "09:15"
              afternoonRegister:
                opens: "13:00"
                # expect: ATT021
                closes: "12:50"
              endOfDay: "15:20"
        """);
  }

  @Test
  void acceptsThirtyMinutes() {
    assertFindings(
        rule,
        """
        schoolDay:
          groups:
            - id: all
              name: All pupils
              morningRegister: {opens: 8.50am, closes: 9.20am}
              afternoonRegister: {opens: 1pm, closes: 1.30pm}
              endOfDay: 3.20pm
        """);
  }

  @Test
  void saysHowLong() {
    assertEquals(
        "the morning register stays open 35 minutes; it may stay open at most 30",
        RuleHarness.message(
            rule,
            """
        schoolDay:
          groups:
            - {id: all-pupils, name: All, morningRegister: {opens: "08:40", closes: "09:15"}}
        """));
  }
}
