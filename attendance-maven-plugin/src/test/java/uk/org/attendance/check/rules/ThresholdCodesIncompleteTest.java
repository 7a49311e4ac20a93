package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class ThresholdCodesIncompleteTest {
  final ThresholdCodesIncomplete rule = new ThresholdCodesIncomplete();

  @Test
  void flagsAListThatLeavesOutN() {
    assertFindings(
        rule,
        """
        penaltyNotices:
          threshold:
            # expect: ATT013
            codes: [G, O, U]
        """);
  }

  @Test
  void acceptsGNOU() {
    assertFindings(
        rule,
        """
        penaltyNotices:
          threshold: {codes: [U, o, N, G]}
        """);
  }

  @Test
  void flagsAuthorisedCodes() {
    assertEquals(
        "the threshold codes include I, which are not unauthorised absence",
        RuleHarness.message(
            rule,
            """
        penaltyNotices:
          threshold: {codes: [G, N, O, U, I]}
        """));
  }

  @Test
  void flagsThresholdCodesListedInWordsWithoutN() {
    assertFindings(
        rule,
        """
        prose:
          localAuthoritySupport: |
            The 10 sessions can be made up of a combination of any type of unauthorised absence
            # expect: ATT013
            (G, O and/or U coded within the school's registers).
        """);
  }

  @Test
  void acceptsAllFourCodesAndOtherLists() {
    assertFindings(
        rule,
        """
        prose:
          localAuthoritySupport: |
            Any mix of the unauthorised codes G, N, O and U counts towards the penalty notice threshold.
            Codes C, M and S are leave of absence.
        """);
  }
}
