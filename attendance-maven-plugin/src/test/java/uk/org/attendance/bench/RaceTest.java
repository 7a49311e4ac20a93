package uk.org.attendance.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A race with the peers missing still times ours, and says plainly that each peer was skipped. */
class RaceTest {

  @Test
  void peersThatAreNotInstalledAreSkippedWithAMessage(@TempDir Path work) throws Exception {
    List<String> report =
        Race.run(Path.of("../schools/models"), work, 1, 1, work.resolve("no-such-bin").toString());
    assertTrue(report.get(0).startsWith("race: 1 policies"), report.get(0));
    assertTrue(
        report.stream().anyMatch(l -> l.startsWith("ours (policy.pdf, PDF/UA-1 + PDF/A-2a, warm")),
        report.toString());
    assertEquals(
        List.of(
            "LibreOffice: soffice is not on the PATH, so it was skipped (Debian: apt-get install libreoffice-writer-nogui)",
            "WeasyPrint: weasyprint is not on the PATH, so it was skipped (Debian: apt-get install weasyprint)"),
        report.subList(report.size() - 2, report.size()));
  }
}
