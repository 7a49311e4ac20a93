package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.attendance.diagnostic.Diagnostic;

class NoFirstDayFollowUpTest {
  final NoFirstDayFollowUp rule = new NoFirstDayFollowUp();

  @Test
  void flagsAPolicyThatDoesNotSayWhatHappensAfterAnUnexplainedAbsence() {
    assertFindings(
        rule,
        """
        absenceReporting:
          # expect: ATT094
          followUp: []
        """);
  }

  @Test
  void acceptsFollowUpSteps() {
    assertFindings(
        rule,
        """
        absenceReporting:
          followUp:
            - We phone you on the first morning if we have not heard from you.
            - If we cannot reach you, we may visit.
        """);
  }

  @Test
  void acceptsTheSchoolsOwnWordsInsteadOfSteps() {
    assertFindings(
        rule,
        """
        absenceReporting:
          followUp: []
        prose:
          absenceProcedures: If your child is absent and we have not heard from you, the office will call you.
        """);
  }

  @Test
  void blankWordsSayNothing() {
    assertFindings(
        rule,
        """
        absenceReporting:
          # expect: ATT094
          followUp: [" "]
        prose:
          absenceProcedures: "  "
        """);
  }

  @Test
  void saysWhatToAddAndWhere() {
    List<Diagnostic> found =
        RuleHarness.run(
            rule,
            """
        school: {id: s, name: S, type: academy, phase: primary, localAuthority: {name: Essex}}
        policy: {title: Attendance Policy}
        schoolDay: {groups: [{id: a, name: All}]}
        absenceReporting:
          deadline: "09:00"
        """);
    assertEquals(1, found.size());
    assertEquals(4, found.get(0).at().line(), "at 'absenceReporting:', the nearest key there is");
    assertEquals(
        "the policy does not say what the school does when a pupil is absent and nobody has said why (for"
            + " example, whether and when it contacts the family on the first day)",
        found.get(0).message());
    assertEquals(
        "add 'followUp:' under 'absenceReporting:' with what the school does, one step a line (e.g. '- We phone"
            + " you on the first morning of absence if we have not heard from you.'), or describe it in 'absenceProcedures:'"
            + " under 'prose:'",
        found.get(0).hint());
  }

  @Test
  void aTrustBaseNeedNotSayItIfEachMemberDoes() {
    String trust =
        RuleHarness.BASE.replace(
            "  followUp:\n    - We phone you on the first morning of absence if we have not heard from you.\n",
            "");
    assertEquals(
        List.of("m2 trust.yaml:" + UnusableReportingChannelTest.lineOf(trust, "absenceReporting:")),
        RuleHarness.runTrust(
            rule,
            trust,
            "school: {id: m1, name: Member One}\nabsenceReporting: {followUp: [We phone you on the first morning.]}\n",
            "school: {id: m2, name: Member Two}\n"));
  }
}
