package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class LawMisattributedTest {
  final LawMisattributed rule = new LawMisattributed();

  @Test
  void flagsLawCreditedToTheWrongInstrumentOrDate() {
    assertFindings(
        rule,
        """
        prose:
          localAuthoritySupport: |
            # expect: ATT081
            The School Attendance (Pupil Registration) (England) Regulations 2024 introduced a National Framework for penalty notices.
          leaveOfAbsence: |
            The School Attendance (Pupil Registration) (England) Regulations 2024 set out what schools must do.
            # expect: ATT081
            All references to family holidays and extended leave have been removed.
          introduction: >-
            The guidance Working together to improve school attendance
            # expect: ATT081
            became statutory on 1 September 2024.
        """);
  }

  @Test
  void acceptsTheRightInstrumentsAndDates() {
    assertFindings(
        rule,
        """
        prose:
          localAuthoritySupport: |
            The Education (Penalty Notices) (England) (Amendment) Regulations 2024 introduced the National Framework.
          leaveOfAbsence: |
            The 2013 amendment regulations removed the discretion for holidays: all references to family holidays and extended leave have been removed.
          introduction: The guidance became statutory on 19 August 2024. It was published in February 2024.
        """);
  }
}
