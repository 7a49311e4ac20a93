package uk.org.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Validate, check, render, evaluate and audit, fed the hostile corpus (src/test/resources/hostile,
 * hostile-render, hostile-register, hostile-audit) and the golden school, with Java's proxy
 * selector replaced by one that records and refuses every address: nothing is fetched from the
 * network. A class of its own (it was HostileInputTest's) because it holds the selector, which is
 * JVM-wide, and the rest of the hostile corpus need not. It runs beside other test classes, none of
 * which opens a connection (only this class and XmlReadersTest, which never run together, touch the
 * selector or a socket): an attempt made by any class while it runs fails it, as it should.
 */
@ResourceLock(NoNetworkTest.PROXY_SELECTOR)
class NoNetworkTest {

  /** The lock of the classes that replace Java's JVM-wide proxy selector while they run. */
  static final String PROXY_SELECTOR = "java.net.ProxySelector";

  static final Path CORPUS = HostileInputTest.CORPUS;

  @Test
  void nothingIsFetchedFromTheNetwork(@TempDir Path out) {
    ProxySelector before = ProxySelector.getDefault();
    List<URI> attempts = new ArrayList<>();
    ProxySelector.setDefault(
        new ProxySelector() {
          @Override
          public List<Proxy> select(URI uri) {
            attempts.add(uri);
            throw new IllegalStateException("network access attempted: " + uri);
          }

          @Override
          public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
        });
    try {
      AttendanceCompiler compiler = new AttendanceCompiler();
      compiler.validate(CORPUS);
      compiler.check(CORPUS.resolve("../hostile-render"), LocalDate.of(2026, 1, 1));
      compiler.render(
          CORPUS.resolve("../hostile-render"), out, null, Instant.EPOCH, LocalDate.of(2026, 1, 1));
      compiler.render(
          Path.of("src/test/resources/golden/policy"),
          out.resolve("golden"),
          null,
          Instant.EPOCH,
          LocalDate.of(2026, 1, 1));
      // attendance:evaluate: rules.json, a register with links and markup in it, a letters log, and
      // every output.
      Path letters = out.resolve("letters.csv");
      Files.writeString(
          letters,
          "UPN,Letter,Date Sent\nP3,concern,2025-09-09\nP3,https://example.org/letter,2025-09-09\n");
      uk.org.attendance.evaluate.Evaluation e =
          uk.org.attendance.evaluate.Evaluation.run(
              new uk.org.attendance.evaluate.Evaluation.Request(
                  out.resolve("golden/oakfield-primary/rules.json"),
                  Path.of("src/test/resources/hostile-register/formulas-and-html.csv"),
                  letters,
                  LocalDate.of(2025, 9, 1),
                  uk.org.attendance.evaluate.ColumnChoice.NONE,
                  uk.org.attendance.evaluate.InputLimits.DEFAULT));
      assertEquals(5, e.files().size());
      // audit: a web page that links scripts, styles, images and frames elsewhere, and a Word and a
      // PDF policy.
      Path kelvedon = Path.of("src/test/resources/audit/sources/kelvedon-hatch-primary.txt");
      uk.org.attendance.audit.AuditTestSupport.docx(kelvedon, out.resolve("kelvedon.docx"));
      uk.org.attendance.audit.AuditTestSupport.pdf(kelvedon, out.resolve("kelvedon.pdf"));
      compiler.audit(
          List.of(
              Path.of("src/test/resources/hostile-audit"),
              Path.of("src/test/resources/audit/sources"),
              out.resolve("kelvedon.docx"),
              out.resolve("kelvedon.pdf")),
          LocalDate.of(2026, 1, 1));
    } catch (uk.org.attendance.evaluate.EvaluateException | IOException ex) {
      throw new AssertionError(ex);
    } finally {
      ProxySelector.setDefault(before);
    }
    assertEquals(List.of(), attempts);
  }
}
