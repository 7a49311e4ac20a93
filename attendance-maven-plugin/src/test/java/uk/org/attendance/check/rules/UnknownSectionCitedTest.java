package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class UnknownSectionCitedTest {
  final UnknownSectionCited rule = new UnknownSectionCited();

  @Test
  void flagsSection44() {
    assertFindings(rule, """
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
    assertFindings(rule, """
        penaltyNotices:
          prosecution:
            sectionsCited: ["444(1)", "section 444(1A)", "s.444A", "576", "7"]
        """);
  }
}
