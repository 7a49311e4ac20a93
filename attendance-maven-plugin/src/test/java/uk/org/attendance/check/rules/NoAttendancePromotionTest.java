package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.attendance.diagnostic.Diagnostic;

class NoAttendancePromotionTest {
  final NoAttendancePromotion rule = new NoAttendancePromotion();

  @Test
  void flagsEmptyWords() {
    assertFindings(
        rule,
        """
        prose:
          # expect: ATT095
          promotingAttendance: "  "
        """);
  }

  @Test
  void acceptsTheSchoolsOwnWords() {
    assertFindings(
        rule,
        """
        prose:
          promotingAttendance: |
            Classes with the best attendance each week win extra playtime.
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
        """);
    assertEquals(1, found.size());
    assertEquals(1, found.get(0).at().line());
    assertEquals(
        "the policy does not say how the school promotes and rewards good attendance",
        found.get(0).message());
    assertEquals(
        "add 'promotingAttendance:' under 'prose:', in the school's own words: how it encourages good"
            + " attendance and how it recognises it",
        found.get(0).hint());
  }

  @Test
  void aTrustBaseNeedNotSayItIfEachMemberDoes() {
    String trust = RuleHarness.BASE.replaceAll("  promotingAttendance: .*\n", "");
    assertEquals(
        List.of("m1 trust.yaml:" + UnusableReportingChannelTest.lineOf(trust, "prose:")),
        RuleHarness.runTrust(
            rule,
            trust,
            "school: {id: m1, name: Member One}\n",
            "school: {id: m2, name: Member Two}\nprose: {promotingAttendance: Certificates every term.}\n"));
  }
}
