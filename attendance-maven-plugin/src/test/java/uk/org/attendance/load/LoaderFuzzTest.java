package uk.org.attendance.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.org.attendance.diagnostic.Diagnostic;

/**
 * Property-based fuzzing of the loader: real school files, mutated the way hand editing and copying
 * mangle them (characters deleted, YAML punctuation inserted, lines duplicated, indented, swapped,
 * bytes that are not UTF-8), and raw YAML-ish noise. Whatever comes in, the loader must not throw,
 * must not hang, and must locate every problem in the file it read.
 */
class LoaderFuzzTest {

  static final SchoolLoader LOADER = new SchoolLoader();
  static final List<String> SEEDS = seeds();
  static final String PUNCTUATION = ":-[]{}#&*!|>'\"\t\n%@`,? \ufeff\u00e9\u2028";

  @Property
  void theLoaderNeverThrowsAndLocatesEveryProblem(@ForAll("mangledSchools") byte[] file)
      throws IOException {
    Path dir = Files.createTempDirectory("fuzz");
    try {
      Path f = dir.resolve("school.yaml");
      Files.write(f, file);
      SchoolLoader.Result r = LOADER.load(List.of(f), dir);
      for (Diagnostic d : r.diagnostics()) {
        assertTrue(d.at().file().equals(f), "located in the file read: " + d.at());
        assertTrue(d.at().line() >= 0 && d.at().column() >= 0);
        assertFalse(d.message().isBlank());
        assertFalse(
            d.message().contains("Exception"), "no exception text for users: " + d.message());
      }
      assertTrue(r.schools().isEmpty() || !r.hasErrors());
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Provide
  Arbitrary<byte[]> mangledSchools() {
    Arbitrary<String> seed = Arbitraries.of(SEEDS);
    Arbitrary<byte[]> mutated =
        Combinators.combine(
                seed,
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.strings().withChars(PUNCTUATION).ofMaxLength(6))
            .as(LoaderFuzzTest::mutate);
    Arbitrary<byte[]> noise =
        Arbitraries.strings()
            .withChars(PUNCTUATION + "abcxyz019")
            .ofMaxLength(300)
            .map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, mutated),
        net.jqwik.api.Tuple.of(1, noise),
        net.jqwik.api.Tuple.of(1, bytes));
  }

  static byte[] mutate(String seed, int kind, int where, String insert) {
    String[] lines = seed.split("\n", -1);
    int n = lines.length;
    int i = where % n;
    int j = (where / 7) % n;
    switch (kind) {
      case 0:
        { // insert punctuation inside a line
          String l = lines[i];
          int at = l.isEmpty() ? 0 : (where / 13) % l.length();
          lines[i] = l.substring(0, at) + insert + l.substring(at);
          break;
        }
      case 1: // delete a line
        lines[i] = "";
        break;
      case 2: // duplicate a line
        lines[i] = lines[i] + "\n" + lines[i];
        break;
      case 3: // re-indent a line
        lines[i] =
            (where % 2 == 0 ? " " : "") + lines[i].replaceFirst("^ ", where % 3 == 0 ? "\t" : "");
        break;
      case 4:
        { // swap two lines
          String t = lines[i];
          lines[i] = lines[j];
          lines[j] = t;
          break;
        }
      default:
        { // a byte that is not UTF-8, or truncation
          byte[] b = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
          int at = where % Math.max(1, b.length);
          if (where % 2 == 0) {
            b[at] = (byte) 0xC3;
            return b;
          }
          return java.util.Arrays.copyOf(b, at);
        }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  static List<String> seeds() {
    try {
      return List.of(
          Files.readString(Path.of("src/test/resources/load/minimal.yaml")),
          Files.readString(Path.of("src/test/resources/golden/policy/school.yaml")),
          Files.readString(Path.of("../schools/models/lanercost-ce-primary.yaml")),
          Files.readString(Path.of("../schools/models/kelvedon-hatch-primary.yaml")));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
