package uk.org.attendance.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.evaluate.TestRules;

/**
 * attendance:evaluate on the sample register shipped in schools/samples (with rules shaped like
 * Kelvedon Hatch's, the school the README tries it with): it writes every output, prints a summary
 * and capped warnings, and fails with one located message when the register cannot be used, leaving
 * no output behind.
 */
class EvaluateMojoTest {

  static final Path SAMPLES = Path.of("../schools/samples");
  static Path rules;

  @BeforeAll
  static void rules(@TempDir Path dir) {
    rules = TestRules.manyStages().write(dir, "rules.json");
  }

  static EvaluateMojo mojo(Path register, Path out, ValidateMojoTest.RecordingLog log) {
    EvaluateMojo mojo = new EvaluateMojo();
    mojo.setLog(log);
    mojo.rules = rules.toFile();
    mojo.register = register.toFile();
    mojo.outputDirectory = out.toFile();
    return mojo;
  }

  @Test
  void theSampleRegisterIsEvaluatedWithTheLettersAlreadySent(@TempDir Path out) throws Exception {
    ValidateMojoTest.RecordingLog log = new ValidateMojoTest.RecordingLog();
    EvaluateMojo mojo = mojo(SAMPLES.resolve("register.csv"), out, log);
    mojo.lettersSent = SAMPLES.resolve("letters-sent.csv").toFile();
    mojo.since = "14/07/2025";
    mojo.execute();
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(
          List.of(
              "actions.csv", "evaluation.csv", "evaluation.html", "evaluation.json", "summary.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertTrue(
        log.lines.contains(
            "INFO 24 pupils, 9355 marks (0 rows left out, 0 N codes replaced): 7 persistently absent,"
                + " 0 severely absent, 2 at the national penalty threshold, 7 with a letter due"),
        log.lines.toString());
    assertTrue(
        log.lines.contains(
            "INFO 9 letters due (1 new since 14 July 2025), 22 stage actions due; 5 letters already sent"
                + " were read"),
        log.lines.toString());
    assertTrue(
        log.lines.stream()
            .anyMatch(
                l ->
                    l.startsWith("WARN /")
                        && l.contains(
                            "schools/samples/register.csv:2:226: warning:"
                                + " pupil A800020250000 has 1 N mark")),
        "located, with the path in full as it is outside the build's folder");
  }

  @Test
  void anUnusableRegisterFailsWithOneLocatedMessageAndWritesNothing(@TempDir Path dir)
      throws Exception {
    Path register =
        Files.writeString(
            dir.resolve("register.csv"), "ID,Student ID,Date,Session,Mark\n1,P1,2025-09-08,AM,/\n");
    Path out = dir.resolve("out");
    MojoFailureException e =
        assertThrows(
            MojoFailureException.class,
            () -> mojo(register, out, new ValidateMojoTest.RecordingLog()).execute());
    assertTrue(
        e.getMessage()
            .endsWith(
                "register.csv:1:4: error: more than one column could be the pupil: 'ID' (column 1) and"
                    + " 'Student ID' (column 2) [EVAL-COLUMNS]"
                    + System.lineSeparator()
                    + "  hint: choose one with -Dattendance.pupilColumn=\"Student ID\""),
        e.getMessage());
    assertFalse(Files.exists(out));
    EvaluateMojo chosen = mojo(register, out, new ValidateMojoTest.RecordingLog());
    chosen.pupilColumn = "Student ID";
    chosen.execute();
    assertTrue(Files.readString(out.resolve("evaluation.csv")).contains("\nP1,"));
  }

  @Test
  void aSinceThatIsNotADateSaysHowToWriteOne(@TempDir Path out) {
    EvaluateMojo mojo =
        mojo(SAMPLES.resolve("register.csv"), out, new ValidateMojoTest.RecordingLog());
    mojo.since = "last Monday";
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals(
        "-Dattendance.since must be a date such as 2025-09-15 or 15/09/2025, not 'last Monday'",
        e.getMessage());
  }
}
