package uk.org.attendance.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import uk.org.attendance.AttendanceCompiler;

/** The bundled schools rendered once per test run, shared by the test classes that read them. */
final class RenderedBundle {

  static final Instant WHEN = Instant.parse("2026-01-01T00:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static Path out;
  private static AttendanceCompiler.RenderResult result;

  private RenderedBundle() {}

  static synchronized AttendanceCompiler.RenderResult result() {
    if (result == null) {
      try {
        out = Files.createTempDirectory("bundle");
        out.toFile().deleteOnExit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // As the schools/ module renders them: drafts allowed, annotated pages too.
      result =
          new AttendanceCompiler()
              .render(
                  Path.of("../schools/models"),
                  out,
                  new AttendanceCompiler.RenderOptions(null, WHEN, TODAY, true, true, true, null));
    }
    return result;
  }

  /**
   * Copies some of the bundled models (a school's file, a trust's folder, or a trust's base and
   * some of its members' files) into {@code dir}, for a test that makes documents again: it makes
   * them for these only, not for all twelve.
   *
   * @return {@code dir}
   */
  static Path some(Path dir, String... units) {
    try {
      for (String unit : units) {
        Path from = Path.of("../schools/models").resolve(unit);
        try (var walk = Files.walk(from)) {
          for (Path p : walk.toList()) {
            Path to = dir.resolve(unit).resolve(from.relativize(p).toString());
            Files.createDirectories(Files.isDirectory(p) ? to : to.getParent());
            if (!Files.isDirectory(p)) {
              Files.copy(p, to);
            }
          }
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path out() {
    result();
    return out;
  }

  static byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(out().resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String relative) {
    try {
      return Files.readString(out().resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
