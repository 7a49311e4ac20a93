package uk.org.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules from the style guide, enforced: only {@code mojo} imports Maven; {@code model}
 * imports nothing of ours but itself; {@code load} and {@code check} never import {@code mojo};
 * {@code evaluate}, the reference consumer of rules.json, imports nothing that reads or renders the
 * school files.
 */
class ArchitectureTest {

  static final Path SOURCES = Path.of("src/main/java/uk/org/attendance");

  @Test
  void onlyMojoImportsMaven() throws IOException {
    assertEquals(List.of(), offenders(p -> !p.startsWith(SOURCES.resolve("mojo")), "import org.apache.maven"));
  }

  @Test
  void modelImportsNothingOfOurs() throws IOException {
    List<String> bad = new ArrayList<>();
    for (String pkg : List.of("load", "check", "mojo", "reference", "render", "export")) {
      bad.addAll(offenders(p -> p.startsWith(SOURCES.resolve("model")), "import uk.org.attendance." + pkg));
    }
    bad.addAll(offenders(p -> p.startsWith(SOURCES.resolve("model")), "import com.fasterxml"));
    bad.addAll(offenders(p -> p.startsWith(SOURCES.resolve("model")), "import java.io"));
    assertEquals(List.of(), bad);
  }

  @Test
  void coreNeverImportsTheMojos() throws IOException {
    assertEquals(List.of(), offenders(p -> !p.startsWith(SOURCES.resolve("mojo")), "import uk.org.attendance.mojo"));
  }

  @Test
  void evaluateReadsOnlyRulesJsonSoImportsNoneOfTheCompiler() throws IOException {
    List<String> bad = new ArrayList<>();
    for (String pkg : List.of("export", "load", "render", "mojo", "reference", "AttendanceCompiler")) {
      bad.addAll(offenders(p -> p.startsWith(SOURCES.resolve("evaluate")), "import uk.org.attendance." + pkg));
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void checkNeverImportsTheLoader() throws IOException {
    assertEquals(List.of(), offenders(p -> p.startsWith(SOURCES.resolve("check")), "import uk.org.attendance.load"));
  }

  private static List<String> offenders(java.util.function.Predicate<Path> scope, String forbidden) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).filter(scope).sorted().toList()) {
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith(forbidden)) {
            out.add(SOURCES.relativize(f) + ": " + line);
          }
        }
      }
    }
    return out;
  }
}
