package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class PenaltyAmountMismatchTest {
  final PenaltyAmountMismatch rule = new PenaltyAmountMismatch();

  @Test
  void flagsEachAmountAndWindowThatDiffers() {
    assertFindings(
        rule,
        """
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
    assertFindings(
        rule,
        """
        penaltyNotices:
          firstNotice: {reducedAmount: 80, reducedWithinDays: 21, fullAmount: 160, fullWithinDays: 28}
          secondNotice: {amount: 160, withinDays: 28}
        """);
  }

  @Test
  void saysWhatTheLawIs() {
    assertEquals(
        "the policy says £100, but nationally a first notice is £80 if paid within 21 days",
        RuleHarness.message(
            rule,
            """
            penaltyNotices:
              firstNotice: {reducedAmount: 100}
            """));
  }

  @Test
  void flagsAmountsAndWindowsStatedInWords() {
    assertFindings(
        rule,
        """
        prose:
          localAuthoritySupport: |
            # expect: ATT010
            A first penalty notice is £120 per parent, per child.
            # expect: ATT010
            It is reduced to £80 if paid within 14 days.
            # expect: ATT010
            Parents are fined £60 for each child, rising to £100.
        """);
  }

  @Test
  void acceptsTheNationalAmountsInTheirManyPhrasings() {
    assertFindings(
        rule,
        """
        prose:
          localAuthoritySupport: |
            Sanctions may include a Penalty Notice for £160, reduced to £80 if paid within 21 days (for the first offence).
            £80 per parent, per child if paid within 21 days, increasing to £160 if paid between days 22-28.
            A second penalty notice is charged at a flat rate of £160 if paid within 28 days.
            For a first offence, the amount is £80 if paid within 21 days and £160 if paid between 21 and 28 days.
            If prosecuted, parents may be fined up to £1,000 by the court.
            During the first five days of an exclusion a penalty notice of £60 may be issued.
        """);
  }
}
