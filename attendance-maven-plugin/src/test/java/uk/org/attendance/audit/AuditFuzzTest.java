package uk.org.attendance.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import uk.org.attendance.check.Finding;

/**
 * Property-based fuzzing of audit's text extraction and recognition, in the style of
 * LoaderFuzzTest: real policies as text, web pages, Word documents and PDFs, mangled (bytes
 * changed, cut short, lines duplicated and swapped, markup inserted) and raw noise. Whatever comes
 * in, audit must not throw, must locate every problem in the file it read, and must never show a
 * user an exception's text.
 *
 * <p>Each try audits a whole document (read, recognised and checked against every rule), so {@code
 * mvn verify} makes {@value #TRIES} tries, not the 400 of junit-platform.properties. For a longer
 * run:
 *
 * <pre>
 * mvn -pl attendance-maven-plugin -am test -Dtest=AuditFuzzTest -Daudit.fuzz.tries=10000 -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@AddLifecycleHook(
    value = AuditFuzzTest.Tries.class,
    propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class AuditFuzzTest {

  /** The tries in {@code mvn verify}, unless {@code -Daudit.fuzz.tries} says how many. */
  static final int TRIES = 150;

  /** Sets the property's tries: {@code -Daudit.fuzz.tries}, or {@link #TRIES}. */
  static final class Tries implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(
        PropertyLifecycleContext context, PropertyExecutor property) {
      context.attributes().setTries(Integer.getInteger("audit.fuzz.tries", TRIES));
      return property.execute();
    }
  }

  static final Auditor AUDITOR = new Auditor();
  static final String TEXT = excerpt();
  static final byte[] DOCX = binary("docx");
  static final byte[] PDF = binary("pdf");
  static final String NOISE =
      "<>&;/\\\"'\t\n\r:.,-*#[](){}£%0123456789amp \u00a0\u2029\f\ufeffRegisterclosesat";

  @Property
  void auditNeverThrowsAndLocatesEveryProblem(
      @ForAll("mangledPolicies") Tuple.Tuple2<String, byte[]> policy) throws IOException {
    Path dir = Files.createTempDirectory("audit-fuzz");
    try {
      Path f = dir.resolve("policy." + policy.get1());
      Files.write(f, policy.get2());
      Auditor.Policy p = AUDITOR.auditOne(f, LocalDate.of(2026, 1, 1));
      for (Finding finding : p.findings()) {
        assertTrue(
            finding.diagnostic().at().file().equals(f),
            "located in the file read: " + finding.diagnostic().at());
        assertTrue(
            finding.diagnostic().at().line() >= 0 && finding.diagnostic().at().column() >= 0);
        assertFalse(finding.diagnostic().message().isBlank());
        assertFalse(
            finding.diagnostic().message().contains("Exception"),
            "no exception text: " + finding.diagnostic().message());
        assertFalse(
            finding.diagnostic().ruleId().equals("AUDIT-INTERNAL")
                || finding.diagnostic().ruleId().equals("CHECK-INTERNAL"),
            "no bug: " + finding.diagnostic().message());
        p.place(finding.diagnostic().at());
      }
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
      }
    }
  }

  @Provide
  Arbitrary<Tuple.Tuple2<String, byte[]>> mangledPolicies() {
    Arbitrary<Integer> where = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    Arbitrary<String> insert = Arbitraries.strings().withChars(NOISE).ofMaxLength(12);
    Arbitrary<Tuple.Tuple2<String, byte[]>> text =
        Combinators.combine(Arbitraries.integers().between(0, 4), where, insert)
            .as((k, w, i) -> Tuple.of(w % 3 == 0 ? "html" : "txt", mutateText(TEXT, k, w, i)));
    Arbitrary<Tuple.Tuple2<String, byte[]>> docx =
        Combinators.combine(Arbitraries.integers().between(0, 2), where)
            .as((k, w) -> Tuple.of("docx", mutateBytes(DOCX, k, w)));
    Arbitrary<Tuple.Tuple2<String, byte[]>> pdf =
        Combinators.combine(Arbitraries.integers().between(0, 2), where)
            .as((k, w) -> Tuple.of("pdf", mutateBytes(PDF, k, w)));
    Arbitrary<Tuple.Tuple2<String, byte[]>> noise =
        Arbitraries.strings()
            .withChars(NOISE)
            .ofMaxLength(400)
            .map(s -> Tuple.of("txt", s.getBytes(StandardCharsets.UTF_8)));
    return Arbitraries.frequencyOf(
        Tuple.of(5, text), Tuple.of(2, docx), Tuple.of(2, pdf), Tuple.of(1, noise));
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
