package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class NoLeaveProcedureTest {
  final NoLeaveProcedure rule = new NoLeaveProcedure();

  @Test
  void flagsALeaveSectionThatDoesNotSayHow() {
    String file =
        """
        school: {id: s, name: S, type: academy, phase: primary, localAuthority: {name: Essex}}
        policy: {title: Attendance Policy}
        schoolDay: {groups: [{id: a, name: All}]}
        leave:
          decidedBy: Headteacher
        """;
    assertEquals(1, RuleHarness.run(rule, file).size());
    assertEquals(4, RuleHarness.run(rule, file).get(0).at().line());
  }

  @Test
  void acceptsAProcedure() {
    assertFindings(
        rule,
        """
        leave:
          howToRequest: Fill in the form on our website at least two weeks ahead.
        """);
  }
}
