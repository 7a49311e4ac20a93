package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;
import uk.org.attendance.diagnostic.Severity;

/** Checked on 15 January 2026 (RuleHarness.TODAY). */
class ReviewOverdueTest {
  final ReviewOverdue rule = new ReviewOverdue();

  @Test
  void flagsAPassedReviewDate() {
    assertFindings(
        rule,
        """
        policy:
          # expect: ATT050
          reviewDue: July 2025
        """);
  }

  @Test
  void warnsWithinSixtyDays() {
    var found = RuleHarness.run(rule, "extends: base.yaml\npolicy: {reviewDue: 2026-03-01}\n");
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals(
        "the policy is due for review by 2026-03-01, within 60 days", found.get(0).message());
  }

  @Test
  void acceptsATermStillRunning() {
    // Spring 2026 runs to 31 March 2026: more than 60 days after 15 January.
    assertFindings(
        rule,
        """
        policy:
          reviewDue: Summer 2026
        """);
  }

  @Test
  void saysTheCheckingDate() {
    assertEquals(
        "the policy was due for review by July 2025 and is out of date (checked on 15 January 2026)",
        RuleHarness.message(rule, "policy: {reviewDue: July 2025}\n"));
  }
}
