package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class LocalPenaltyTriggerTest {
  final LocalPenaltyTrigger rule = new LocalPenaltyTrigger();

  @Test
  void flagsFifteenSessionsAndASecondDayOfHoliday() {
    assertFindings(
        rule,
        """
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
    assertFindings(
        rule,
        """
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
        RuleHarness.message(
            rule,
            """
            penaltyNotices:
              threshold: {sessions: 15}
            """));
  }

  @Test
  void flagsTriggersStatedInWords() {
    assertFindings(
        rule,
        """
        prose:
          localAuthoritySupport: |
            # expect: ATT012
            When 12 sessions of unauthorised absence are reached, the school will request a penalty notice.
            # expect: ATT012
            After the third day of unauthorised holiday we will apply to the council for a fine.
            # expect: ATT012
            Every unauthorised holiday will lead to a penalty notice.
            # expect: ATT012
            Unauthorised absences are cumulative over the whole time at the school and may lead to a fine.
        """);
  }

  @Test
  void acceptsTheNationalThresholdAndItsExamples() {
    assertFindings(
        rule,
        """
        prose:
          localAuthoritySupport: |
            A penalty notice may be requested when a pupil has 10 sessions (usually equivalent to 5 school days) of unauthorised absence within a rolling 10 school week period.
            This can be met with any combination (e.g. 4 sessions of holiday taken in term time plus 6 sessions of arriving late).
            For example: a 5 day holiday would meet the national threshold.
            Any unauthorised holidays will lead to a Fixed Penalty Notice Warning letter.
            We submit a sickness return for pupils likely to miss 15 school days, consecutive or cumulative.
        """);
  }
}
