package uk.org.attendance.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.check.Finding;

/**
 * Fuzzing of audit's text extraction and recognition, in the style of LoaderFuzzTest: real policies
 * as text, web pages, Word documents and PDFs, mangled (bytes changed, cut short, lines duplicated
 * and swapped, markup inserted) and raw noise. Whatever comes in, audit must not throw, must locate
 * every problem in the file it read, and must never show a user an exception's text.
 *
 * <p>Each try audits a whole document (read, recognised and checked against every rule), so {@code
 * mvn verify} makes {@value #TRIES} tries: first the edge cases (every mangling at the first and
 * the last place, with nothing inserted, and empty noise), then random ones from a seed that is new
 * on every run and named in any failure. It is a JUnit Jupiter test, not a jqwik property: jqwik's
 * engine runs its properties one at a time after every Jupiter class, and this one's seconds of
 * auditing kept the other core idle there. For a longer run, or to repeat a failed one:
 *
 * <pre>
 * mvn -pl attendance-maven-plugin -am test -Dtest=AuditFuzzTest -Daudit.fuzz.tries=10000 [-Daudit.fuzz.seed=N] -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class AuditFuzzTest {

  /** The tries in {@code mvn verify}, unless {@code -Daudit.fuzz.tries} says how many. */
  static final int TRIES = 150;

  static final Auditor AUDITOR = new Auditor();
  static final String TEXT = excerpt();
  static final byte[] DOCX = binary("docx");
  static final byte[] PDF = binary("pdf");
  static final String NOISE =
      "<>&;/\\\"'\t\n\r:.,-*#[](){}£%0123456789amp \u00a0\u2029\f\ufeffRegisterclosesat";

  /** A mangled policy: its file's extension, its bytes, and how it was made. */
  record Mangled(String extension, byte[] bytes, String how) {}

  @Test
  void auditNeverThrowsAndLocatesEveryProblem(@TempDir Path dir) throws IOException {
    long seed = Long.getLong("audit.fuzz.seed", System.nanoTime());
    List<Mangled> tries = edgeCases();
    Random random = new Random(seed);
    while (tries.size() < Integer.getInteger("audit.fuzz.tries", TRIES)) {
      tries.add(mangled(random));
    }
    for (int t = 0; t < tries.size(); t++) {
      Mangled m = tries.get(t);
      String which = "try " + t + " (" + m.how() + ") of -Daudit.fuzz.seed=" + seed + ": ";
      Path f = Files.createDirectories(dir.resolve("try-" + t)).resolve("policy." + m.extension());
      Files.write(f, m.bytes());
      Auditor.Policy p;
      try {
        p = AUDITOR.auditOne(f, LocalDate.of(2026, 1, 1));
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError(which + "audit threw", e);
      }
      for (Finding finding : p.findings()) {
        assertTrue(
            finding.diagnostic().at().file().equals(f),
            which + "located in the file read: " + finding.diagnostic().at());
        assertTrue(
            finding.diagnostic().at().line() >= 0 && finding.diagnostic().at().column() >= 0,
            which + "a line and column");
        assertFalse(finding.diagnostic().message().isBlank(), which + "a message");
        assertFalse(
            finding.diagnostic().message().contains("Exception"),
            which + "no exception text: " + finding.diagnostic().message());
        assertFalse(
            finding.diagnostic().ruleId().equals("AUDIT-INTERNAL")
                || finding.diagnostic().ruleId().equals("CHECK-INTERNAL"),
            which + "no bug: " + finding.diagnostic().message());
        p.place(finding.diagnostic().at());
      }
      Files.delete(f);
    }
  }

  /** Every mangling at the first and the last place, inserting nothing; and empty noise. */
  static List<Mangled> edgeCases() {
    List<Mangled> edges = new ArrayList<>();
    for (int where : new int[] {0, Integer.MAX_VALUE}) {
      for (int kind = 0; kind <= 4; kind++) {
        edges.add(text(kind, where, ""));
      }
      for (int kind = 0; kind <= 2; kind++) {
        edges.add(
            new Mangled("docx", mutateBytes(DOCX, kind, where), "docx " + kind + "@" + where));
        edges.add(new Mangled("pdf", mutateBytes(PDF, kind, where), "pdf " + kind + "@" + where));
      }
    }
    edges.add(new Mangled("txt", new byte[0], "empty noise"));
    return edges;
  }

  /** One random try: text or a web page 5 times in 10, Word 2, PDF 2, noise 1. */
  static Mangled mangled(Random random) {
    int which = random.nextInt(10);
    int where = random.nextInt(Integer.MAX_VALUE);
    if (which < 5) {
      return text(random.nextInt(5), where, noise(random, 12));
    }
    if (which < 9) {
      String extension = which < 7 ? "docx" : "pdf";
      int kind = random.nextInt(3);
      byte[] seed = which < 7 ? DOCX : PDF;
      return new Mangled(
          extension, mutateBytes(seed, kind, where), extension + " " + kind + "@" + where);
    }
    String noise = noise(random, 400);
    return new Mangled("txt", noise.getBytes(StandardCharsets.UTF_8), "noise of " + noise.length());
  }

  static Mangled text(int kind, int where, String insert) {
    return new Mangled(
        where % 3 == 0 ? "html" : "txt",
        mutateText(TEXT, kind, where, insert),
        "text " + kind + "@" + where + " inserting " + insert.length() + " characters");
  }

  /** Up to {@code max} characters of {@link #NOISE}. */
  static String noise(Random random, int max) {
    int length = random.nextInt(max + 1);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(NOISE.charAt(random.nextInt(NOISE.length())));
    }
    return b.toString();
  }

  static byte[] mutateText(String seed, int kind, int where, String insert) {
    String[] lines = seed.split("\n", -1);
    int i = where % lines.length;
    int j = (where / 7) % lines.length;
    switch (kind) {
      case 0:
        {
          String l = lines[i];
          int at = l.isEmpty() ? 0 : (where / 13) % l.length();
          lines[i] = l.substring(0, at) + insert + l.substring(at);
          break;
        }
      case 1:
        lines[i] = lines[i] + "\n" + lines[i];
        break;
      case 2:
        {
          String t = lines[i];
          lines[i] = lines[j];
          lines[j] = t;
          break;
        }
      case 3:
        lines[i] = "<" + insert + ">" + lines[i] + "</" + insert + ">";
        break;
      default:
        {
          byte[] b = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
          b[where % b.length] = (byte) (where % 2 == 0 ? 0xC3 : 0x00);
          return b;
        }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] mutateBytes(byte[] seed, int kind, int where) {
    byte[] b = seed.clone();
    switch (kind) {
      case 0: // change a few bytes
        for (int k = 0; k < 4; k++) {
          b[(where / (k + 1)) % b.length] ^= (byte) (1 << (k + where % 5));
        }
        return b;
      case 1: // cut short
        return java.util.Arrays.copyOf(b, where % b.length);
      default: // a stretch overwritten with zeros
        int at = where % b.length;
        java.util.Arrays.fill(b, at, Math.min(b.length, at + 64), (byte) 0);
        return b;
    }
  }

  static String excerpt() {
    try {
      List<String> lines =
          Files.readAllLines(
              Path.of("src/test/resources/audit/sources/kelvedon-hatch-primary.txt"));
      return String.join("\n", lines.subList(150, 215));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] binary(String kind) {
    try {
      Path dir = Files.createTempDirectory("audit-fuzz-seed");
      Path txt = dir.resolve("seed.txt");
      Files.writeString(txt, excerpt());
      Path out = dir.resolve("seed." + kind);
      if (kind.equals("docx")) {
        AuditTestSupport.docx(txt, out);
      } else {
        AuditTestSupport.pdf(txt, out);
      }
      byte[] b = Files.readAllBytes(out);
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
      }
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
