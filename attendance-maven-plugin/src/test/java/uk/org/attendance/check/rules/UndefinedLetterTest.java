package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class UndefinedLetterTest {
  final UndefinedLetter rule = new UndefinedLetter();

  @Test
  void flagsStagesAndBandsThatSendAMissingLetter() {
    assertFindings(
        rule,
        """
        thresholds:
          bands:
            - id: low
              label: Below 96%
              below: 96
              # expect: ATT063
              letter: below-96-frist
        escalation:
          - id: absence
            title: Absence
            stages:
              - id: one
                title: One
                trigger: {text: Below 96%}
                actions: [We write to you.]
                # expect: ATT063
                letter: meeting-invite
        letters:
          - {id: below-96-first, title: First, body: Dear parent}
        """);
  }

  @Test
  void acceptsLettersThatExist() {
    assertFindings(
        rule,
        """
        thresholds:
          bands: [{id: low, label: Low, below: 96, letter: below-96-first}]
        letters:
          - {id: below-96-first, title: First, body: Dear parent}
        """);
  }

  @Test
  void suggestsTheClosestLetter() {
    var found =
        RuleHarness.run(
            rule,
            """
        extends: base.yaml
        thresholds: {bands: [{id: low, label: Low, below: 96, letter: below-96-frist}]}
        letters: [{id: below-96-first, title: First, body: Dear parent}]
        """);
    assertEquals("did you mean 'below-96-first'?", found.get(0).hint());
  }
}
