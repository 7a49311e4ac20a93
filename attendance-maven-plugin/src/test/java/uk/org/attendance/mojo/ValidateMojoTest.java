package uk.org.attendance.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** The goal prints every finding in the compiler format and fails the build on errors. */
class ValidateMojoTest {

  /** Collects what the goal logs. */
  static final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void error(CharSequence content) {
      lines.add("ERROR " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("WARN " + content);
    }

    @Override
    public void info(CharSequence content) {
      lines.add("INFO " + content);
    }
  }

  @Test
  void failsTheBuildAfterListingEveryError() {
    ValidateMojo mojo = new ValidateMojo();
    RecordingLog log = new RecordingLog();
    mojo.setLog(log);
    mojo.schoolsDirectory = Path.of("src/test/resources/load/cycle").toFile();
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals(
        "1 error in the school models (listed above): fix each at the file, line and column given",
        e.getMessage());
    assertEquals(
        "ERROR src/test/resources/load/cycle/b.yaml:1:10: error: these files extend each other in a"
            + " circle: a.yaml extends b.yaml extends a.yaml [LOAD-EXTENDS]",
        log.lines.get(0));
    assertTrue(log.lines.get(1).startsWith("ERROR   hint: "));
    assertEquals("INFO 1 error, 0 warnings", log.lines.get(2));
  }

  @Test
  void passesOnTheBundledSchools() throws Exception {
    ValidateMojo mojo = new ValidateMojo();
    RecordingLog log = new RecordingLog();
    mojo.setLog(log);
    mojo.schoolsDirectory = Path.of("../schools/models").toFile();
    mojo.execute();
    assertEquals(1, log.lines.size());
    // The folder lies outside the directory the build runs in, so it is printed in full.
    assertTrue(
        log.lines.get(0).startsWith("INFO Validated 11 schools from 12 files in /"),
        log.lines.get(0));
    assertTrue(log.lines.get(0).endsWith("schools/models"), log.lines.get(0));
  }

  @Test
  void skipDoesNothing() throws Exception {
    ValidateMojo mojo = new ValidateMojo();
    RecordingLog log = new RecordingLog();
    mojo.setLog(log);
    mojo.skip = true;
    mojo.execute();
    assertEquals(List.of("INFO attendance:validate skipped"), log.lines);
  }
}
