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

  /**
   * The failed veraPDF assertions for one or more flavours, each prefixed with its flavour's id
   * when there are several: empty means compliant with every one. The flavours are checked in one
   * pass over one parse of the PDF (measured the same failures as one validation per flavour, for
   * good PDFs and for PDFs stripped of their metadata, tags or language, in either order, in about
   * 75% of the time).
   */
  static synchronized List<String> veraPdfFailures(byte[] pdf, PDFAFlavour... flavours)
      throws ModelParsingException, EncryptedPdfException, ValidationException, IOException {
    if (!initialised) {
      VeraGreenfieldFoundryProvider.initialise();
      initialised = true;
    }
    List<String> failures = new ArrayList<>();
    try (VeraPDFFoundry foundry = Foundries.defaultInstance();
        PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavours[0]);
        PDFAValidator validator = foundry.createValidator(List.of(flavours))) {
      List<ValidationResult> results = validator.validateAll(parser);
      if (results.size() != flavours.length) {
        failures.add(results.size() + " results for " + flavours.length + " flavours");
      }
      for (ValidationResult result : results) {
        String prefix = flavours.length > 1 ? result.getPDFAFlavour().getId() + " " : "";
        int before = failures.size();
        for (TestAssertion a : result.getTestAssertions()) {
          if (a.getStatus() == TestAssertion.Status.FAILED) {
            failures.add(
                prefix
                    + a.getRuleId().getClause()
                    + "-"
                    + a.getRuleId().getTestNumber()
                    + ": "
                    + a.getMessage());
          }
        }
        if (!result.isCompliant() && failures.size() == before) {
          failures.add(prefix + "not compliant");
        }
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

  /**
   * The text of one letter in a school's {@code letters/samples.pdf}: the pages from its bookmark
   * to the next, whitespace collapsed.
   *
   * @param index the letter's place in the school's list, from 0
   */
  static String sampleLetter(byte[] pdf, int index) throws IOException {
    return sampleLetters(pdf).get(index);
  }

  /** The text of every letter in a school's {@code letters/samples.pdf}, in order, read once. */
  static List<String> sampleLetters(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<Integer> starts = new ArrayList<>();
      var outline = doc.getDocumentCatalog().getDocumentOutline();
      for (var item : outline.children()) {
        starts.add(doc.getPages().indexOf(item.findDestinationPage(doc)) + 1);
      }
      starts.add(doc.getNumberOfPages() + 1);
      PDFTextStripper s = new PDFTextStripper();
      s.setSortByPosition(true); // as a viewer reads the page: a kept-whole amount is drawn after
      // its line
      List<String> letters = new ArrayList<>();
      for (int i = 0; i + 1 < starts.size(); i++) {
        s.setStartPage(starts.get(i));
        s.setEndPage(starts.get(i + 1) - 1);
        letters.add(s.getText(doc).replaceAll("\\s+", " "));
      }
      return letters;
    }
  }

  /** The number of pages. */
  static int pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }
}
