package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class NoSeniorAttendanceChampionTest {
  final NoSeniorAttendanceChampion rule = new NoSeniorAttendanceChampion();

  @Test
  void leavesAChampionWithoutContactDetailsToUnreachableContact() {
    // Named is what this rule asks; whether parents can reach them (perhaps through the office) is
    // ATT091.
    String file =
        """
        school: {id: s, name: S, type: academy, phase: primary, localAuthority: {name: Essex}}
        policy: {title: Attendance Policy}
        schoolDay: {groups: [{id: a, name: All}]}
        contacts:
          seniorAttendanceChampion:
            name: Mrs A Head
        """;
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), RuleHarness.run(rule, file));
  }

  @Test
  void acceptsANamedChampionWithAPhone() {
    assertFindings(
        rule,
        """
        contacts:
          seniorAttendanceChampion: {name: Mrs A Head, phone: 01234 567890}
        """);
  }

  @Test
  void flagsNoChampionAtAll() {
    // The base names one, so test on a school without a base.
    String file =
        """
        school: {id: s, name: S, type: academy, phase: primary, localAuthority: {name: Essex}}
        policy: {title: Attendance Policy}
        schoolDay: {groups: [{id: a, name: All}]}
        """;
    org.junit.jupiter.api.Assertions.assertEquals(1, RuleHarness.run(rule, file).size());
    org.junit.jupiter.api.Assertions.assertEquals(
        "the policy does not name the senior attendance champion (the senior leader responsible for attendance)",
        RuleHarness.run(rule, file).get(0).message());
  }
}
