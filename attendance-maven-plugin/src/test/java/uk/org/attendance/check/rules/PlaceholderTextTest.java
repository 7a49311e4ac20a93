package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class PlaceholderTextTest {
  final PlaceholderText rule = new PlaceholderText();

  @Test
  void flagsEveryKindOfPlaceholder() {
    assertFindings(
        rule,
        """
        contacts:
          attendanceGovernor:
            # expect: ATT060
            name: XXX
          others:
            # expect: ATT060
            - name: TBC
        prose:
          # expect: ATT060
          introduction: It is the headteacher/principal, not the parent, who can authorise absence.
          # expect: ATT060
          localAuthoritySupport: "[insert LA Attendance Policy e.g. School Absence Enforcement Policy]"
          # expect: ATT060
          absenceData: The Education (Independent School Standards) Regulations 2014 [applies to Academies, delete if not applicable]
        letters:
          - id: first
            title: First letter
            # expect: ATT060
            body: Please contact <named school person> on <telephone number>.
        """);
  }

  @Test
  void acceptsRealWordsAndMergeFields() {
    assertFindings(
        rule,
        """
        prose:
          introduction: It is the headteacher, not the parent, who can authorise absence. Excellent attendance matters.
        letters:
          - {id: first, title: First letter, body: "Dear {{ParentSalutation}}, please call Mrs Faircloth on 01234 567890."}
        """);
  }

  @Test
  void quotesThePlaceholder() {
    assertEquals(
        "the text still contains the template placeholder \"XXX\"",
        RuleHarness.message(rule, "contacts: {attendanceGovernor: {name: XXX}}\n"));
  }

  @Test
  void flagsABrokenWordCrossReference() {
    assertFindings(
        rule,
        """
        prose:
          # expect: ATT060
          lateness: See section 6 (Error! Bookmark not defined.) for lateness.
        """);
  }
}
