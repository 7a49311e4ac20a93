package uk.org.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the plugin jar carries is what a school's build runs: the development tools (the benchmark,
 * the synthetic registers, the readability scorer) are test code, and nothing shipped starts
 * another program.
 */
class ShippedCodeTest {

  static final Path SOURCES = Path.of("src/main/java/uk/org/attendance");
  static final Path CLASSES = Path.of("target/classes/uk/org/attendance");

  @Test
  void theDevelopmentToolsAreTestCode() {
    assertTrue(Files.isDirectory(CLASSES), "the main classes are compiled before the tests run");
    for (String shipped :
        List.of("bench", "mojo/BenchmarkMojo.class", "render/Readability.class")) {
      assertFalse(Files.exists(CLASSES.resolve(shipped)), shipped + " would ship in the plugin");
    }
    for (String tool :
        List.of(
            "bench/Benchmark.class", "bench/SyntheticRegister.class", "render/Readability.class")) {
      assertTrue(
          Files.exists(Path.of("target/test-classes/uk/org/attendance").resolve(tool)),
          tool + " is missing");
    }
  }

  @Test
  void nothingShippedStartsAnotherProgram() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String text = Files.readString(f);
        for (String call : List.of("ProcessBuilder", "Runtime.getRuntime().exec")) {
          if (text.contains(call)) {
            found.add(SOURCES.relativize(f) + ": " + call);
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }
}
