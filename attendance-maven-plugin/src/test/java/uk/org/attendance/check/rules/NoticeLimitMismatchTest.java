package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class NoticeLimitMismatchTest {
  final NoticeLimitMismatch rule = new NoticeLimitMismatch();

  @Test
  void flagsAThirdNoticeAndASilentAfterLimit() {
    assertFindings(
        rule,
        """
        penaltyNotices:
          # expect: ATT011
          maxNoticesInThreeYears: 3
          # expect: ATT011
          afterLimit: A third penalty notice of £160 will be issued.
        """);
  }

  @Test
  void acceptsTwoNoticesThenProsecution() {
    assertFindings(
        rule,
        """
        penaltyNotices:
          maxNoticesInThreeYears: 2
          afterLimit: No third notice is issued; the case may go to the magistrates' court.
        """);
  }

  @Test
  void flagsALimitStatedInWords() {
    assertFindings(
        rule,
        """
        prose:
          # expect: ATT011
          localAuthoritySupport: Only three penalty notices can be issued to a parent within a 3 year period.
        """);
  }

  @Test
  void acceptsTheNationalLimitInWords() {
    assertFindings(
        rule,
        """
        prose:
          localAuthoritySupport: |
            From autumn term 2024, only 2 penalty notices can be issued to the same parent in respect of the same child within a 3 year rolling period.
            A parent may receive at most two notices in any three years.
        """);
  }
}
