package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;
import uk.org.attendance.diagnostic.Severity;

class AbsenceDefinitionMismatchTest {
  final AbsenceDefinitionMismatch rule = new AbsenceDefinitionMismatch();

  @Test
  void flagsOtherDefinitions() {
    assertFindings(
        rule,
        """
        thresholds:
          # expect: ATT070
          persistentAbsence: 15
          # expect: ATT070
          severeAbsence: 40
        """);
  }

  @Test
  void acceptsTheNationalDefinitions() {
    assertFindings(
        rule,
        """
        thresholds:
          persistentAbsence: 10
          severeAbsence: 50
        prose:
          absenceData: Pupils with attendance of 90% or below are persistently absent.
        """);
  }

  @Test
  void warnsOnBelowNinety() {
    var found =
        RuleHarness.run(
            rule,
            """
        extends: base.yaml
        prose:
          absenceData: Persistent absentees (below 90%) get a letter.
        """);
    assertEquals(1, found.size());
    assertEquals(Severity.WARNING, found.get(0).severity());
  }
}
