package uk.org.attendance.mojo;

import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * The audit goal end to end, with no project: log, reports for CI and for governors, build result.
 */
class AuditMojoTest {

  static final Path SOURCES = Path.of("src/test/resources/audit/sources").toAbsolutePath();

  static AuditMojo mojo(String policy, Path out, ValidateMojoTest.RecordingLog log) {
    AuditMojo m = new AuditMojo();
    m.setLog(log);
    m.policy = policy;
    m.outputDirectory = out.toFile();
    m.reportFormats = List.of("sarif", "junit", "html");
    m.today = "2026-11-23";
    m.environment = Map.of("GITHUB_ACTIONS", "false");
    return m;
  }

  @Test
  void auditsAPolicyPrintsEachFindingAtItsPlaceAndWritesTheReports(@TempDir Path out)
      throws Exception {
    ValidateMojoTest.RecordingLog log = new ValidateMojoTest.RecordingLog();
    MojoFailureException e =
        assertThrows(
            MojoFailureException.class,
            () ->
                mojo(SOURCES.resolve("duke-of-bedford-primary.txt").toString(), out, log)
                    .execute());
    assertTrue(
        e.getMessage().startsWith("11 errors in the policies (listed above, and in "),
        e.getMessage());
    assertTrue(
        log.lines.stream()
            .anyMatch(
                l ->
                    l.startsWith("ERROR ")
                        && l.endsWith(
                            "duke-of-bedford-primary.txt:135:58: error:"
                                + " this text says the register closes at 9.15 am, but the school's register closes at 09:20 [ATT020]")),
        String.join("\n", log.lines));
    assertTrue(
        log.lines.contains(
            "INFO Audited 1 policy against the DfE rules on 2026-11-23: 11 errors, 1 warning"));
    String html = Files.readString(out.resolve("audit.html"), StandardCharsets.UTF_8);
    assertTrue(
        html.contains(
            "<td>line 135</td><td><span class=\"error\">Error:</span> This text says the register closes at 9.15"
                + " am, but the school&#39;s register closes at 09:20.</td>"),
        html);
    assertFalse(html.contains("<script"));
    assertTrue(Files.readString(out.resolve("audit.sarif")).contains("\"ruleId\" : \"ATT081\""));
    assertTrue(
        Files.readString(out.resolve("TEST-audit-duke-of-bedford-primary.txt.xml"))
            .contains("<failure"));
  }

  @Test
  void auditsAFolderOfPoliciesAndSaysWhereInAWordDocument(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("trust"));
    Files.copy(SOURCES.resolve("kelvedon-hatch-primary.txt"), folder.resolve("kelvedon.txt"));
    uk.org.attendance.audit.AuditTestSupport.docx(
        SOURCES.resolve("strathmore-infant-and-nursery.txt"), folder.resolve("strathmore.docx"));
    Files.writeString(folder.resolve("notes.csv"), "not a policy");
    ValidateMojoTest.RecordingLog log = new ValidateMojoTest.RecordingLog();
    assertThrows(
        MojoFailureException.class,
        () -> mojo(folder.toString(), dir.resolve("out"), log).execute());
    assertTrue(
        log.lines.stream()
            .anyMatch(
                l ->
                    l.matches(
                        "ERROR .*strathmore\\.docx:\\d+:\\d+: error: this text says the register"
                            + " closes at 9:00, but the school's register closes at 09:15 \\[ATT020\\]")),
        String.join("\n", log.lines));
    assertTrue(
        log.lines.stream().anyMatch(l -> l.matches("ERROR   at: paragraph \\d+")),
        String.join("\n", log.lines));
    assertTrue(
        log.lines.stream()
            .anyMatch(
                l -> l.startsWith("INFO Audited 2 policies against the DfE rules on 2026-11-23")));
  }

  @Test
  void neverAuditsItsOwnReportWhenRunAgainInTheSameFolder(@TempDir Path dir) throws Exception {
    Files.copy(SOURCES.resolve("duke-of-bedford-primary.txt"), dir.resolve("duke.txt"));
    Path out = dir.resolve("target/attendance/audit");
    assertThrows(
        MojoFailureException.class,
        () -> mojo(dir.toString(), out, new ValidateMojoTest.RecordingLog()).execute());
    assertTrue(Files.exists(out.resolve("audit.html")));
    ValidateMojoTest.RecordingLog again = new ValidateMojoTest.RecordingLog();
    assertThrows(MojoFailureException.class, () -> mojo(dir.toString(), out, again).execute());
    assertTrue(
        again.lines.contains(
            "INFO Audited 1 policy against the DfE rules on 2026-11-23: 11 errors, 1 warning"),
        String.join("\n", again.lines));
  }

  @Test
  void saysWhatToDoWhenThePolicyIsMissingOrNotAPolicy(@TempDir Path dir) throws Exception {
    MojoFailureException missing =
        assertThrows(
            MojoFailureException.class,
            () ->
                mojo(
                        dir.resolve("our-policy.docx").toString(),
                        dir,
                        new ValidateMojoTest.RecordingLog())
                    .execute());
    assertTrue(missing.getMessage().startsWith("the policy '"), missing.getMessage());
    Files.writeString(dir.resolve("policy.odt"), "x");
    ValidateMojoTest.RecordingLog log = new ValidateMojoTest.RecordingLog();
    assertThrows(
        MojoFailureException.class,
        () -> mojo(dir.resolve("policy.odt").toString(), dir.resolve("out"), log).execute());
    assertTrue(
        log.lines.stream()
            .anyMatch(
                l ->
                    l.endsWith(
                        "policy.odt: error: this is not a kind of file audit reads [AUDIT-FILE]")),
        String.join("\n", log.lines));
    assertTrue(
        log.lines.contains(
            "ERROR   hint: save the policy as a Word document (.docx), a PDF (.pdf), a web page (.html)"
                + " or a text file (.txt)"));
  }
}
