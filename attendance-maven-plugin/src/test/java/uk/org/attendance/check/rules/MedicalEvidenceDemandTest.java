package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;
import uk.org.attendance.diagnostic.Severity;

class MedicalEvidenceDemandTest {
  final MedicalEvidenceDemand rule = new MedicalEvidenceDemand();

  @Test
  void flagsBlanketDemandsInDataAndInText() {
    assertFindings(
        rule,
        """
        illness:
          # expect: ATT042
          medicalEvidence: always
        prose:
          # expect: ATT042
          absenceProcedures: Absence may be authorised where the school is satisfied the child is too ill to attend (with medical evidence to support the absence).
        letters:
          - id: follow-up
            title: Follow-up
            # expect: ATT042
            body: We will be sending a letter requiring medical evidence for all illness related absences.
        """);
  }

  @Test
  void acceptsEvidenceOnlyWhenInDoubt() {
    assertFindings(
        rule,
        """
        illness:
          medicalEvidence: when-in-doubt
          note: We ask for medical evidence only where we have genuine doubt.
        """);
  }

  @Test
  void warnsOnRepeatedIllness() {
    var found =
        RuleHarness.run(rule, "extends: base.yaml\nillness: {medicalEvidence: repeated-illness}\n");
    assertEquals(1, found.size());
    assertEquals(Severity.WARNING, found.get(0).severity());
  }

  @Test
  void flagsBlanketDemandsAndWarnsOnRepeatedIllnessInWords() {
    assertFindings(
        rule,
        """
        prose:
          absenceProcedures: |
            # expect: ATT042
            Illness is authorised only with a doctor's note.
            # expect: ATT042
            Where the school is satisfied that the child is too ill to attend (with medical evidence to support the absence).
            # expect: ATT042
            When periods of illness are regular or repeated, the school will request medical evidence.
        """);
  }

  @Test
  void acceptsEvidenceAskedForOnlyWhereThereIsDoubt() {
    assertFindings(
        rule,
        """
        prose:
          absenceProcedures: |
            Only where the school has genuine and reasonable doubt about the authenticity of the illness should medical evidence be requested.
            You may be asked to provide medical evidence before an illness absence is authorised, if there is doubt.
            Please provide an appointment card for medical appointments.
        """);
  }
}
