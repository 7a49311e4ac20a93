package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;
import uk.org.attendance.diagnostic.Severity;

class NoAttendanceGovernorTest {
  final NoAttendanceGovernor rule = new NoAttendanceGovernor();

  @Test
  void warnsWhenNoneIsNamed() {
    String file =
        """
        school: {id: s, name: S, type: academy, phase: primary, localAuthority: {name: Essex}}
        policy: {title: Attendance Policy}
        contacts: {dayToDay: [{name: A, email: a@b.sch.uk}]}
        schoolDay: {groups: [{id: a, name: All}]}
        """;
    assertEquals(1, RuleHarness.run(rule, file).size());
    assertEquals(Severity.WARNING, RuleHarness.run(rule, file).get(0).severity());
  }

  @Test
  void acceptsANamedGovernor() {
    assertFindings(
        rule,
        """
        contacts:
          attendanceGovernor: {name: Mr M Cowdell}
        """);
  }
}
