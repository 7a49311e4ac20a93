package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class NoReviewDateTest {
  final NoReviewDate rule = new NoReviewDate();

  @Test
  void warnsWhenThereIsNone() {
    String file =
        """
        school: {id: s, name: S, type: academy, phase: primary, localAuthority: {name: Essex}}
        policy:
          title: Attendance Policy
        schoolDay: {groups: [{id: a, name: All}]}
        """;
    assertEquals(2, RuleHarness.run(rule, file).get(0).at().line());
  }

  @Test
  void acceptsAReviewDate() {
    assertFindings(
        rule,
        """
        policy:
          reviewDue: Autumn 2026
        """);
  }
}
