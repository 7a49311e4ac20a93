package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class RatifiedAfterReviewTest {
  final RatifiedAfterReview rule = new RatifiedAfterReview();

  @Test
  void flagsRatificationAfterTheReviewDate() {
    assertFindings(
        rule,
        """
        policy:
          ratified:
            # expect: ATT051
            date: 2026-10-01
          reviewDue: July 2026
        """);
  }

  @Test
  void acceptsReviewAfterRatification() {
    assertFindings(
        rule,
        """
        policy:
          ratified: {date: Autumn 2025}
          reviewDue: Autumn 2026
        """);
  }
}
