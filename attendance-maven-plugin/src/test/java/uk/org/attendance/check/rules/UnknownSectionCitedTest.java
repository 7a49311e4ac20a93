package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class UnknownSectionCitedTest {
  final UnknownSectionCited rule = new UnknownSectionCited();

  @Test
  void flagsSection44() {
    assertFindings(
        rule,
        """
        penaltyNotices:
          prosecution:
            sectionsCited:
              # expect: ATT015
              - "44"
              - "444(1A)"
        """);
  }

  @Test
  void acceptsTheAttendanceSections() {
    assertFindings(
        rule,
        """
        penaltyNotices:
          prosecution:
            sectionsCited: ["444(1)", "section 444(1A)", "s.444A", "576", "7"]
        """);
  }

  @Test
  void flagsSectionsCitedInWords() {
    assertFindings(
        rule,
        """
        prose:
          localAuthoritySupport: >-
            Unauthorised absence can carry the risk of prosecution under
            # expect: ATT015
            Section 44 or 444(1A) of the Education Act 1996.
        """);
  }

  @Test
  void acceptsRealSectionsAndOtherActs() {
    assertFindings(
        rule,
        """
        prose:
          localAuthoritySupport: |
            Section 576 of the Education Act 1996 defines a parent; section 7 of the Education Act 1996 sets out the duty.
            Penalty notices are issued under section 444A of the Education Act 1996.
            Schools have a safeguarding duty under section 175 of the Education Act 2002.
            Penalty notices were introduced by section 23 of the Anti-Social Behaviour Act 2003.
        """);
  }
}
