package uk.org.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's layout names every package of the plugin, each with what it holds (written {@code
 * `name` (what)}), and no package that is not there.
 */
class ReadmeLayoutTest {

  private static final Pattern LISTED = Pattern.compile("`([a-z]+(?:\\.[a-z]+)*)` \\(");

  @Test
  void theLayoutListsEveryPackage() throws IOException {
    List<String> rows =
        Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8).stream()
            .filter(l -> l.startsWith("| `attendance-maven-plugin/` |"))
            .toList();
    assertEquals(1, rows.size(), "one layout row for the plugin");
    Set<String> listed =
        LISTED
            .matcher(rows.get(0))
            .results()
            .map(m -> m.group(1))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> packages;
    try (Stream<Path> dirs = Files.walk(ArchitectureTest.SOURCES)) {
      packages =
          dirs.filter(Files::isDirectory)
              .filter(d -> !d.equals(ArchitectureTest.SOURCES))
              .map(
                  d ->
                      ArchitectureTest.SOURCES
                          .relativize(d)
                          .toString()
                          .replace('\\', '/')
                          .replace('/', '.'))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertTrue(packages.contains("render.outputs"), "subpackages are found: " + packages);
    assertEquals(
        packages,
        listed,
        "the packages under " + ArchitectureTest.SOURCES + " and the README's layout");
  }
}
