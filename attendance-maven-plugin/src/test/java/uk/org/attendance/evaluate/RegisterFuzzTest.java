package uk.org.attendance.evaluate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.report.CsvAssertions;

/**
 * Property-based fuzzing of the register reader, in the style of the loader's: real registers in
 * each layout, mangled the way re-saving and hand editing mangle them (cells deleted, delimiters
 * and quotes inserted, lines duplicated, swapped or cut, bytes that are not UTF-8, formula and
 * control characters), and raw noise. Whatever comes in, reading and evaluating must not throw
 * anything but a located {@link EvaluateException}, and every output must be made and be safe to
 * open in a spreadsheet.
 */
class RegisterFuzzTest {

  static final String PUNCTUATION =
      ",;\t\"\n\r=+-@#/\\ \ufeff\u00e9\u202e\u001b:0123456789APMNOGLU";
  static final List<String> SEEDS =
      List.of(
          Registers.of(6).pupil("P1").pupil("P2").mark("P1", 0, 2, "N").mark("P2", 3, 1, "G").csv(),
          "UPN,Name,Year,Mon 01/09/2025 AM,Mon 01/09/2025 PM,Tue 02/09/2025 AM\nP1,\"Smith, Ann\",Year 7,/,\\,O\nP2,Bob,Year 8,L,U,N\n",
          ",,01/09/2025,,02/09/2025,\nAdno,Name,AM,PM,AM,PM\n1,Ann,/,\\,I,I\n2,Bob,N,O,#,#\n",
          "Pupil ID;Date;Period;Mark\nA;01/09/25 00:00:00;A;/\nA;01/09/25 00:00:00;P;O\nB;45901;A;G\n");

  static Path dir;
  static Path rules;

  @BeforeContainer
  static void setUp() throws IOException {
    dir = Files.createTempDirectory("register-fuzz");
    rules = TestRules.oakfield().write(dir, "oakfield.rules.json");
  }

  @AfterContainer
  static void tearDown() throws IOException {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property
  void readingAndEvaluatingNeverThrowAndEveryOutputIsSafe(@ForAll("mangledRegisters") byte[] bytes)
      throws IOException {
    Path f = dir.resolve("register.csv");
    Files.write(f, bytes);
    Evaluation e;
    try {
      e = Evaluation.run(rules, f);
    } catch (EvaluateException ex) {
      Diagnostic d = ex.diagnostic();
      assertTrue(d.at().file().equals(f), "located in the register: " + d.at());
      assertFalse(d.message().isBlank());
      assertFalse(d.message().contains("Exception"), "no exception text for users: " + d.message());
      assertTrue(
          d.message().chars().noneMatch(c -> c < 0x20 || c == 0x202E),
          "no control character in a message");
      return;
    }
    for (Diagnostic d : e.warnings()) {
      assertTrue(
          d.format(dir)
              .chars()
              .noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' || c == 0x1B || c == 0x202E),
          "no control character in a warning: " + d.message());
    }
    assertTrue(e.register().badRows().size() <= InputLimits.SHOWN);
    for (String csv : List.of(e.csv(), e.actionsCsv(), e.summaryCsv())) {
      CsvAssertions.noCellStartsAFormula(csv);
    }
    String html = e.html();
    assertTrue(html.endsWith("</html>\n"));
    assertFalse(html.contains("<img") || html.contains("\u001b"));
    assertTrue(e.json().endsWith("}\n"));
  }

  @Provide
  Arbitrary<byte[]> mangledRegisters() {
    Arbitrary<byte[]> mutated =
        Combinators.combine(
                Arbitraries.of(SEEDS),
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.strings().withChars(PUNCTUATION).ofMaxLength(8))
            .as(RegisterFuzzTest::mutate);
    Arbitrary<byte[]> noise =
        Arbitraries.strings()
            .withChars(PUNCTUATION + "abcxyz")
            .ofMaxLength(400)
            .map(s -> ("UPN,Date,Session,Mark\n" + s).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    return Arbitraries.frequencyOf(Tuple.of(8, mutated), Tuple.of(1, noise), Tuple.of(1, bytes));
  }

  static byte[] mutate(String seed, int kind, int where, String insert) {
    String[] lines = seed.split("\n", -1);
    int n = lines.length;
    int i = where % n;
    int j = (where / 7) % n;
    switch (kind) {
      case 0 -> { // insert punctuation inside a line
        String l = lines[i];
        int at = l.isEmpty() ? 0 : (where / 13) % l.length();
        lines[i] = l.substring(0, at) + insert + l.substring(at);
      }
      case 1 -> lines[i] = ""; // delete a line
      case 2 -> lines[i] = lines[i] + "\n" + lines[i]; // duplicate a line (second marks)
      case 3 -> { // swap two lines (the header may move)
        String t = lines[i];
        lines[i] = lines[j];
        lines[j] = t;
      }
      case 4 -> { // replace one cell
        String[] cells = lines[i].split(",", -1);
        cells[(where / 11) % cells.length] = insert;
        lines[i] = String.join(",", cells);
      }
      case 5 ->
          lines[i] =
              lines[i].replace(',', (where & 1) == 0 ? ';' : '\t'); // another delimiter on one line
      default -> { // a byte that is not UTF-8, or the file cut short
        byte[] b = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        int at = where % Math.max(1, b.length);
        if (where % 2 == 0) {
          b[at] = (byte) 0x9D;
          return b;
        }
        return java.util.Arrays.copyOf(b, at);
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  /** The seeds are real registers: unmangled, each is read without a rejected row. */
  @net.jqwik.api.Example
  void theSeedsAreValidRegisters() {
    for (String seed : SEEDS) {
      try {
        Evaluation e = Evaluation.run(rules, Fixtures.file(dir, "seed.csv", seed));
        assertTrue(e.register().rejected().count() == 0, seed);
      } catch (EvaluateException ex) {
        throw new UncheckedIOException(new IOException(ex.diagnostic().format(dir)));
      }
    }
  }
}
