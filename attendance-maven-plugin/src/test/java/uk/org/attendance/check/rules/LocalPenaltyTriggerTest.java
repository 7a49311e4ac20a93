package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class LocalPenaltyTriggerTest {
  final LocalPenaltyTrigger rule = new LocalPenaltyTrigger();

  @Test
  void flagsFifteenSessionsAndASecondDayOfHoliday() {
    assertFindings(rule, """
        penaltyNotices:
          threshold:
            # expect: ATT012
            sessions: 15
            schoolWeeks: 10
          localTriggers:
            # expect: ATT012
            - text: After the second day of unauthorised holiday
        escalation:
          - id: absence
            title: Absence
            stages:
              - id: holiday
                title: Holiday
                trigger:
                  text: Second day of unauthorised holiday
                  metric: unauthorised-holiday-days
                  comparator: at-least
                  # expect: ATT012
                  value: 2
                actions: [We apply to the local authority for a penalty notice.]
        """);
  }

  @Test
  void acceptsTheNationalThresholdAndAWarningLetter() {
    assertFindings(rule, """
        penaltyNotices:
          threshold: {sessions: 10, schoolWeeks: 10}
        escalation:
          - id: absence
            title: Absence
            stages:
              - id: holiday
                title: Holiday
                trigger: {text: First day of holiday, metric: unauthorised-holiday-days, comparator: at-least, value: 1}
                actions: [We send a penalty notice warning letter.]
              - id: threshold
                title: National threshold
                trigger: {text: 10 sessions, metric: unauthorised-sessions, comparator: at-least, value: 10}
                actions: [We consider a penalty notice.]
        """);
  }

  @Test
  void saysWhatTheThresholdIs() {
    assertEquals(
        "the policy's trigger is 15 sessions; the national threshold is 10 sessions of unauthorised absence in a"
            + " rolling 10 school weeks",
        RuleHarness.message(rule, """
            penaltyNotices:
              threshold: {sessions: 15}
            """));
  }
}
