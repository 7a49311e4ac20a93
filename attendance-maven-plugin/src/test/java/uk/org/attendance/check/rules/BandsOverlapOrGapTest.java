package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class BandsOverlapOrGapTest {
  final BandsOverlapOrGap rule = new BandsOverlapOrGap();

  @Test
  void flagsAnOverlapAtNinetyAndAGap() {
    assertFindings(
        rule,
        """
        thresholds:
          bands:
            - {id: green, label: Green, atLeast: 96}
            # expect: ATT062
            - {id: amber, label: Amber, atLeast: 90, below: 95}
            # expect: ATT062
            - {id: red, label: Red, atMost: 90}
        """);
  }

  @Test
  void acceptsBandsThatMeetExactly() {
    assertFindings(
        rule,
        """
        thresholds:
          bands:
            - {id: green, label: Green, atLeast: 96}
            - {id: amber, label: Amber, above: 90, below: 96}
            - {id: red, label: Red, atMost: 90}
        """);
  }

  @Test
  void flagsABandThatIsEmpty() {
    assertFindings(
        rule,
        """
        thresholds:
          bands:
            # expect: ATT062
            - {id: odd, label: Odd, atLeast: 96, below: 90}
        """);
  }

  @Test
  void namesBothBands() {
    assertEquals(
        "the bands 'Red' (up to 90) and 'Amber' (from 90 below 96) overlap",
        RuleHarness.message(
            rule,
            """
        thresholds:
          bands:
            - {id: amber, label: Amber, atLeast: 90, below: 96}
            - {id: red, label: Red, atMost: 90}
        """));
  }
}
