package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class SchoolTimeContradictedTest {
  final SchoolTimeContradicted rule = new SchoolTimeContradicted();

  @Test
  void flagsTimesInWordsThatDifferFromTheTimings() {
    assertFindings(
        rule,
        """
        prose:
          lateness: |
            # expect: ATT029
            Gates open at 8.30am each morning.
            # expect: ATT029
            The register for the first session will be taken at 9.00am.
            # expect: ATT029
            The end of the school day is 3.30pm.
          absenceProcedures: >-
            Please contact the office on the first day of absence
            # expect: ATT029
            no later than 8.30am.
        """);
  }

  @Test
  void acceptsTimesThatAgreeAndTimesOfOtherThings() {
    assertFindings(
        rule,
        """
        prose:
          lateness: |
            Gates open at 8.40am. Registers are taken at 8.50am and at 1pm.
            The school day ends at 3.20pm. Doors open at 8.45am.
            Breakfast club starts at 7.45am and the after-school club finishes at 5.30pm.
          absenceProcedures: Please phone the office before 9.00am on every day of absence.
        """);
  }

  @Test
  void namesBothPlaces() {
    assertEquals(
        "this text says gates open at 8.30am, but the policy's times say 08:40 (base.yaml line 25)",
        RuleHarness.message(rule, "prose: {lateness: Gates open at 8.30am.}\n"));
  }
}
