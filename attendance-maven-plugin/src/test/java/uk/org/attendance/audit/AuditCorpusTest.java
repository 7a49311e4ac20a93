package uk.org.attendance.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.check.Finding;

/**
 * The development set: the five source policies, as text (and one as Word and PDF, made here), with
 * every defect written down with its line in {@code audit/defects.tsv}. Audit must report exactly
 * the defects it is meant to find, and nothing else: no finding on a correct statement.
 */
class AuditCorpusTest {

  static final Path SOURCES = Path.of("src/test/resources/audit/sources");
  static final Path DEFECTS = Path.of("src/test/resources/audit/defects.tsv");

  /** The date the defects were written down against (review dates depend on it). */
  static final LocalDate CHECKED_ON = LocalDate.of(2026, 11, 23);

  static final Auditor AUDITOR = new Auditor();

  static List<String[]> defects;

  @BeforeAll
  static void readDefects() throws IOException {
    defects = new ArrayList<>();
    for (String line : Files.readAllLines(DEFECTS, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] cols = line.split("\t");
        assertEquals(7, cols.length, "seven columns: " + line);
        defects.add(cols);
      }
    }
  }

  @Test
  void auditReportsEveryWrittenDownDefectAndNothingElse() {
    long start = System.nanoTime();
    Auditor.Result r = AUDITOR.audit(List.of(SOURCES), CHECKED_ON);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(5, r.policies().size());
    TreeSet<String> found = new TreeSet<>();
    for (Finding f : r.findings()) {
      found.add(
          key(
              f.diagnostic().at().file().getFileName().toString(),
              f.diagnostic().at().line(),
              f.diagnostic().ruleId(),
              f.diagnostic().severity().label()));
    }
    TreeSet<String> expected = new TreeSet<>();
    TreeSet<String> missed = new TreeSet<>();
    for (String[] d : defects) {
      (d[4].equals("yes") ? expected : missed).add(key(d[0], Integer.parseInt(d[1]), d[2], d[3]));
    }
    TreeSet<String> falsePositives = new TreeSet<>(found);
    falsePositives.removeAll(expected);
    TreeSet<String> notFound = new TreeSet<>(expected);
    notFound.removeAll(found);
    assertEquals(
        List.of(),
        List.copyOf(falsePositives),
        "findings that are not written-down defects (false positives)");
    assertEquals(
        List.of(), List.copyOf(notFound), "written-down defects audit should find but did not");
    TreeSet<String> knownMissesFound = new TreeSet<>(missed);
    knownMissesFound.retainAll(found);
    assertEquals(
        List.of(),
        List.copyOf(knownMissesFound),
        "a known miss is now found: mark it 'yes' in defects.tsv");
    int tp = expected.size();
    System.out.printf(
        Locale.ROOT,
        "audit corpus: %d defects written down, %d found, %d known misses, %d false positives;"
            + " precision %.1f%%, recall %.1f%%; 5 policies in %d ms%n",
        tp + missed.size(),
        tp,
        missed.size(),
        falsePositives.size(),
        100.0 * tp / Math.max(1, tp + falsePositives.size()),
        100.0 * tp / (tp + missed.size()),
        millis);
    for (Auditor.Policy p : r.policies()) {
      System.out.printf(
          Locale.ROOT,
          "  %s: %d findings in %d ms%n",
          p.file().getFileName(),
          p.findings().size(),
          p.millis());
    }
  }

  @Test
  void theSamePolicyAsAWordDocumentAndAPdfGivesTheSameFindingsAtItsParagraphsAndPages(
      @TempDir Path dir) throws IOException {
    Path txt = SOURCES.resolve("kelvedon-hatch-primary.txt");
    List<String> paragraphs = PolicyFiles.paragraphs(txt);
    Path docx = dir.resolve("kelvedon.docx");
    Path pdf = dir.resolve("kelvedon.pdf");
    PolicyFiles.docx(paragraphs, docx);
    PolicyFiles.pdf(paragraphs, pdf);
    Auditor.Policy fromText = AUDITOR.auditOne(txt, CHECKED_ON);
    Auditor.Policy fromWord = AUDITOR.auditOne(docx, CHECKED_ON);
    Auditor.Policy fromPdf = AUDITOR.auditOne(pdf, CHECKED_ON);
    assertEquals(rules(fromText), rules(fromWord), "the Word copy");
    assertEquals(rules(fromText), rules(fromPdf), "the PDF copy");
    for (Finding f : fromWord.findings()) {
      int line = f.diagnostic().at().line();
      if (line > 0) {
        assertEquals("paragraph " + line, fromWord.place(f.diagnostic().at()));
        String paragraph = paragraphs.get(line - 1);
        assertTrue(
            paragraph.length() >= f.diagnostic().at().column(),
            "the column lies in paragraph " + line);
      }
    }
    for (Finding f : fromPdf.findings()) {
      if (f.diagnostic().at().line() > 0) {
        assertTrue(
            fromPdf.place(f.diagnostic().at()).matches("page \\d+, line \\d+"),
            fromPdf.place(f.diagnostic().at()));
      }
    }
    // The register closing at 08.40: paragraph and page of the times table.
    Finding close =
        fromWord.findings().stream()
            .filter(f -> f.diagnostic().ruleId().equals("ATT020"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        paragraphs
            .get(close.diagnostic().at().line() - 1)
            .startsWith("- Registration closes: 08.40"),
        paragraphs.get(close.diagnostic().at().line() - 1));
    Finding pdfClose =
        fromPdf.findings().stream()
            .filter(f -> f.diagnostic().ruleId().equals("ATT020"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        fromPdf.text().blocks().stream()
            .anyMatch(
                b ->
                    b.text().startsWith("- Registration closes: 08.40")
                        && b.firstLine() == pdfClose.diagnostic().at().line()));
  }

  private static List<String> rules(Auditor.Policy p) {
    // A message that names a second place names it in the document's own terms (line, paragraph,
    // page).
    return p.findings().stream()
        .map(
            f ->
                f.diagnostic().ruleId()
                    + " "
                    + f.diagnostic()
                        .message()
                        .replaceAll(" \\((?:line|paragraph|page) [0-9, a-z]+\\)$", " (elsewhere)"))
        .sorted()
        .toList();
  }

  private static String key(String file, int line, String rule, String severity) {
    return file + ":" + line + " " + rule + " " + severity;
  }
}
