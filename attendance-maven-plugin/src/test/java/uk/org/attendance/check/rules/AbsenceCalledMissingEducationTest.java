package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class AbsenceCalledMissingEducationTest {
  final AbsenceCalledMissingEducation rule = new AbsenceCalledMissingEducation();

  @Test
  void flagsAnAbsentPupilCalledMissingEducation() {
    assertFindings(
        rule,
        """
        prose:
          absenceProcedures: |
            If we cannot reach you by the tenth day of absence,
            # expect: ATT082
            your child will be treated as a child missing education.
            # expect: ATT082
            A pupil absent for 10 days is considered missing from education.
        """);
  }

  @Test
  void acceptsChildrenMissingEducationAsTheLawMeansIt() {
    assertFindings(
        rule,
        """
        prose:
          deletionFromRoll: |
            Children missing education are children of compulsory school age who are not registered at a school.
            If a pupil leaves and their destination is unknown, they may become a child missing education.
            After the tenth day of absence your child will be considered absent from education.
            If we cannot find where a pupil is after reasonable enquiries, we refer them to the CME officer.
        """);
  }
}
