package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.attendance.diagnostic.Diagnostic;

class UnsignedLetterTest {
  final UnsignedLetter rule = new UnsignedLetter();

  /** A school that names only a champion: no headteacher, no other contacts. */
  static final String CHAMPION_ONLY =
      """
      school: {id: s, name: S, type: academy, phase: primary, localAuthority: {name: Essex}}
      policy: {title: Attendance Policy}
      schoolDay: {groups: [{id: a, name: All}]}
      contacts:
        seniorAttendanceChampion: {name: Mrs A Head, role: Deputy Headteacher, email: sac@s.sch.uk}
      """;

  @Test
  void flagsALetterWithNoSignatoryAndNoSigningRole() {
    assertFindings(
        rule,
        """
        letters:
          # expect: ATT092
          - {id: concern, title: Concern, body: Dear parent}
          - {id: meeting, title: Meeting, signedBy: headteacher, body: Dear parent}
        """);
  }

  @Test
  void acceptsALetterSignedInARoleTheSchoolFillsOrByANamedSignatory() {
    assertFindings(
        rule,
        """
        letters:
          - {id: a, title: A, signedBy: headteacher, body: Dear parent}
          - {id: b, title: B, signedBy: senior-attendance-champion, body: Dear parent}
          - {id: c, title: C, signedBy: day-to-day-contact, body: Dear parent}
          - {id: d, title: D, signedBy: individual-support-contact, body: Dear parent}
          - {id: e, title: E, signedBy: attendance-governor, body: Dear parent}
          - {id: f, title: F, signatory: {name: Mr F Bursar, role: School Business Manager}, body: Dear parent}
        """);
  }

  @Test
  void flagsARoleTheSchoolDoesNotFillAtTheSigningRole() {
    List<Diagnostic> found =
        RuleHarness.run(
            rule,
            CHAMPION_ONLY
                + """
        letters:
          - id: concern
            title: Concern
            signedBy: headteacher
            body: Dear parent
          - id: meeting
            title: Meeting
            signedBy: day-to-day-contact
            body: Dear parent
          - id: champion
            title: Champion
            signedBy: senior-attendance-champion
            body: Dear parent
        """);
    assertEquals(List.of(9, 13), found.stream().map(d -> d.at().line()).toList());
    assertEquals(
        "the letter 'concern' is signed by the headteacher, but the policy does not name the headteacher",
        found.get(0).message());
    assertEquals(
        "add 'headteacher:' under 'contacts:' with their name and role, or give the letter a 'signatory:' with"
            + " the signer's name and role",
        found.get(0).hint());
    assertEquals(
        "the letter 'meeting' is signed by the day-to-day attendance contact, but the policy does not name the"
            + " day-to-day attendance contact",
        found.get(1).message());
    assertEquals(
        "add 'dayToDay:' under 'contacts:' with at least one person's name and role (the first one signs),"
            + " or give the letter a 'signatory:' with the signer's name and role",
        found.get(1).hint());
  }

  @Test
  void aNamedSignatoryStandsInForAnUnfilledRole() {
    assertEquals(
        List.of(),
        RuleHarness.run(
            rule,
            CHAMPION_ONLY
                + """
        letters:
          - id: concern
            title: Concern
            signedBy: headteacher
            signatory: {name: Mr G Acting, role: Acting Headteacher}
            body: Dear parent
        """));
  }

  @Test
  void saysHowToSignALetterNobodySigns() {
    assertEquals(
        "nobody signs the letter 'concern': it names no signatory and no signing role",
        RuleHarness.message(rule, "letters: [{id: concern, title: Concern, body: Dear parent}]\n"));
    assertEquals(
        "add 'signedBy:' to the letter (headteacher, senior-attendance-champion, day-to-day-contact,"
            + " individual-support-contact or attendance-governor), or 'signatory:' with the signer's name and role",
        RuleHarness.run(
                rule,
                "extends: base.yaml\nletters: [{id: concern, title: Concern, body: Dear parent}]\n")
            .get(0)
            .hint());
  }

  @Test
  void theStandardLettersNeedTheHeadteacherTheySignAs() {
    // No letters of its own: the school sends the plugin's standard letters, signed by the
    // headteacher.
    List<Diagnostic> found = RuleHarness.run(rule, CHAMPION_ONLY);
    assertEquals(1, found.size(), "one finding, not one per standard letter");
    assertEquals(4, found.get(0).at().line());
    assertEquals(
        "the standard letters (used because the policy defines none under 'letters:') are signed by the"
            + " headteacher, but the policy does not name the headteacher",
        found.get(0).message());
    assertEquals(
        "add 'headteacher:' under 'contacts:' with their name and role", found.get(0).hint());
    assertEquals(
        List.of(), RuleHarness.run(rule, CHAMPION_ONLY + "  headteacher: {name: Mr H Head}\n"));
  }
}
