package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class PartTimeTimetableNotTemporaryTest {
  final PartTimeTimetableNotTemporary rule = new PartTimeTimetableNotTemporary();

  @Test
  void flagsPermanentAndBehaviourTimetables() {
    assertFindings(
        rule,
        """
        prose:
          partTimeTimetables: |
            # expect: ATT045
            Some pupils may be placed on a permanent part-time timetable.
            # expect: ATT045
            A reduced timetable can be used to manage a pupil's behaviour.
        codes:
          # expect: ATT045
          - {code: C2, meaning: Leave for a pupil on a temporary or long-term part-time timetable, category: authorised-absence}
        """);
  }

  @Test
  void acceptsTemporaryTimetablesAndTheRulesAboutThem() {
    assertFindings(
        rule,
        """
        prose:
          partTimeTimetables: |
            A part-time timetable is temporary, time-limited and reviewed with parents every two weeks.
            A part-time timetable should not be used to manage a pupil's behaviour.
            It must only be in place for the shortest time necessary and not be treated as a long-term solution.
        """);
  }
}
