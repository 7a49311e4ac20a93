package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import org.junit.jupiter.api.Test;

class ConflictingRegisterCloseTest {
  final ConflictingRegisterClose rule = new ConflictingRegisterClose();

  @Test
  void flagsTextGivingAnotherClosingTime() {
    assertFindings(
        rule,
        """
        prose:
          # expect: ATT020
          lateness: Registration closes at 9.00am, after which your child is marked late.
          # expect: ATT020
          absenceProcedures: Call us before 9.15 am, when our register closes.
        """);
  }

  @Test
  void acceptsTextThatAgreesWithTheTimings() {
    assertFindings(
        rule,
        """
        prose:
          lateness: The register closes at 9.20am and the afternoon register closes at 1.30pm.
          absenceProcedures: Call us before 09:20, when our register closes.
        """);
  }

  @Test
  void saysBothTimes() {
    assertEquals(
        "this text says the register closes at 9.00am, but the school's register closes at 09:20 and 13:30",
        RuleHarness.message(
            rule,
            """
            prose:
              lateness: The register will be closed at 9.00am.
            """));
  }

  @Test
  void readsEveryPhrasingInsideBlockAndFoldedText() {
    assertFindings(
        rule,
        """
        prose:
          lateness: |
            Registration starts at 8.50am.
            # expect: ATT020
            At 09:10 the registers will be closed.
            # expect: ATT020
            The register for the first session will be taken at 8.50am and will be kept open until 9.00am.
          absenceProcedures: >-
            Pupils who arrive after
            # expect: ATT020
            the registers have closed at 9.25am are marked U.
        """);
  }

  @Test
  void comparesWithTheSameSession() {
    assertFindings(
        rule,
        """
        prose:
          lateness: The afternoon register closes at 1.30pm; the morning register closes at 9.20am.
          absenceProcedures: Registers close at 9.20am and 1.30pm.
        """);
  }
}
