package uk.org.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules written down in {@code uk/org/attendance/package-info.java}, enforced. A class
 * uses a package when its code names it, by an import or written out in full ({@code
 * uk.org.attendance.check.Finding}); comments and string literals do not count.
 */
class ArchitectureTest {

  static final Path SOURCES = Path.of("src/main/java/uk/org/attendance");

  /** The façade and the other classes directly in {@code uk.org.attendance}. */
  static final String ROOT = "(root)";

  /** Maven's API, as a dependency. */
  static final String MAVEN = "(maven)";

  private static final Pattern OURS = Pattern.compile("\\buk\\.org\\.attendance\\.(\\w+)");

  /** Which of our packages (and Maven) each class uses, by its path under {@link #SOURCES}. */
  private static final Map<String, Set<String>> USES = scan();

  @Test
  void onlyMojoUsesMaven() {
    assertEquals(List.of(), offenders(pkg -> !pkg.equals("mojo"), Set.of(MAVEN)));
  }

  @Test
  void nothingUsesTheMojos() {
    assertEquals(List.of(), offenders(pkg -> !pkg.equals("mojo"), Set.of("mojo")));
  }

  @Test
  void modelUsesNothingOfOursButItself() {
    List<String> bad = new ArrayList<>(offenders(pkg -> pkg.equals("model"), all(Set.of("model"))));
    bad.addAll(lines("model", "import com.fasterxml"));
    bad.addAll(lines("model", "import java.io"));
    assertEquals(List.of(), bad);
  }

  @Test
  void diagnosticAndFilesUseNothingOfOursButTheModel() {
    assertEquals(
        List.of(), offenders(pkg -> pkg.equals("diagnostic"), all(Set.of("diagnostic", "model"))));
    assertEquals(List.of(), offenders(pkg -> pkg.equals("files"), all(Set.of("files", "model"))));
  }

  @Test
  void theRulebookAndTheTextHelpersStandOnTheModelAlone() {
    assertEquals(List.of(), offenders(pkg -> pkg.equals("text"), all(Set.of("text", "model"))));
    assertEquals(
        List.of(),
        offenders(pkg -> pkg.equals("reference"), all(Set.of("reference", "text", "model"))));
  }

  @Test
  void theBuildKnowsNoDocumentFormat() {
    assertEquals(
        List.of(),
        offenders(
            pkg -> pkg.equals("build"), all(Set.of("build", "model", "diagnostic", "files"))));
  }

  @Test
  void theLoaderAndTheRendererNeverUseTheRuleEngine() {
    assertEquals(
        List.of(), offenders(pkg -> pkg.equals("load") || pkg.equals("render"), Set.of("check")));
  }

  @Test
  void theRuleEngineNeverUsesTheLoader() {
    assertEquals(List.of(), offenders(pkg -> pkg.equals("check"), Set.of("load")));
  }

  @Test
  void theImporterWritesASchoolFileAndNeverReadsOne() {
    assertEquals(
        List.of(),
        offenders(
            pkg -> pkg.equals("importer"),
            Set.of("load", "render", "export", "report", "build", "evaluate", "mojo", ROOT)));
  }

  @Test
  void onlyTheFacadeAndTheGoalsUseTheImporter() {
    assertEquals(
        List.of(), offenders(pkg -> !pkg.equals(ROOT) && !pkg.equals("mojo"), Set.of("importer")));
  }

  @Test
  void evaluateReadsOnlyRulesJsonSoUsesNoneOfTheCompiler() {
    assertEquals(
        List.of(),
        offenders(
            pkg -> pkg.equals("evaluate"),
            Set.of("export", "render", "load", "check", "reference", "mojo", ROOT)));
  }

  @Test
  void theScannerSeesImportsAndNamesWrittenOutInFull() {
    assertTrue(USES.get("mojo/CheckMojo.java").contains(MAVEN), "an import of Maven");
    assertTrue(
        USES.get("mojo/RenderMojo.java").contains("diagnostic"),
        "uk.org.attendance.diagnostic.Diagnostic.displayPath written out in full: "
            + USES.get("mojo/RenderMojo.java"));
    assertTrue(USES.get("build/Fingerprints.java").contains("files"), "an import");
    assertTrue(USES.keySet().size() > 200, "every class is scanned: " + USES.size());
    assertEquals(
        "\nint x = \"\" + ''; ",
        code(
            "package uk.org.attendance.check;\n/** {@link uk.org.attendance.load.X} */"
                + "int x = \"uk.org.attendance.load\" + 'u'; // uk.org.attendance.load"),
        "comments and literals do not count");
  }

  /** Every package of ours and Maven, but {@code allowed}. */
  private static Set<String> all(Set<String> allowed) {
    Set<String> every = new TreeSet<>();
    USES.values().forEach(every::addAll);
    every.addAll(packages());
    every.removeAll(allowed);
    return every;
  }

  private static Set<String> packages() {
    Set<String> out = new TreeSet<>();
    USES.keySet().forEach(f -> out.add(packageOf(f)));
    return out;
  }

  /**
   * "render/Foo.java uses check" for each class in a package {@code scope} accepts that uses one of
   * {@code forbidden}.
   */
  private static List<String> offenders(
      java.util.function.Predicate<String> scope, Set<String> forbidden) {
    List<String> out = new ArrayList<>();
    USES.forEach(
        (file, uses) -> {
          if (scope.test(packageOf(file))) {
            uses.stream().filter(forbidden::contains).forEach(u -> out.add(file + " uses " + u));
          }
        });
    return out;
  }

  /** Lines of a package's classes that start with {@code prefix}. */
  private static List<String> lines(String pkg, String prefix) {
    List<String> out = new ArrayList<>();
    for (String file : USES.keySet()) {
      if (packageOf(file).equals(pkg)) {
        for (String line : read(SOURCES.resolve(file)).split("\n")) {
          if (line.startsWith(prefix)) {
            out.add(file + ": " + line);
          }
        }
      }
    }
    return out;
  }

  private static String packageOf(String file) {
    int slash = file.indexOf('/');
    return slash < 0 ? ROOT : file.substring(0, slash);
  }

  private static Map<String, Set<String>> scan() {
    Map<String, Set<String>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String file = SOURCES.relativize(f).toString().replace('\\', '/');
        String own = packageOf(file);
        String code = code(read(f));
        Set<String> uses = new TreeSet<>();
        Matcher m = OURS.matcher(code);
        while (m.find()) {
          String target = Character.isUpperCase(m.group(1).charAt(0)) ? ROOT : m.group(1);
          if (!target.equals(own)) {
            uses.add(target);
          }
        }
        if (code.contains("org.apache.maven")) {
          uses.add(MAVEN);
        }
        out.put(file, uses);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The source without its package line, comments, string and character literals. */
  static String code(String source) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
      } else if (source.startsWith("/*", i)) {
        i = source.indexOf("*/", i + 2) < 0 ? source.length() : source.indexOf("*/", i + 2) + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        i =
            source.indexOf("\"\"\"", i + 3) < 0
                ? source.length()
                : source.indexOf("\"\"\"", i + 3) + 3;
        b.append("\"\"");
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < source.length() && source.charAt(j) != c) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
        b.append(c).append(c);
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString().replaceFirst("(?m)^package [\\w.]+;", "");
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
