package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.attendance.diagnostic.Diagnostic;

class NoLegalInterventionRouteTest {
  final NoLegalInterventionRoute rule = new NoLegalInterventionRoute();

  @Test
  void flagsEscalationWithNoLegalInterventionStage() {
    assertFindings(
        rule,
        """
        # expect: ATT097
        escalation:
          - id: absence
            title: Absence
            stages:
              - {id: one, title: Concern, trigger: {text: Attendance below 96%}, actions: [We write to you.]}
              - id: two
                title: Meeting
                trigger: {text: No improvement}
                actions: [We meet you.]
                legalIntervention: false
        """);
  }

  @Test
  void acceptsAMarkedStageInAnyFlowchart() {
    assertFindings(
        rule,
        """
        escalation:
          - id: lateness
            title: Lateness
            stages:
              - {id: one, title: Concern, trigger: {text: Late five times}, actions: [We write to you.]}
          - id: absence
            title: Absence
            stages:
              - id: referral
                title: Referral
                trigger: {text: No improvement after a notice to improve}
                actions: [We ask the local authority to issue a penalty notice or consider prosecution.]
                legalIntervention: true
        """);
  }

  @Test
  void flagsAMarkedStageThatDoesNotSayWhen() {
    List<Diagnostic> found =
        RuleHarness.run(
            rule,
            """
        extends: base.yaml
        escalation:
          - id: absence
            title: Absence
            stages:
              - id: referral
                title: Referral to the local authority
                trigger:
                  text: " "
                actions: [We ask the local authority to consider legal action.]
                legalIntervention: true
        """);
    assertEquals(1, found.size());
    assertEquals(9, found.get(0).at().line());
    assertEquals(
        "the stage 'Referral to the local authority' refers families to the local authority for legal"
            + " intervention, but does not say when",
        found.get(0).message());
    assertEquals(
        "say when in 'text:' under this stage's 'trigger:', e.g. what attendance or how many sessions of"
            + " unauthorised absence lead to the referral",
        found.get(0).hint());
  }

  @Test
  void saysWhatToMarkWhenThereAreStagesAndWhatToAddWhenThereAreNone() {
    List<Diagnostic> some =
        RuleHarness.run(
            rule,
            """
        extends: base.yaml
        escalation:
          - {id: a, title: A, stages: [{id: one, title: One, trigger: {text: Below 96%}, actions: [We write.]}]}
        """);
    assertEquals(
        "the policy does not say when and how a family is referred to the local authority for formal legal"
            + " intervention",
        some.get(0).message());
    assertEquals(
        "mark the stage under 'escalation:' at which the school refers the family to the local authority with"
            + " 'legalIntervention: true' (add that stage if there is none): its trigger says when, its actions say how",
        some.get(0).hint());
    List<Diagnostic> none =
        RuleHarness.run(
            rule,
            """
        school: {id: s, name: S, type: academy, phase: primary, localAuthority: {name: Essex}}
        policy: {title: Attendance Policy}
        schoolDay: {groups: [{id: a, name: All}]}
        """);
    assertEquals(1, none.get(0).at().line());
    assertEquals(
        "add 'escalation:' with the school's stages of support, and mark the stage at which it refers the"
            + " family to the local authority with 'legalIntervention: true'",
        none.get(0).hint());
  }
}
