package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class ThresholdCodesIncompleteTest {
  final ThresholdCodesIncomplete rule = new ThresholdCodesIncomplete();

  @Test
  void flagsAListThatLeavesOutN() {
    assertFindings(rule, """
        penaltyNotices:
          threshold:
            # expect: ATT013
            codes: [G, O, U]
        """);
  }

  @Test
  void acceptsGNOU() {
    assertFindings(rule, """
        penaltyNotices:
          threshold: {codes: [U, o, N, G]}
        """);
  }

  @Test
  void flagsAuthorisedCodes() {
    assertEquals("the threshold codes include I, which are not unauthorised absence", RuleHarness.message(rule, """
        penaltyNotices:
          threshold: {codes: [G, N, O, U, I]}
        """));
  }
}
