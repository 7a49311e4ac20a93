package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class LeaveGroundsConfusedTest {
  final LeaveGroundsConfused rule = new LeaveGroundsConfused();

  @Test
  void flagsLeaveConfusedWithOtherAbsence() {
    assertFindings(
        rule,
        """
        prose:
          leaveOfAbsence: |
            # expect: ATT044
            Leave of absence may also be granted for work experience and educational visits.
            # expect: ATT044
            A child who is too ill to attend is absent with leave granted by the school.
            # expect: ATT044
            Religious observance days are treated as leave granted by the headteacher.
            Exceptional circumstances may include:
            # expect: ATT044
            - medical appointments that cannot be made after school;
            - a family funeral.
          medicalAppointments: >-
            Please book appointments after school.
            # expect: ATT044
            Leave for such appointments is only given in exceptional circumstances.
        """);
  }

  @Test
  void acceptsTheGroundsAsTheLawSetsThemOut() {
    assertFindings(
        rule,
        """
        prose:
          leaveOfAbsence: |
            Leave of absence may be granted for a medical or dental appointment, an interview, study leave or exceptional circumstances.
            Medical or dental appointments which unavoidably fall during school time, for which the school has granted leave.
            Educational visits and work experience are not leave of absence: they count as attendance.
            A medical appointment is not an exceptional circumstance; it is recorded as M.
            Exceptional circumstances might include a family bereavement or a serious family emergency.
        """);
  }
}
