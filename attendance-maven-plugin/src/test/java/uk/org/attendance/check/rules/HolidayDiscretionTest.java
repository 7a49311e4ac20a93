package uk.org.attendance.check.rules;

import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class HolidayDiscretionTest {
  final HolidayDiscretion rule = new HolidayDiscretion();

  @Test
  void flagsAnOfferOfTenDays() {
    assertFindings(
        rule,
        """
        leave:
          statements:
            # expect: ATT043
            - The headteacher may authorise up to 10 days of holiday in a school year.
        """);
  }

  @Test
  void acceptsTheStatementThatThereIsNoSuchDiscretion() {
    assertFindings(
        rule,
        """
        leave:
          statements:
            - Headteachers do not have any discretion to authorise up to ten days of absence each year.
        """);
  }
}
