package uk.org.attendance.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check goal end to end: log, reports, build result. */
class CheckMojoTest {

  static CheckMojo mojo(Path schools, Path out, ValidateMojoTest.RecordingLog log) {
    CheckMojo m = new CheckMojo();
    m.setLog(log);
    m.schoolsDirectory = schools.toFile();
    m.outputDirectory = out.toFile();
    m.reportFormats = List.of("sarif", "junit");
    m.today = "2026-11-23";
    m.environment = Map.of();
    return m;
  }

  @Test
  void failsOnTheBundledSchoolsWhichAreNotReadyToPublish(@TempDir Path out) {
    ValidateMojoTest.RecordingLog log = new ValidateMojoTest.RecordingLog();
    MojoFailureException e =
        assertThrows(
            MojoFailureException.class,
            () -> mojo(Path.of("../schools/models"), out, log).execute());
    assertTrue(
        e.getMessage().matches("\\d+ errors in the school policies \\(listed above\\).*"),
        e.getMessage());
    assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("ERROR")));
  }

  @Test
  void withDraftsAllowedReportsEveryErrorWritesAReportPerSchoolAndGoesOn(@TempDir Path out)
      throws Exception {
    ValidateMojoTest.RecordingLog log = new ValidateMojoTest.RecordingLog();
    CheckMojo m = mojo(Path.of("../schools/models"), out, log);
    m.allowDrafts = true;
    m.execute();
    assertTrue(
        log.lines.stream().anyMatch(l -> l.matches("ERROR .*: error: .*\\[ATT050\\]")),
        "errors still reported as errors");
    assertTrue(
        log.lines.stream()
            .anyMatch(
                l ->
                    l.matches(
                        "WARN \\d+ errors in the school policies: 11 policies are drafts, not"
                            + " ready to publish\\. The build goes on only because allowDrafts is set; a trust's CI should leave it off\\.")),
        String.join("\n", log.lines));
    assertTrue(Files.exists(out.resolve("attendance.sarif")));
    try (var files = Files.list(out)) {
      assertEquals(
          11, files.filter(p -> p.getFileName().toString().startsWith("TEST-attendance-")).count());
    }
  }

  @Test
  void failsOnADefectAndSaysHowToFixOrSuppress(@TempDir Path dir) throws Exception {
    Path schools = Files.createDirectories(dir.resolve("schools"));
    // The golden school has no error; its threshold codes leaving out N is one.
    Path golden = Path.of("src/test/resources/golden/policy");
    String school =
        Files.readString(golden.resolve("school.yaml"), StandardCharsets.UTF_8)
            .replaceFirst(
                "(?m)^  introduction: .*$", "  introduction: At Oakfield every day counts.")
            .replace("codes: [G, N, O, U]", "codes: [G, O, U]");
    Files.writeString(schools.resolve("oakfield.yaml"), school, StandardCharsets.UTF_8);
    Files.copy(golden.resolve("logo.png"), schools.resolve("logo.png"));
    ValidateMojoTest.RecordingLog log = new ValidateMojoTest.RecordingLog();
    MojoFailureException e =
        assertThrows(
            MojoFailureException.class, () -> mojo(schools, dir.resolve("out"), log).execute());
    assertEquals(
        "1 error in the school policies (listed above). Fix each at the file, line and column given,"
            + " or, if the school accepts it, add a suppression with its reason.",
        e.getMessage());
    assertTrue(
        log.lines.stream()
            .anyMatch(
                l ->
                    l.matches(
                        "ERROR .*oakfield\\.yaml:\\d+:\\d+: error: the threshold codes leave out N;.*\\[ATT013\\]")),
        String.join("\n", log.lines));
    assertTrue(
        Files.readString(dir.resolve("out/TEST-attendance-oakfield-primary.xml"))
            .contains("<failure"));
  }

  /**
   * The reports CI reads, compared byte for byte with reviewed copies: the SARIF log and the JUnit
   * XML of a school with one error and its warnings. Run with {@code -Dgolden.update=true} to
   * rewrite them, then review the diff.
   */
  @Test
  void theReportsMatchTheirReviewedCopies() throws Exception {
    // Under the working folder, so the reports name the school file by a relative path, as in a
    // build.
    Path dir = Path.of("target/golden-reports");
    if (Files.isDirectory(dir)) {
      try (var old = Files.walk(dir)) {
        for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Path schools = Files.createDirectories(dir.resolve("schools"));
    Path golden = Path.of("src/test/resources/golden/policy");
    Files.writeString(
        schools.resolve("oakfield.yaml"),
        Files.readString(golden.resolve("school.yaml"), StandardCharsets.UTF_8)
            .replace("codes: [G, N, O, U]", "codes: [G, O, U]"),
        StandardCharsets.UTF_8);
    Files.copy(golden.resolve("logo.png"), schools.resolve("logo.png"));
    CheckMojo m = mojo(schools, dir.resolve("out"), new ValidateMojoTest.RecordingLog());
    m.allowDrafts = true;
    m.pluginVersion = "1.0";
    m.execute();
    for (String report : List.of("attendance.sarif", "TEST-attendance-oakfield-primary.xml")) {
      String actual = Files.readString(dir.resolve("out").resolve(report), StandardCharsets.UTF_8);
      Path expected = golden.resolve("expected/reports").resolve(report);
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(expected.getParent());
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, report);
    }
  }

  @Test
  void refusesADateItCannotRead(@TempDir Path out) {
    CheckMojo m = mojo(Path.of("../schools/models"), out, new ValidateMojoTest.RecordingLog());
    m.today = "23/11/2026";
    MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
    assertEquals(
        "<today> must be a date written yyyy-mm-dd, e.g. 2025-09-01, not '23/11/2026'",
        e.getMessage());
  }
}
