package uk.org.attendance.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reads PDFs as a reader and as a validator would. */
final class PdfAssertions {

  private static boolean initialised;

  private PdfAssertions() {}

  /** The failed veraPDF assertions for a flavour: empty means compliant. */
  static synchronized List<String> veraPdfFailures(byte[] pdf, PDFAFlavour flavour)
      throws ModelParsingException, EncryptedPdfException, ValidationException, IOException {
    if (!initialised) {
      VeraGreenfieldFoundryProvider.initialise();
      initialised = true;
    }
    List<String> failures = new ArrayList<>();
    try (VeraPDFFoundry foundry = Foundries.defaultInstance();
        PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = foundry.createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          failures.add(
              a.getRuleId().getClause()
                  + "-"
                  + a.getRuleId().getTestNumber()
                  + ": "
                  + a.getMessage());
        }
      }
      if (!result.isCompliant() && failures.isEmpty()) {
        failures.add("not compliant");
      }
    }
    return failures.stream().distinct().toList();
  }

  /** The text a reader (or screen reader) gets from the PDF. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(doc);
    }
  }

  /** The number of pages. */
  /**
   * The text of one letter in a school's {@code letters/samples.pdf}: the pages from its bookmark
   * to the next, whitespace collapsed.
   *
   * @param index the letter's place in the school's list, from 0
   */
  static String sampleLetter(byte[] pdf, int index) throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      List<Integer> starts = new java.util.ArrayList<>();
      var outline = doc.getDocumentCatalog().getDocumentOutline();
      for (var item : outline.children()) {
        starts.add(doc.getPages().indexOf(item.findDestinationPage(doc)) + 1);
      }
      starts.add(doc.getNumberOfPages() + 1);
      org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper();
      s.setSortByPosition(
          true); // as a viewer reads the page: a kept-whole amount is drawn after its line
      s.setStartPage(starts.get(index));
      s.setEndPage(starts.get(index + 1) - 1);
      return s.getText(doc).replaceAll("\\s+", " ");
    }
  }

  static int pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }
}
