package uk.org.attendance.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import goal end to end, in a folder with no project: what it writes and what it tells the
 * school.
 */
class ImportMojoTest {

  static final Path SOURCES = Path.of("src/test/resources/audit/sources").toAbsolutePath();

  static ImportMojo mojo(Path folder, String policy, ValidateMojoTest.RecordingLog log) {
    ImportMojo m = new ImportMojo();
    m.setLog(log);
    m.policy = policy;
    m.executionRoot = folder;
    m.schoolsDirectory = folder.resolve("src/attendance").toFile();
    m.today = "2026-11-23";
    m.projectPresent = false;
    m.pluginVersion = "0.1.0-SNAPSHOT";
    return m;
  }

  @Test
  void importsAPolicyListsWhatToFillInAndNeverOverwrites(@TempDir Path folder) throws Exception {
    Files.copy(SOURCES.resolve("duke-of-bedford-primary.txt"), folder.resolve("our-policy.txt"));
    ValidateMojoTest.RecordingLog log = new ValidateMojoTest.RecordingLog();
    mojo(folder, "our-policy.txt", log).execute();
    Path school = folder.resolve("src/attendance/the-duke-of-bedford-primary-school.yaml");
    assertTrue(Files.exists(school));
    assertTrue(Files.exists(folder.resolve("src/attendance/school.schema.json")));
    String text = Files.readString(school, StandardCharsets.UTF_8);
    int line =
        text.lines()
                .toList()
                .indexOf(
                    text.lines()
                        .filter(l -> l.contains("closes: \"FILL IN"))
                        .findFirst()
                        .orElseThrow())
            + 1;
    assertTrue(
        log.lines.contains(
            "WARN src/attendance/the-duke-of-bedford-primary-school.yaml:"
                + line
                + ":17: warning: 'closes'"
                + " needs filling in: the time the morning register closes: the source says 9.15am (line 135) and 9.20am (lines 166, 175);"
                + " keep the one that is right"),
        String.join("\n", log.lines));
    assertTrue(
        log.lines.contains(
            "INFO Wrote src/attendance/the-duke-of-bedford-primary-school.yaml from our-policy.txt: 2 values to"
                + " fill in (1 where the source states two different values), 12 findings of the audit written beside what they concern"),
        String.join("\n", log.lines));
    assertTrue(
        log.lines.contains(
            "INFO Next: replace every FILL IN (2), then run mvn attendance:check in this folder."),
        String.join("\n", log.lines));
    // Outside a project it writes a pom.xml that declares the plugin and the folder, for check and
    // render.
    String pom = Files.readString(folder.resolve("pom.xml"));
    assertTrue(
        pom.contains("<artifactId>attendance-maven-plugin</artifactId>")
            && pom.contains("<version>0.1.0-SNAPSHOT</version>")
            && pom.contains("<schoolsDirectory>src/attendance</schoolsDirectory>"),
        pom);

    // Again: the school file exists, so nothing is written and the school is told why.
    Files.writeString(school, "# edited by the school\n");
    ValidateMojoTest.RecordingLog again = new ValidateMojoTest.RecordingLog();
    MojoFailureException e =
        assertThrows(
            MojoFailureException.class, () -> mojo(folder, "our-policy.txt", again).execute());
    assertEquals(
        "1 error (listed above): nothing was written. Correct each at the place given, then import again.",
        e.getMessage());
    assertTrue(
        again.lines.stream()
            .anyMatch(
                l ->
                    l.startsWith(
                        "ERROR src/attendance/the-duke-of-bedford-primary-school.yaml:"
                            + " error: this school file already exists, and attendance:import never overwrites a school file [IMPORT-FILE]")),
        String.join("\n", again.lines));
    assertEquals("# edited by the school\n", Files.readString(school));
    assertEquals(pom, Files.readString(folder.resolve("pom.xml")));
  }

  @Test
  void inAProjectItWritesNoPom(@TempDir Path folder) throws Exception {
    ImportMojo m =
        mojo(
            folder,
            SOURCES.resolve("lanercost-ce-primary.txt").toString(),
            new ValidateMojoTest.RecordingLog());
    m.projectPresent = true;
    m.execute();
    assertTrue(
        Files.exists(
            folder.resolve("src/attendance/lanercost-church-of-england-primary-school.yaml")));
    assertFalse(Files.exists(folder.resolve("pom.xml")));
  }

  @Test
  void saysWhatToDoWhenThePolicyIsMissingOrUnreadable(@TempDir Path folder) throws Exception {
    MojoFailureException missing =
        assertThrows(
            MojoFailureException.class,
            () -> mojo(folder, "our-policy.docx", new ValidateMojoTest.RecordingLog()).execute());
    assertTrue(
        missing.getMessage().startsWith("the policy 'our-policy.docx' does not exist (looked for "),
        missing.getMessage());
    Files.writeString(folder.resolve("notes.docx"), "not a Word document");
    ValidateMojoTest.RecordingLog log = new ValidateMojoTest.RecordingLog();
    assertThrows(MojoFailureException.class, () -> mojo(folder, "notes.docx", log).execute());
    assertTrue(
        log.lines.stream()
            .anyMatch(
                l ->
                    l.equals(
                        "ERROR notes.docx: error: the file is not a Word document that can be read"
                            + " (it is damaged, protected, or not really a .docx) [IMPORT-FILE]")),
        String.join("\n", log.lines));
    assertFalse(Files.exists(folder.resolve("src")), "nothing is written");
  }
}
