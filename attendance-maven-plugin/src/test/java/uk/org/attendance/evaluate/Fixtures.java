package uk.org.attendance.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import uk.org.attendance.export.RulesJsonWriter;
import uk.org.attendance.load.SchoolLoader;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.Rulebooks;

/**
 * The bundled schools' rules.json, written straight from their models (no documents rendered), and
 * small files.
 */
final class Fixtures {

  static final Path BUNDLED = Path.of("../schools/models");

  private Fixtures() {}

  /** Every school in a folder, by id, with its rules.json written into {@code out}. */
  static Map<String, Path> rules(Path schools, Path out) {
    SchoolLoader.Result r = new SchoolLoader().loadDirectory(schools);
    if (r.hasErrors()) {
      throw new IllegalStateException(r.diagnostics().toString());
    }
    Map<String, Path> files = new TreeMap<>();
    try {
      for (ResolvedSchool s : r.schools()) {
        Path f = out.resolve(s.id() + ".rules.json");
        Files.createDirectories(out);
        Files.writeString(f, RulesJsonWriter.write(s, Rulebooks.DFE_2024), StandardCharsets.UTF_8);
        files.put(s.id(), f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** A file of text, written as UTF-8. */
  static Path file(Path dir, String name, String text) {
    try {
      Files.createDirectories(dir);
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
