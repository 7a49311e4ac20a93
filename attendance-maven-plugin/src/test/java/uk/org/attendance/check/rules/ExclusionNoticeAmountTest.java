package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;
import uk.org.attendance.check.Severity;

class ExclusionNoticeAmountTest {
  final ExclusionNoticeAmount rule = new ExclusionNoticeAmount();

  @Test
  void warnsOnOtherAmounts() {
    assertFindings(rule, """
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
    assertFindings(rule, """
        penaltyNotices:
          exclusionNotice: {reducedAmount: 60, reducedWithinDays: 21, fullAmount: 120, fullWithinDays: 28}
        """);
  }
}
