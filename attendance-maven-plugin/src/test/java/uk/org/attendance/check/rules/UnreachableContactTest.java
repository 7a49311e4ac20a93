package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.attendance.diagnostic.Diagnostic;

class UnreachableContactTest {
  final UnreachableContact rule = new UnreachableContact();

  /** A school with no phone number of its own and a champion with no email or phone. */
  static final String NO_OFFICE_PHONE =
      """
      school: {id: s, name: S, type: academy, phase: primary, localAuthority: {name: Essex}}
      policy: {title: Attendance Policy}
      schoolDay: {groups: [{id: a, name: All}]}
      contacts:
        seniorAttendanceChampion:
          name: Mrs A Head
          role: Deputy Headteacher
      """;

  @Test
  void flagsContactsWithNoEmailOrPhoneWhenTheSchoolGivesNoNumber() {
    assertFindings(
        rule,
        """
        contacts:
          dayToDay:
            # expect: ATT091
            - name: Mrs Ruddick
            - {name: Mr B Office, email: office@base.sch.uk}
          individualSupport:
            - {name: Ms C Support, phone: 01234 567890}
            # expect: ATT091
            - {name: Mr E Pastoral, role: Pastoral Lead}
        """);
  }

  @Test
  void flagsAChampionWithNoEmailOrPhone() {
    List<Diagnostic> found = RuleHarness.run(rule, NO_OFFICE_PHONE);
    assertEquals(1, found.size());
    assertEquals(5, found.get(0).at().line());
    assertEquals(
        "parents have no way to reach Mrs A Head, the senior attendance champion: the policy gives no email or"
            + " phone for them, and no school phone number to reach them through the office",
        found.get(0).message());
    assertEquals(
        "add their 'email:' or 'phone:' under 'contacts.seniorAttendanceChampion', or the office number as"
            + " 'phone:' under 'school:'",
        found.get(0).hint());
  }

  @Test
  void theSchoolsPhoneNumberReachesEveryoneThroughTheOffice() {
    assertEquals(
        List.of(),
        RuleHarness.run(
            rule, NO_OFFICE_PHONE.replace("name: S,", "name: S, phone: 01234 567890,")));
    assertFindings(
        rule,
        """
        school: {phone: 01234 567890}
        contacts:
          dayToDay: [{name: Mrs Ruddick}]
          individualSupport: [{name: Mr E Pastoral}]
        """);
  }

  @Test
  void anEmailOrAPhoneIsEnough() {
    assertFindings(
        rule,
        """
        contacts:
          dayToDay: [{name: Mrs Ruddick, email: office@base.sch.uk}]
          individualSupport: [{name: Mr E Pastoral, phone: 01234 567899}]
        """);
  }

  @Test
  void namesTheContactsRoleForEachList() {
    List<Diagnostic> found =
        RuleHarness.run(
            rule,
            """
        extends: base.yaml
        contacts:
          dayToDay: [{name: Mrs Ruddick}]
          individualSupport: [{name: Mr E Pastoral}]
        """);
    assertEquals(
        List.of(
            "parents have no way to reach Mrs Ruddick, the day-to-day attendance contact: the policy gives no email or"
                + " phone for them, and no school phone number to reach them through the office",
            "parents have no way to reach Mr E Pastoral, the contact for more detailed support: the policy gives no email"
                + " or phone for them, and no school phone number to reach them through the office"),
        found.stream().map(Diagnostic::message).toList());
    assertEquals(
        "add their 'email:' or 'phone:' under 'contacts.individualSupport', or the office number as 'phone:'"
            + " under 'school:'",
        found.get(1).hint());
  }

  @Test
  void aTrustsContactIsReachableThroughEachMembersOwnOffice() {
    String trust =
        RuleHarness.BASE.replace(
            "- {name: Mr B Office, role: School Office, email: office@base.sch.uk}",
            "- {name: Mr B Office, role: School Office}");
    assertEquals(
        List.of(
            "m2 trust.yaml:" + UnusableReportingChannelTest.lineOf(trust, "- {name: Mr B Office")),
        RuleHarness.runTrust(
            rule,
            trust,
            "school: {id: m1, name: Member One, phone: 01234 567890}\n",
            "school: {id: m2, name: Member Two}\n"));
  }
}
