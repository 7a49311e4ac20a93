package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class RevokedLawCitedTest {
  final RevokedLawCited rule = new RevokedLawCited();

  @Test
  void flagsRevokedLawAndRenamedBodiesStatedAsCurrent() {
    assertFindings(
        rule,
        """
        prose:
          deletionFromRoll: |
            # expect: ATT080
            Under the Education (Pupil Registration) (England) Regulations 2006, we tell the local authority of every new pupil.
            # expect: ATT080
            The Local Education Authority may then visit the family.
            # expect: ATT080
            Some illnesses must be reported to the Health Protection Agency.
          barriers: >-
            During the first five days of a
            # expect: ATT080
            fixed-term exclusion the pupil must not be in a public place.
        """);
  }

  @Test
  void acceptsCurrentLawAndHistory() {
    assertFindings(
        rule,
        """
        prose:
          deletionFromRoll: |
            The School Attendance (Pupil Registration) (England) Regulations 2024 replaced the 2006 Regulations.
            The Education (Pupil Registration) (England) Regulations 2006 were revoked on 19 August 2024.
            We tell the local authority within five days; some illnesses are reported to the UK Health Security Agency.
            During the first five days of a suspension the pupil must not be in a public place.
            Fixed-term exclusions are now called suspensions.
        """);
  }

  @Test
  void theOldWordForASuspensionIsAWarning() {
    var found =
        RuleHarness.run(
            rule,
            "extends: base.yaml\nprose: {barriers: A fixed period exclusion lasts up to 45 days.}\n");
    assertEquals(1, found.size());
    assertEquals(uk.org.attendance.diagnostic.Severity.WARNING, found.get(0).severity());
  }
}
