package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class ProsecutionPenaltyMisstatedTest {
  final ProsecutionPenaltyMisstated rule = new ProsecutionPenaltyMisstated();

  @Test
  void flagsTheAggravatedPenaltyPresentedForAnyIrregularAttendance() {
    assertFindings(
        rule,
        """
        penaltyNotices:
          prosecution:
            penalties:
              # expect: ATT014
              - appliesTo: any-irregular-attendance
                maxFine: 2500
                maxImprisonmentMonths: 3
        """);
  }

  @Test
  void flagsWrongAmountsForEachOffence() {
    assertFindings(
        rule,
        """
        penaltyNotices:
          prosecution:
            penalties:
              # expect: ATT014
              - {appliesTo: s444-1, maxFine: 2500}
              # expect: ATT014
              - {appliesTo: s444-1a, maxFine: 2500, maxImprisonmentMonths: 6}
        """);
  }

  @Test
  void acceptsBothOffencesStatedRightly() {
    assertFindings(
        rule,
        """
        penaltyNotices:
          prosecution:
            penalties:
              - {appliesTo: s444-1, maxFine: 1000}
              - {appliesTo: s444-1a, maxFine: 2500, maxImprisonmentMonths: 3}
              - {appliesTo: any-irregular-attendance, maxFine: 1000}
        """);
  }

  @Test
  void saysWhyItIsWrong() {
    assertEquals(
        "the policy presents a fine of up to £2,500 and/or 3 months in prison as the penalty for any irregular"
            + " attendance; that is only for the aggravated offence",
        RuleHarness.message(
            rule,
            """
            penaltyNotices:
              prosecution:
                penalties: [{appliesTo: any-irregular-attendance, maxFine: 2500, maxImprisonmentMonths: 3}]
            """));
  }

  @Test
  void flagsCourtPenaltiesStatedInWords() {
    assertFindings(
        rule,
        """
        prose:
          localAuthoritySupport: |
            # expect: ATT014
            If prosecuted for irregular attendance, each parent may receive a fine of up to £2,500 and/or up to 3 months in prison.
            # expect: ATT014
            Prosecution can result in criminal records and fines of up to £2,500.
            # expect: ATT014
            A parent convicted under section 444(1A) may be sent to prison for up to 6 months.
        """);
  }

  @Test
  void acceptsBothOffencesStatedCorrectly() {
    assertFindings(
        rule,
        """
        prose:
          localAuthoritySupport: |
            Under section 444(1) a court may fine a parent up to £1,000.
            Where a parent knowingly fails to secure attendance (section 444(1A)) the court may impose a fine of up to £2,500 and/or up to 3 months in prison.
            A penalty notice of £160 is an alternative to prosecution.
        """);
  }
}
