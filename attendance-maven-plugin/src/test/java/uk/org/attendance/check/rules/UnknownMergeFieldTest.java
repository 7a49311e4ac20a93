package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class UnknownMergeFieldTest {
  final UnknownMergeField rule = new UnknownMergeField();

  @Test
  void flagsAFieldTheCatalogueLacks() {
    assertFindings(
        rule,
        """
        letters:
          - id: first
            title: First
            # expect: ATT064
            body: Dear {{ParentSalutation}}, {{ChildName}} has missed {{SessionsMissed}} sessions.
        """);
  }

  @Test
  void acceptsCatalogueFields() {
    assertFindings(
        rule,
        """
        letters:
          - {id: first, title: First, body: "Dear {{ParentSalutation}}, {{PupilFirstName}} is at {{AttendancePercent}}%."}
        """);
  }

  @Test
  void acceptsFactsTheSchoolGivesAndItsBands() {
    assertFindings(
        rule,
        """
        thresholds:
          bands: [{id: below-96, label: Below 96%, below: 96}]
        letters:
          - {id: first, title: First, body: "Below {{Band.below-96}}: fines are {{FirstNoticeReduced}}; report by {{ReportingDeadline}}."}
        """);
  }

  @Test
  void flagsAFactTheSchoolDoesNotGiveAndAnUnknownBand() {
    assertFindings(
        rule,
        """
        letters:
          - id: first
            title: First
            # expect: ATT064
            body: Our target is {{AttendanceTarget}}.
          - id: second
            title: Second
            # expect: ATT064
            body: You are {{Band.amber}}.
        """);
  }

  @Test
  void acceptsTheNoticeToImprovesFieldsWhenTheSchoolGivesThem() {
    assertFindings(
        rule,
        """
        penaltyNotices:
          noticeToImprove:
            minWeeks: 3
            maxWeeks: 6
            supportGiven: Two meetings.
            supportOffered: A family support worker.
            sufficientImprovement: No unauthorised absence.
            earlyIssue: Any unauthorised absence.
        letters:
          - id: nti
            title: Notice to improve
            body: >-
              {{ParentalDuty}} {{NoticeToImproveSupportGiven}} {{NoticeToImproveSupportOffered}}
              {{NoticeToImprovePeriod}} {{NoticeToImproveSufficientImprovement}} {{NoticeToImproveEarlyIssue}}
              {{UnauthorisedSessions}} {{ImprovementPeriodEnd}}
        """);
  }

  @Test
  void flagsANoticeToImprovesFieldTheSchoolDoesNotGive() {
    assertEquals(
        "the letter 'nti' uses {{NoticeToImproveSupportGiven}}, but the school's model does not give it (the"
            + " support a family has been given before a notice to improve, in the school's words)",
        RuleHarness.message(
            rule,
            """
            penaltyNotices: {noticeToImprove: {minWeeks: 4}}
            letters: [{id: nti, title: NTI, body: "{{ParentalDuty}} {{NoticeToImproveSupportGiven}}"}]
            """));
    // One end of the period is not a period.
    assertEquals(
        "the letter 'nti' uses {{NoticeToImprovePeriod}}, but the school's model does not give it (the"
            + " improvement period a notice to improve gives, e.g. 3 to 6 weeks)",
        RuleHarness.message(
            rule,
            """
            penaltyNotices: {noticeToImprove: {minWeeks: 4}}
            letters: [{id: nti, title: NTI, body: "{{NoticeToImprovePeriod}}"}]
            """));
  }

  @Test
  void suggestsTheRightName() {
    var found =
        RuleHarness.run(
            rule,
            """
        extends: base.yaml
        letters: [{id: a, title: A, body: "{{PupilFullname}}"}]
        """);
    assertEquals("did you mean 'PupilFullName'?", found.get(0).hint());
  }
}
