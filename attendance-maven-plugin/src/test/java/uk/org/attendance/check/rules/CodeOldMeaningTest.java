package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class CodeOldMeaningTest {
  final CodeOldMeaning rule = new CodeOldMeaning();

  @Test
  void flagsTheOldMeaningOfTAndWithdrawnCodesInWords() {
    assertFindings(
        rule,
        """
        prose:
          absenceProcedures: |
            Code T is used for pupils travelling for occupational purposes.
            # expect: ATT006
            This covers Gypsy, Roma and Traveller families who travel for work.
            # expect: ATT006
            An agreed family holiday is coded H in the register.
          lateness: >-
            Interviews at another school are
            # expect: ATT006
            recorded as 'J' and count as present.
        """);
  }

  @Test
  void acceptsTheCurrentMeaningsAndHistory() {
    assertFindings(
        rule,
        """
        prose:
          absenceProcedures: |
            Code T is for a pupil travelling with a parent whose trade or business requires travel.
            Code H is no longer used: leave for exceptional circumstances is recorded as C.
            Since August 2024 an interview is recorded as J1, an authorised absence.
            Gypsy, Roma and Traveller pupils are supported by the Traveller education service.
        """);
  }

  @Test
  void saysWhatTMeansNow() {
    assertEquals(
        "this text gives code T its meaning from before August 2024 (Traveller absence); since 19 August 2024 T is"
            + " for any pupil travelling with a parent whose trade or business requires travel",
        RuleHarness.message(
            rule,
            "prose: {lateness: \"Code T (Traveller absence) covers Showmen and Bargees.\"}\n"));
  }
}
