package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The validator the PDF tests rely on fails a PDF for each flavour it breaks, in one pass. */
class PdfAssertionsTest {

  @Test
  void oneValidationOfTwoFlavoursReportsTheFailuresOfEach() throws Exception {
    byte[] leaflet = RenderedBundle.bytes("lanercost-ce-primary/leaflet.pdf");
    List<String> untagged =
        PdfAssertions.veraPdfFailures(
            broken(leaflet, d -> d.getDocumentCatalog().setStructureTreeRoot(null)),
            PDFAFlavour.PDFUA_1,
            PDFAFlavour.PDFA_2_A);
    assertTrue(untagged.stream().anyMatch(f -> f.startsWith("ua1 7.1-")), untagged.toString());
    assertTrue(untagged.stream().anyMatch(f -> f.startsWith("2a 6.7.")), untagged.toString());

    List<String> noLanguage =
        PdfAssertions.veraPdfFailures(
            broken(leaflet, d -> d.getDocumentCatalog().setLanguage(null)),
            PDFAFlavour.PDFA_2_A,
            PDFAFlavour.PDFUA_1);
    assertTrue(noLanguage.stream().allMatch(f -> f.startsWith("ua1 7.2-")), noLanguage.toString());
    assertTrue(!noLanguage.isEmpty(), "PDF/UA-1 needs the language");
    assertEquals(
        List.of(), PdfAssertions.veraPdfFailures(leaflet, PDFAFlavour.PDFUA_1), "one flavour");
  }

  private static byte[] broken(byte[] pdf, Consumer<PDDocument> change) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      change.accept(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
