package uk.org.attendance.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.load.SchoolLoader;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.SourceRef;

/**
 * The text layer locates every sentence, and every word in it, at its exact line and column: in
 * plain, quoted, literal and folded scalars, with Markdown and escapes in the way.
 */
class SchoolTextTest {

  static final String FILE =
      String.join(
          "\n",
          "school: {id: t, name: Text School, type: maintained, phase: primary, localAuthority: {name: Essex}}",
          "policy: {title: Attendance Policy}",
          "schoolDay: {groups: [{id: all, name: All, morningRegister: {opens: \"08:40\", closes: \"09:10\"}}]}",
          "prose:",
          "  lateness: |",
          "    Gates open at 8.40am.",
          "    The register **closes at 9.15am**, after which pupils are marked U.",
          "  barriers: >-",
          "    We work with families to remove",
          "    barriers; the register closes at",
          "    9.20am.",
          "",
          "    A new paragraph here.",
          "  absenceProcedures: \"Call us by 9am. We can\\u2019t \\\"wait\\\" after 9.05am.\"",
          "  medicalAppointments: 'It''s best after school. Then 3.15pm.'",
          "  absenceData: plain text that wraps",
          "    onto a second line at 3.30pm.",
          "");

  @Test
  void everySentenceIsLocatedToItsLineAndColumn(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("t.yaml"), FILE, StandardCharsets.UTF_8);
    SchoolLoader.Result r = new SchoolLoader().loadDirectory(dir);
    assertEquals(
        List.of(),
        r.diagnostics().stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .map(d -> d.format(dir))
            .toList());
    ResolvedSchool school = r.schools().get(0);
    List<SchoolText.Sentence> all = SchoolText.sentences(school);
    assertEquals("6:19", where(find(all, "Gates open at 8.40am."), "8.40am"));
    assertEquals("7:5", where(find(all, "The register closes at 9.15am"), "The"));
    assertEquals("7:30", where(find(all, "The register closes at 9.15am"), "9.15am"));
    assertEquals(
        "10:15",
        where(find(all, "We work with families"), "the register"),
        "inside folded text, after a fold");
    assertEquals("11:5", where(find(all, "We work with families"), "9.20am"));
    assertEquals("13:5", where(find(all, "A new paragraph here."), "A new"));
    assertEquals(
        "14:68",
        where(find(all, "We can\u2019t"), "9.05am"),
        "after escapes in a double-quoted value");
    assertEquals(
        "15:55", where(find(all, "Then 3.15pm."), "3.15pm"), "after '' in a single-quoted value");
    assertEquals(
        "17:27",
        where(find(all, "plain text that wraps"), "3.30pm"),
        "in a plain scalar on two lines");
  }

  @Test
  void sentencesEndAtFullStopsButNotInsideTimesDatesOrAbbreviations() {
    assertEquals(
        List.of(
            "Registration closes at 9.15am, e.g. for Mrs K. Johnson's class on 14.10.2024.",
            "Next sentence."),
        uk.org.attendance.text.Sentences.split(
                "Registration closes at 9.15am, e.g. for Mrs K. Johnson's class on 14.10.2024."
                    + " Next sentence.")
            .stream()
            .map(p -> p.text())
            .toList());
  }

  private static SchoolText.Sentence find(List<SchoolText.Sentence> all, String start) {
    return all.stream()
        .filter(s -> s.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError(start + " in " + all));
  }

  private static String where(SchoolText.Sentence s, String words) {
    SourceRef r = s.at(s.text().indexOf(words));
    return r.line() + ":" + r.column();
  }
}
