package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class LeaveOutsideRegulation11Test {
  final LeaveOutsideRegulation11 rule = new LeaveOutsideRegulation11();

  @Test
  void flagsHolidayAndReligiousObservanceAsLeave() {
    assertFindings(
        rule,
        """
        leave:
          grantedFor:
            - C
            # expect: ATT040
            - H
            # expect: ATT040
            - R
        """);
  }

  @Test
  void acceptsTheRegulationGrounds() {
    assertFindings(
        rule,
        """
        leave:
          grantedFor: [C, C1, C2, J1, M, S]
        """);
  }

  @Test
  void explainsWhyRIsNotLeave() {
    var found = RuleHarness.run(rule, "extends: base.yaml\nleave: {grantedFor: [R]}\n");
    assertEquals(
        "'R' is absent: other authorised reasons, not leave: remove it from 'grantedFor'",
        found.get(0).hint());
  }
}
