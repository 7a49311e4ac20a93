package uk.org.attendance.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic register: a school year of 380 sessions, the same bytes for the same seed, and the
 * shipped sample is one.
 */
class SyntheticRegisterTest {

  @Test
  void aSchoolYearHas380SessionsAndTheSameSeedGivesTheSameBytes(@TempDir Path dir)
      throws Exception {
    SyntheticRegister r = SyntheticRegister.generate(50, 3);
    assertEquals(380, r.sessions());
    r.write(dir.resolve("a.csv"), SyntheticRegister.Layout.LONG_TAB);
    SyntheticRegister.generate(50, 3)
        .write(dir.resolve("b.csv"), SyntheticRegister.Layout.LONG_TAB);
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("a.csv")), Files.readAllBytes(dir.resolve("b.csv")));
  }

  @Test
  void theSampleInSchoolsSamplesIsMadeUpByThisGenerator(@TempDir Path dir) throws Exception {
    SyntheticRegister.generate(24, 2025)
        .write(dir.resolve("register.csv"), SyntheticRegister.Layout.GRID);
    assertArrayEquals(
        Files.readAllBytes(Path.of("../schools/samples/register.csv")),
        Files.readAllBytes(dir.resolve("register.csv")));
  }
}
