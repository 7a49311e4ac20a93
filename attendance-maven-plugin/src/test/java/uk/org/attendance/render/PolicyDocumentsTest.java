package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import uk.org.attendance.reference.AttendanceCode;

/**
 * The bundled schools' policies, rendered once, read as a validator and as a parent would read
 * them.
 */
class PolicyDocumentsTest {

  static final Instant WHEN = RenderedBundle.WHEN;
  static Path out;
  static AttendanceCompiler.RenderResult result;

  @BeforeAll
  static void renderTheBundledSchools() {
    result = RenderedBundle.result();
    out = RenderedBundle.out();
  }

  static byte[] pdf(String id) throws Exception {
    return Files.readAllBytes(out.resolve(id).resolve("policy.pdf"));
  }

  @Test
  void everySchoolAndTheFederationGetAPdfAndAWebPage() {
    assertEquals(List.of(), result.diagnostics());
    assertEquals(
        24,
        result.written().stream()
            .filter(p -> p.getFileName().toString().matches("policy\\.(pdf|html)"))
            .count(),
        "11 schools and the HMFA federation, two files each");
    assertEquals(
        11,
        result.written().stream()
            .filter(p -> p.getFileName().toString().equals("policy.annotated.html"))
            .count(),
        "and each school's annotated page for governors");
    for (String id :
        List.of(
            "strathmore-infant-nursery",
            "duke-of-bedford-primary",
            "kelvedon-hatch-primary",
            "lanercost-ce-primary",
            "hmfa",
            "kings-caple",
            "llangrove",
            "lord-scudamore",
            "marden",
            "pencombe",
            "st-weonards",
            "sutton")) {
      assertTrue(Files.exists(out.resolve(id).resolve("policy.pdf")), id);
      assertTrue(Files.exists(out.resolve(id).resolve("policy.html")), id);
    }
  }

  @Test
  void kelvedonHatchIsPdfUa1AndPdfA2a() throws Exception {
    byte[] pdf = pdf("kelvedon-hatch-primary");
    assertEquals(
        List.of(), PdfAssertions.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A));
  }

  @Test
  void theFederationPolicyIsPdfUa1() throws Exception {
    assertEquals(List.of(), PdfAssertions.veraPdfFailures(pdf("hmfa"), PDFAFlavour.PDFUA_1));
  }

  @Test
  void theTextCarriesTheSchoolsFactsAndTheNationalOnes() throws Exception {
    String text = PdfAssertions.text(pdf("kelvedon-hatch-primary")).replaceAll("\\s+", " ");
    assertTrue(text.contains("closes at 9:10am"), "register close");
    assertTrue(text.contains("Miss V. Townsend"), "senior attendance champion");
    assertTrue(text.contains("£80 if paid within 21 days"), "first notice");
    assertTrue(text.contains("£160 if paid within 28 days"), "first notice, full");
    assertTrue(text.contains("£160, paid within 28 days"), "second notice");
    assertTrue(
        text.contains(
            "10 sessions of unauthorised absence within a rolling period of 10 school weeks"),
        "threshold");
    for (AttendanceCode c : AttendanceCode.all()) {
      assertTrue(
          text.matches(
              ".*(^|\\s)"
                  + java.util.regex.Pattern.quote(c.code())
                  + " "
                  + java.util.regex.Pattern.quote(c.meaning().split(" ")[0])
                  + ".*"),
          "code " + c.code());
    }
    assertTrue(text.contains("Page 1 of") || text.contains("Page 2 of"), "page numbers");
  }

  @Test
  void theFederationPolicyListsEveryMembersTimes() throws Exception {
    String text = Files.readString(out.resolve("hmfa/policy.html"));
    for (String school :
        List.of(
            "Kings Caple",
            "Llangrove",
            "Lord Scudamore",
            "Marden",
            "Pencombe",
            "St Weonards",
            "Sutton")) {
      assertTrue(text.contains(school), school);
    }
    assertTrue(text.contains("Reception"));
    assertTrue(
        text.contains("<td class=\"time\">3:05pm</td>"),
        "Lord Scudamore's Reception ends at 3:05pm");
    String pdfText = PdfAssertions.text(pdf("hmfa")).replaceAll("\\s+", " ");
    assertTrue(
        pdfText.contains("Herefordshire Marches Federation of Academies Attendance Policy"),
        "cover");
    assertTrue(pdfText.contains("Kings Caple") && pdfText.contains("8:45am"), "times table");
    assertTrue(
        text.contains("<td class=\"time\">8:45am to 9:15am</td>"), "each member's register times");
  }

  @Test
  void pageCountsAreThoseOfARealPolicy() throws Exception {
    for (String id :
        List.of("strathmore-infant-nursery", "lanercost-ce-primary", "hmfa", "sutton")) {
      int pages = PdfAssertions.pages(pdf(id));
      // Lanercost's own policy runs to some thirty pages; its model keeps every commitment of it.
      assertTrue(pages >= 10 && pages <= 30, id + " has " + pages + " pages");
    }
  }

  @Test
  void theWebPageIsOneSelfContainedFile() throws Exception {
    String html = Files.readString(out.resolve("lanercost-ce-primary/policy.html"));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<html lang=\"en-GB\""));
    assertTrue(html.contains("<style>"));
    assertFalse(html.contains("<link "), "no external stylesheet");
    assertFalse(html.contains("<script"), "no script");
    assertFalse(html.matches("(?s).*src=\"(?!data:).*"), "no external image");
  }

  @Test
  void theSameInputGivesTheSameBytes(@TempDir Path again) throws Exception {
    new AttendanceCompiler()
        .render(
            RenderedBundle.some(again.resolve("models"), "lanercost-ce-primary.yaml", "hmfa"),
            again,
            null,
            WHEN,
            LocalDate.of(2026, 11, 23),
            "policy.pdf",
            "policy.html");
    for (String f :
        List.of("lanercost-ce-primary/policy.pdf", "hmfa/policy.pdf", "sutton/policy.html")) {
      assertArrayEquals(
          Files.readAllBytes(out.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
    }
  }
}
