package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class NoticeToImprovePeriodTest {
  final NoticeToImprovePeriod rule = new NoticeToImprovePeriod();

  @Test
  void flagsPeriodsOutsideThreeToSixWeeks() {
    assertFindings(
        rule,
        """
        penaltyNotices:
          noticeToImprove:
            used: true
            # expect: ATT016
            minWeeks: 2
            # expect: ATT016
            maxWeeks: 8
        """);
  }

  @Test
  void acceptsThreeToSixWeeks() {
    assertFindings(
        rule,
        """
        penaltyNotices:
          noticeToImprove: {used: true, minWeeks: 3, maxWeeks: 6}
        """);
  }

  @Test
  void flagsAPeriodStatedInWords() {
    assertFindings(
        rule,
        """
        prose:
          # expect: ATT016
          localAuthoritySupport: A notice to improve gives parents an improvement period of 2 to 8 weeks.
        """);
  }

  @Test
  void acceptsThreeToSixWeeksInWords() {
    assertFindings(
        rule,
        """
        prose:
          localAuthoritySupport: A notice to improve sets a clear timeframe of between 3 and 6 weeks for the improvement period.
        """);
  }
}
