package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.attendance.diagnostic.Diagnostic;

class NoticeToImproveIncompleteTest {
  final NoticeToImproveIncomplete rule = new NoticeToImproveIncomplete();

  /** A notice to improve with everything R-PN-10 asks for, in the model and in the letter. */
  static final String COMPLETE =
      """
      penaltyNotices:
        noticeToImprove:
          used: true
          minWeeks: 3
          maxWeeks: 6
          supportGiven: We have met you twice and offered a place at breakfast club.
          supportOffered: A meeting with our family support worker.
          sufficientImprovement: No unauthorised absence during the improvement period.
          earlyIssue: If there is any unauthorised absence during the period.
          letter: nti
      letters:
        - id: nti
          title: Notice to improve
          kind: notice-to-improve
          signedBy: headteacher
          body: |
            Dear {{ParentSalutation}},

            {{PupilFirstName}} has missed {{UnauthorisedSessions}} sessions without authorisation.

            {{ParentalDuty}}

            The support so far: {{NoticeToImproveSupportGiven}} We now offer: {{NoticeToImproveSupportOffered}}

            The improvement period is {{NoticeToImprovePeriod}}. Sufficient improvement means:
            {{NoticeToImproveSufficientImprovement}} A notice may come sooner: {{NoticeToImproveEarlyIssue}}

            If attendance does not improve enough, a penalty notice may be issued.
      """;

  static List<String> messages(String yaml) {
    return RuleHarness.run(new NoticeToImproveIncomplete(), "extends: base.yaml\n" + yaml).stream()
        .map(Diagnostic::message)
        .toList();
  }

  @Test
  void acceptsANoticeToImproveWithEveryElement() {
    assertFindings(rule, COMPLETE);
  }

  @Test
  void saysNothingWhenTheSchoolDoesNotUseNoticesToImprove() {
    assertFindings(rule, "penaltyNotices: {noticeToImprove: {used: false}}\n");
    assertFindings(rule, "penaltyNotices: {noticeToImprove: {minWeeks: 3}}\n");
  }

  @Test
  void reportsEachMissingElementOfTheModelSeparately() {
    List<Diagnostic> found =
        RuleHarness.run(
            rule,
            """
        extends: base.yaml
        penaltyNotices:
          noticeToImprove:
            used: true
        """);
    String says = "the school uses notices to improve, but the policy does not say ";
    assertEquals(
        List.of(
            says + "what support the family will already have been given",
            says + "what further support a notice to improve offers",
            says + "what counts as sufficient improvement during the improvement period",
            says + "when a penalty notice may be issued before the improvement period ends",
            says + "how long the improvement period is",
            says + "which letter is the notice"),
        found.stream().map(Diagnostic::message).toList());
    assertEquals(
        List.of(
            "add 'supportGiven:' under 'penaltyNotices.noticeToImprove', in the school's words",
            "add 'supportOffered:' under 'penaltyNotices.noticeToImprove', in the school's words",
            "add 'sufficientImprovement:' under 'penaltyNotices.noticeToImprove', in the school's words",
            "add 'earlyIssue:' under 'penaltyNotices.noticeToImprove', in the school's words",
            "add 'minWeeks:' and 'maxWeeks:' under 'penaltyNotices.noticeToImprove' (between 3 and 6 weeks; the same"
                + " number twice for a fixed period)",
            "add 'letter:' under 'penaltyNotices.noticeToImprove' with the id of the notice-to-improve letter under 'letters:'"),
        found.stream().map(Diagnostic::hint).toList());
    // A missing value is reported at its nearest parent: the 'noticeToImprove:' key.
    assertEquals(List.of(3), found.stream().map(d -> d.at().line()).distinct().toList());
  }

  @Test
  void aBlankValueIsFlaggedWhereItIsWritten() {
    assertFindings(
        rule,
        COMPLETE
            .replace(
                "supportGiven: We have met you twice and offered a place at breakfast club.",
                "# expect: ATT093\n    supportGiven: \" \"")
            .replace(
                "earlyIssue: If there is any unauthorised absence during the period.",
                "# expect: ATT093\n    earlyIssue: \"\\t\""));
  }

  @Test
  void reportsAPeriodWithOneEndOrItsEndsTheWrongWayRound() {
    assertEquals(
        List.of(
            "the school uses notices to improve, but the policy gives only the shortest improvement period,"
                + " not the longest"),
        messages(COMPLETE.replace("    maxWeeks: 6\n", "")));
    assertEquals(
        List.of(
            "the school uses notices to improve, but the policy gives only the longest improvement period,"
                + " not the shortest"),
        messages(COMPLETE.replace("    minWeeks: 3\n", "")));
    assertFindings(
        rule, COMPLETE.replace("    minWeeks: 3\n", "    # expect: ATT093\n    minWeeks: 7\n"));
    assertEquals(
        List.of("the shortest improvement period (6 weeks) is longer than the longest (4 weeks)"),
        messages(
            COMPLETE.replace("minWeeks: 3", "minWeeks: 6").replace("maxWeeks: 6", "maxWeeks: 4")));
  }

  @Test
  void leavesALengthOutsideThreeToSixWeeksToAtt016() {
    assertFindings(
        rule, COMPLETE.replace("minWeeks: 3", "minWeeks: 2").replace("maxWeeks: 6", "maxWeeks: 8"));
  }

