package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.diagnostic.Diagnostic;

/**
 * A policy with an outstanding error is not ready to publish: without {@code allowDrafts} it is not
 * rendered at all; with it, every page says "Draft" and the findings come first. A policy with none
 * is final, and findings the school has accepted are printed with its reasons.
 */
class DraftsTest {

  static final Path FIXTURE = Path.of("src/test/resources/golden/policy");
  static final Instant WHEN = Instant.parse("2026-01-01T00:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  static AttendanceCompiler.RenderResult render(Path models, Path out, boolean allowDrafts) {
    return new AttendanceCompiler()
        .render(
            models,
            out,
            new AttendanceCompiler.RenderOptions(
                null, WHEN, TODAY, true, allowDrafts, false, null));
  }

  /**
   * The golden fixture, a school that uses every part of the model, with a plain introduction
   * instead of its hostile one (whose {@code <script>} the checker reports as a placeholder).
   */
  static String compliantYaml() throws Exception {
    String yaml = Files.readString(FIXTURE.resolve("school.yaml"), StandardCharsets.UTF_8);
    String clean =
        yaml.replaceFirst(
            "(?m)^  introduction: .*$", "  introduction: At Oakfield every day counts.");
    assertFalse(clean.equals(yaml));
    return clean;
  }

  static Path compliant(Path dir, String yaml) throws Exception {
    Files.copy(FIXTURE.resolve("logo.png"), dir.resolve("logo.png"));
    Files.writeString(dir.resolve("school.yaml"), yaml, StandardCharsets.UTF_8);
    return dir;
  }

  /** The fixture with its senior attendance champion taken out: an error (P2). */
  static Path withoutChampion(Path dir) throws Exception {
    String yaml = compliantYaml();
    String changed =
        yaml.replaceFirst("(?m)^  seniorAttendanceChampion: .*\\n", "")
            .replace("signedBy: senior-attendance-champion", "signedBy: headteacher");
    assertFalse(changed.equals(yaml));
    return compliant(dir, changed);
  }

  static String pdfText(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  static List<String> pdfPages(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      PDFTextStripper s = new PDFTextStripper();
      List<String> pages = new java.util.ArrayList<>();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        s.setStartPage(p);
        s.setEndPage(p);
        pages.add(s.getText(doc).replaceAll("\\s+", " "));
      }
      return pages;
    }
  }

  @Test
  void aPolicyWithNoOutstandingErrorIsFinal(@TempDir Path models, @TempDir Path out)
      throws Exception {
    AttendanceCompiler.RenderResult r = render(compliant(models, compliantYaml()), out, false);
    assertEquals(List.of(), r.diagnostics());
    String html =
        Files.readString(out.resolve("oakfield-primary/policy.html"), StandardCharsets.UTF_8);
    assertFalse(html.contains("class=\"draft-band\""));
    assertTrue(html.contains("Checked: no outstanding error"));
    assertTrue(
        html.contains(
            "Checked on 1 January 2026 against DfE attendance rules from 19 August 2024"));
    assertFalse(pdfText(out.resolve("oakfield-primary/policy.pdf")).contains("DRAFT"));
  }

  @Test
  void aPolicyWithAnErrorIsNotRenderedWithoutAllowDrafts(@TempDir Path models, @TempDir Path out)
      throws Exception {
    AttendanceCompiler.RenderResult r = render(withoutChampion(models), out, false);
    assertTrue(r.failed());
    assertTrue(
        r.diagnostics().stream().anyMatch(d -> d.ruleId().equals("ATT030")),
        "the finding itself is reported");
    Diagnostic summary =
        r.diagnostics().stream().filter(d -> d.ruleId().equals("RENDER")).findFirst().orElseThrow();
    assertEquals(
        "the policy of Oakfield Primary School has 1 error (listed above), so it is not ready to publish and no"
            + " document was made for it",
        summary.message());
    assertEquals(
        "fix the errors, or render it as a draft marked 'not ready to publish' with -Dattendance.allowDrafts=true",
        summary.hint());
    assertFalse(Files.exists(out.resolve("oakfield-primary")), "nothing written for it");
  }

  @Test
  void withDraftsAllowedEveryPageSaysDraftAndTheFindingsComeFirst(
      @TempDir Path models, @TempDir Path out) throws Exception {
    AttendanceCompiler.RenderResult r = render(withoutChampion(models), out, true);
    assertEquals(List.of(), r.diagnostics());
    List<String> pages = pdfPages(out.resolve("oakfield-primary/policy.pdf"));
    for (int i = 0; i < pages.size(); i++) {
      assertTrue(
          pages.get(i).contains("DRAFT: NOT READY TO PUBLISH"),
          "page " + (i + 1) + " of the policy");
    }
    assertTrue(
        pages.get(0).contains("Draft: what must be settled before this can be published"),
        "the findings first");
    assertTrue(pages.get(0).contains("senior attendance champion"), "the finding in plain English");
    for (String leaflet : pdfPages(out.resolve("oakfield-primary/leaflet.pdf"))) {
      assertTrue(leaflet.contains("DRAFT: NOT READY TO PUBLISH"), "every side of the leaflet");
    }
    for (String page : pdfPages(out.resolve("oakfield-primary/letters/samples.pdf"))) {
      assertTrue(page.contains("DRAFT: NOT READY TO PUBLISH"), "every page of the sample letters");
    }
    String html =
        Files.readString(out.resolve("oakfield-primary/policy.html"), StandardCharsets.UTF_8);
    assertTrue(html.indexOf("class=\"draft-band\"") < html.indexOf("id=\"draft-findings\""));
    assertTrue(html.contains("with 1 error still to settle."));
  }

  @Test
  void findingsTheSchoolAcceptsArePrintedWithItsReasons(@TempDir Path models, @TempDir Path out)
      throws Exception {
    String yaml =
        compliantYaml()
                .replace(
                    "  lateness: Pupils who arrive after the register has closed sign in at the office.\n",
                    "  lateness: Pupils who arrive after the register has closed sign in at the office. The register closes at 9.00am.\n")
            + "suppressions:\n  - rule: ATT020\n    reason: The published policy gives both 9:00am and 9:15am; the governors are to decide.\n";
    compliant(models, yaml);
    assertEquals(
        List.of(),
        render(models, out, false).diagnostics(),
        "an accepted finding does not make a draft");
    String text = pdfText(out.resolve("oakfield-primary/policy.pdf"));
    assertTrue(text.contains("Known departures"));
    // Table cells come out of a PDF interleaved: the reason itself is read from the web page.
    assertTrue(
        Files.readString(out.resolve("oakfield-primary/policy.html"), StandardCharsets.UTF_8)
            .contains(
                "<td>The published policy gives both 9:00am and 9:15am; the governors are to decide.</td>"));
    assertFalse(text.contains("DRAFT"));
  }
}
