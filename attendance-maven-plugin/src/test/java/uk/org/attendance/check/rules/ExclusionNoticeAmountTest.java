package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;
import uk.org.attendance.diagnostic.Severity;

class ExclusionNoticeAmountTest {
  final ExclusionNoticeAmount rule = new ExclusionNoticeAmount();

  @Test
  void warnsOnOtherAmounts() {
    assertFindings(
        rule,
        """
        penaltyNotices:
          exclusionNotice:
            # expect: ATT017
            reducedAmount: 80
            # expect: ATT017
            fullAmount: 160
        """);
    assertEquals(Severity.WARNING, rule.info().severity());
  }

  @Test
  void acceptsSixtyAndOneHundredAndTwenty() {
    assertFindings(
        rule,
        """
        penaltyNotices:
          exclusionNotice: {reducedAmount: 60, reducedWithinDays: 21, fullAmount: 120, fullWithinDays: 28}
        """);
  }

  @Test
  void warnsOnExclusionAmountsStatedInWords() {
    assertFindings(
        rule,
        """
        prose:
          # expect: ATT017
          barriers: If an excluded pupil is found in a public place in the first five days, a penalty notice of £100 may be issued.
        """);
  }

  @Test
  void acceptsSixtyAndOneHundredAndTwentyInWords() {
    assertFindings(
        rule,
        """
        prose:
          barriers: During the first 5 days of a suspension, a penalty fine of £120 (reduced to £60 if paid within 21 days) may be issued.
        """);
  }
}
