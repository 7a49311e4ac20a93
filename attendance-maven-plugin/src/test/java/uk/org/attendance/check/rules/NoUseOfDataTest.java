package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.attendance.diagnostic.Diagnostic;

class NoUseOfDataTest {
  final NoUseOfData rule = new NoUseOfData();

  @Test
  void flagsEmptyWords() {
    assertFindings(
        rule,
        """
        prose:
          # expect: ATT096
          absenceData: ""
        """);
  }

  @Test
  void acceptsTheSchoolsOwnWords() {
    assertFindings(
        rule,
        """
        prose:
          absenceData: The senior attendance champion looks at each class's figures and meets the families most affected.
        """);
  }

  @Test
  void otherProseDoesNotCount() {
    assertFindings(
        rule,
        """
        prose:
          # expect: ATT096
          absenceData: " "
          promotingAttendance: We look at the data every week.
        """);
  }

  @Test
  void flagsAPolicyWithNoWordsAtAllAtTheStartOfTheFile() {
    List<Diagnostic> found =
        RuleHarness.run(
            rule,
            """
        school: {id: s, name: S, type: academy, phase: primary, localAuthority: {name: Essex}}
        policy: {title: Attendance Policy}
        schoolDay: {groups: [{id: a, name: All}]}
        prose:
          introduction: Welcome.
        """);
    assertEquals(1, found.size());
    assertEquals(4, found.get(0).at().line());
    assertEquals(
        "the policy does not say how the school uses attendance data to target support at the pupils who need"
            + " it most",
        found.get(0).message());
    assertEquals(
        "add 'absenceData:' under 'prose:', in the school's own words: what it looks at, how often, and how"
            + " that decides who gets support",
        found.get(0).hint());
  }
}
