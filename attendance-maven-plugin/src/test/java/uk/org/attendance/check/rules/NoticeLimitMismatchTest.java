package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class NoticeLimitMismatchTest {
  final NoticeLimitMismatch rule = new NoticeLimitMismatch();

  @Test
  void flagsAThirdNoticeAndASilentAfterLimit() {
    assertFindings(rule, """
        penaltyNotices:
          # expect: ATT011
          maxNoticesInThreeYears: 3
          # expect: ATT011
          afterLimit: A third penalty notice of £160 will be issued.
        """);
  }

  @Test
  void acceptsTwoNoticesThenProsecution() {
    assertFindings(rule, """
        penaltyNotices:
          maxNoticesInThreeYears: 2
          afterLimit: No third notice is issued; the case may go to the magistrates' court.
        """);
  }
}
