package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class PenaltyAmountMismatchTest {
  final PenaltyAmountMismatch rule = new PenaltyAmountMismatch();

  @Test
  void flagsEachAmountAndWindowThatDiffers() {
    assertFindings(rule, """
        penaltyNotices:
          firstNotice:
            # expect: ATT010
            reducedAmount: 60
            reducedWithinDays: 21
            fullAmount: 160
            # expect: ATT010
            fullWithinDays: 42
          secondNotice:
            # expect: ATT010
            amount: 120
            withinDays: 28
        """);
  }

  @Test
  void acceptsTheNationalFramework() {
    assertFindings(rule, """
        penaltyNotices:
          firstNotice: {reducedAmount: 80, reducedWithinDays: 21, fullAmount: 160, fullWithinDays: 28}
          secondNotice: {amount: 160, withinDays: 28}
        """);
  }

  @Test
  void saysWhatTheLawIs() {
    assertEquals("the policy says £100, but nationally a first notice is £80 if paid within 21 days",
        RuleHarness.message(rule, """
            penaltyNotices:
              firstNotice: {reducedAmount: 100}
            """));
  }
}
