package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.AttendanceCompiler;

/** A logo is read only from inside the schools folder, and only if it is a real image. */
class LogoTest {

  static AttendanceCompiler.RenderResult renderWithLogo(Path dir, String logo) throws Exception {
    Path schools = Files.createDirectories(dir.resolve("schools"));
    String yaml =
        Files.readString(
                Path.of("src/test/resources/golden/policy/school.yaml"), StandardCharsets.UTF_8)
            .replace("  logo: logo.png", "  logo: " + logo);
    Files.writeString(schools.resolve("school.yaml"), yaml, StandardCharsets.UTF_8);
    Files.writeString(schools.resolve("not-a-picture.png"), "hello", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("outside.png"), "hello", StandardCharsets.UTF_8);
    return new AttendanceCompiler()
        .render(schools, dir.resolve("out"), null, Instant.EPOCH, LocalDate.of(2026, 1, 1));
  }

  @Test
  void refusesALogoOutsideTheSchoolsFolder(@TempDir Path dir) throws Exception {
    var r = renderWithLogo(dir, "../outside.png");
    assertEquals(1, r.diagnostics().size());
    assertEquals(
        "the logo '../outside.png' is outside the schools folder; put it inside schools",
        r.diagnostics().get(0).message());
    assertEquals(13, r.diagnostics().get(0).at().line());
    assertTrue(Files.notExists(dir.resolve("out/oakfield-primary")));
  }

  @Test
  void refusesAFileThatIsNotAnImage(@TempDir Path dir) throws Exception {
    var r = renderWithLogo(dir, "not-a-picture.png");
    assertEquals(
        "the logo 'not-a-picture.png' is not a PNG or JPEG image",
        r.diagnostics().get(0).message());
  }

  @Test
  void aLogoUrlIsRefusedByTheSchema(@TempDir Path dir) throws Exception {
    var r = renderWithLogo(dir, "https://evil.example.org/logo.png");
    assertEquals("LOAD-VALUE", r.diagnostics().get(0).ruleId());
  }
}
