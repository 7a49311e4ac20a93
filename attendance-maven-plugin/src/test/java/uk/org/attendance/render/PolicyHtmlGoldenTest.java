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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import uk.org.attendance.AttendanceCompiler;

/**
 * The web page of a made-up school that uses every part of the model, compared byte for byte with a
 * reviewed copy. Run with {@code -Dgolden.update=true} to rewrite the copy, then review the diff.
 */
class PolicyHtmlGoldenTest {

  static final Path FIXTURE = Path.of("src/test/resources/golden/policy");

  /** The fixture's web page, made once for the tests that read it. */
  static String html;

  @BeforeAll
  static void renderTheWebPage(@TempDir Path out) throws Exception {
    AttendanceCompiler.RenderResult r =
        new AttendanceCompiler()
            .render(
                FIXTURE,
                out,
                null,
                Instant.parse("2026-01-01T00:00:00Z"),
                LocalDate.of(2026, 1, 1),
                "policy.html");
    assertEquals(List.of(), r.diagnostics());
    html = Files.readString(out.resolve("oakfield-primary/policy.html"), StandardCharsets.UTF_8);
  }

  @Test
  void theWebPageMatchesTheReviewedCopy() throws Exception {
    String actual = html;
    Path expected = FIXTURE.resolve("expected/policy.html");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
  }

  @Test
  void schoolTextIsEscapedAndUnsafeLinksAreDropped() {
    assertTrue(html.contains("&lt;b&gt;care&lt;/b&gt;"), "raw HTML shown as text");
    assertTrue(html.contains("&lt;script&gt;alert"), "script shown as text");
    assertFalse(html.contains("<script"), "no script element");
    assertFalse(html.contains("javascript:"), "javascript: link dropped");
    assertFalse(html.contains("href=\"file:"), "file: link dropped");
    assertFalse(html.contains("href=\"data:"), "data: link dropped");
    assertTrue(
        html.contains(
            "<a href=\"https://www.example.org\" title=\"https://www.example.org\">trust</a>"),
        "web link kept");
    assertTrue(html.contains("src=\"data:image/png;base64,"), "logo embedded");
    assertTrue(html.contains("alt=\"Logo of Oakfield Primary School\""), "logo has alt text");
  }

  @Test
  void theFixtureWithALogoIsAccessibleToo(@TempDir Path out) throws Exception {
    new AttendanceCompiler()
        .render(
            FIXTURE,
            out,
            null,
            Instant.parse("2026-01-01T00:00:00Z"),
            LocalDate.of(2026, 1, 1),
            "policy.pdf");
    byte[] pdf = Files.readAllBytes(out.resolve("oakfield-primary/policy.pdf"));
    assertEquals(
        List.of(), PdfAssertions.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A));
  }
}
