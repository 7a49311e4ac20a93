package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class LaReturnMisdescribedTest {
  final LaReturnMisdescribed rule = new LaReturnMisdescribed();

  @Test
  void flagsReturnsDescribedWrongly() {
    assertFindings(
        rule,
        """
        prose:
          localAuthoritySupport: |
            # expect: ATT083
            We inform the local authority of any pupil absent for 10 or more days in total, consecutive or not, without authorisation.
            # expect: ATT083
            We submit a sickness return to the local authority for pupils likely to miss 20 school days due to illness.
            # expect: ATT083
            We notify the local authority of every new entry to the admission register within 10 days.
        """);
  }

  @Test
  void acceptsTheReturnsAsTheRegulationsSetThemOut() {
    assertFindings(
        rule,
        """
        prose:
          localAuthoritySupport: |
            We inform the local authority of a pupil absent for a continuous period of 10 school days without authorisation.
            We submit a sickness return to the local authority for pupils likely to miss 15 or more school days (consecutive or cumulative) due to illness.
            We notify the local authority within five days of adding a pupil's name to the admission register.
        """);
  }
}