  @Test
  void flagsALetterTheSchoolDoesNotDefine() {
    List<Diagnostic> found =
        RuleHarness.run(
            rule, "extends: base.yaml\n" + COMPLETE.replace("letter: nti", "letter: ntl"));
    assertEquals(1, found.size());
    assertEquals(
        "the notice to improve is the letter 'ntl', which 'letters:' does not define",
        found.get(0).message());
    assertEquals("did you mean 'nti'?", found.get(0).hint());
    assertEquals(11, found.get(0).at().line());
  }

  @Test
  void suggestsTheSchoolsOneNoticeToImproveLetter() {
    List<Diagnostic> found =
        RuleHarness.run(rule, "extends: base.yaml\n" + COMPLETE.replace("    letter: nti\n", ""));
    assertEquals(1, found.size());
    assertEquals("add 'letter: nti' under 'penaltyNotices.noticeToImprove'", found.get(0).hint());
  }

  @Test
  void suggestsALetterNamedForTheNoticeWhenNoneIsOfItsKind() {
    String noKind =
        COMPLETE.replace("    letter: nti\n", "").replace("    kind: notice-to-improve\n", "");
    assertEquals(
        "add 'letter: nti' under 'penaltyNotices.noticeToImprove'",
        RuleHarness.run(rule, "extends: base.yaml\n" + noKind).get(0).hint());
    assertEquals(
        "add 'letter:' under 'penaltyNotices.noticeToImprove' with the id of the notice-to-improve letter under"
            + " 'letters:'",
        RuleHarness.run(
                rule,
                "extends: base.yaml\n"
                    + noKind.replace("title: Notice to improve", "title: Final warning"))
            .get(0)
            .hint());
  }

  @Test
  void reportsEachElementTheLetterLeavesOut() {
    List<Diagnostic> found =
        RuleHarness.run(
            rule,
            "extends: base.yaml\n"
                + COMPLETE.substring(0, COMPLETE.indexOf("    body: |"))
                + "    body: Dear {{ParentSalutation}}, please come in.\n");
    String nti = "the notice to improve 'nti' ";
    assertEquals(
        List.of(
            nti + "does not set out the pupil's attendance record",
            nti + "does not set out the parent's legal duty to make sure their child attends",
            nti + "does not set out the support given so far",
            nti + "does not set out the further support on offer",
            nti + "does not set out the improvement period",
            nti + "does not set out what counts as sufficient improvement",
            nti + "does not set out when a penalty notice may be issued before the period ends",
            nti + "does not warn clearly that a penalty notice may follow"),
        found.stream().map(Diagnostic::message).toList());
    assertEquals(
        List.of(
            "add {{AttendancePercent}}, {{SessionsMissed}} or {{UnauthorisedSessions}} to the letter's 'body:'",
            "add {{ParentalDuty}} to the letter's 'body:': it prints the duty in the words of the law",
            "add {{NoticeToImproveSupportGiven}} to the letter's 'body:': it prints 'supportGiven' under"
                + " 'penaltyNotices.noticeToImprove'",
            "add {{NoticeToImproveSupportOffered}} to the letter's 'body:': it prints 'supportOffered' under"
                + " 'penaltyNotices.noticeToImprove'",
            "add {{NoticeToImprovePeriod}} (the period, from 'minWeeks' and 'maxWeeks' under 'penaltyNotices.noticeToImprove')"
                + " or {{ImprovementPeriodEnd}} (the date it ends) to the letter's 'body:'",
            "add {{NoticeToImproveSufficientImprovement}} to the letter's 'body:': it prints 'sufficientImprovement' under"
                + " 'penaltyNotices.noticeToImprove'",
            "add {{NoticeToImproveEarlyIssue}} to the letter's 'body:': it prints 'earlyIssue' under"
                + " 'penaltyNotices.noticeToImprove'",
            "say in the letter's 'body:' that a penalty notice may be issued if attendance does not improve enough"),
        found.stream().map(Diagnostic::hint).toList());
    // Each at the letter's body.
    assertEquals(List.of(17), found.stream().map(d -> d.at().line()).distinct().toList());
  }

  @Test
  void acceptsAnyOneWayOfGivingTheRecordAndThePeriod() {
    assertFindings(rule, COMPLETE.replace("{{UnauthorisedSessions}}", "{{SessionsMissed}}"));
    assertFindings(
        rule,
        COMPLETE.replace(
            "has missed {{UnauthorisedSessions}} sessions", "attends {{AttendancePercent}}%"));
    assertFindings(
        rule, COMPLETE.replace("is {{NoticeToImprovePeriod}}", "ends on {{ImprovementPeriodEnd}}"));
    assertEquals(
        List.of("the notice to improve 'nti' does not set out the pupil's attendance record"),
        messages(
            COMPLETE.replace(
                "has missed {{UnauthorisedSessions}} sessions", "has missed sessions")));
  }

  @Test
  void theWarningMustBeTheLettersOwnWords() {
    assertFindings(
        rule,
        COMPLETE.replace("a penalty notice may be issued", "Penalty\n      Notices may follow"));
    assertEquals(
        List.of(
            "the notice to improve 'nti' does not warn clearly that a penalty notice may follow"),
        messages(COMPLETE.replace("a penalty notice may be issued", "we may take further action")));
  }
}
