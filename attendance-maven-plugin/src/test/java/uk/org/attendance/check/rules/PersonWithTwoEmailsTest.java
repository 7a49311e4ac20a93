package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class PersonWithTwoEmailsTest {
  final PersonWithTwoEmails rule = new PersonWithTwoEmails();

  @Test
  void flagsTheSecondAddress() {
    assertFindings(
        rule,
        """
        contacts:
          seniorAttendanceChampion: {name: Miss V. Townsend, email: head@school.sch.uk}
          others:
            - name: Miss V Townsend
              role: Headteacher
              # expect: ATT061
              email: office@school.sch.uk
        """);
  }

  @Test
  void acceptsOneAddressPerPersonInAnyCase() {
    assertFindings(
        rule,
        """
        contacts:
          seniorAttendanceChampion: {name: Mrs K Johnson, email: Kathryn.johnson@school.net}
          individualSupport:
            - {name: Mrs K Johnson, email: kathryn.johnson@school.net}
            - {name: Mrs S Holtz, email: Sonia.holtz@school.net}
        """);
  }
}
