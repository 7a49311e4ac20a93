package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * What the renderer does for speed must not show in the PDFs. One renderer makes every PDF of a
 * build, on every core at once, and what it shares between them (the parsed fonts, caches) must not
 * show in the bytes: a PDF made after others, and beside others, is the PDF a fresh renderer makes,
 * with all of its text. The many small property lists of the tagging are written inside the pages,
 * not each as an object of its own. And a document tried against a number of pages is the same
 * document when it fits.
 */
class PdfRendererTest {

  private static final Instant WHEN = Instant.parse("2026-01-01T00:00:00Z");

  /** A document that uses every face, with its own words so the font subsets differ. */
  private static String document(String words) {
    return """
        <!DOCTYPE html>
        <html lang="en-GB" xmlns="http://www.w3.org/1999/xhtml">
        <head><title>Reuse %1$s</title><meta name="subject" content="Reuse %1$s" />
        <style>body { font-family: "DejaVu Sans"; } code { font-family: "DejaVu Sans Mono"; }</style>
        </head>
        <body><h1>%1$s</h1><p>Plain %1$s, <b>bold %1$s</b>, <i>italic %1$s</i>,
        <b><i>bold italic %1$s</i></b>, <code>mono %1$s</code>, <code><b>mono bold</b></code>;
        Welsh ŵ ŷ and “quotes”.</p>
        <table style="border-collapse: collapse"><caption>Cells</caption>
        <thead><tr><th scope="col" style="border: 1pt solid #000">Day</th>
        <th scope="col" style="border: 1pt solid #000">Time</th></tr></thead>
        <tbody><tr><td style="border: 1pt solid #000">Monday</td>
        <td style="border: 1pt solid #000">8:45am</td></tr></tbody></table></body></html>
        """
        .formatted(words);
  }

  @Test
  void aPdfMadeAfterAndBesideOthersIsThePdfAFreshRendererMakes() throws Exception {
    List<String> docs = List.of(document("office fine"), document("Zebra jukebox quiz 0123"));
    List<byte[]> fresh = new ArrayList<>();
    for (String d : docs) {
      fresh.add(new PdfRenderer().render(d, "fresh", WHEN));
    }
    PdfRenderer shared = new PdfRenderer();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<byte[]>> made = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String d = docs.get(i % 2);
        made.add(pool.submit(() -> shared.render(d, "shared", WHEN)));
      }
      for (int i = 0; i < made.size(); i++) {
        assertArrayEquals(fresh.get(i % 2), made.get(i).get(), "PDF " + i);
      }
    } finally {
      pool.shutdownNow();
    }
    try (PDDocument pdf = Loader.loadPDF(fresh.get(1))) {
      String text = new PDFTextStripper().getText(pdf);
      for (String w :
          List.of("bold Zebra", "italic Zebra", "bold italic Zebra", "mono Zebra", "ŵ ŷ")) {
        assertTrue(text.contains(w), w + " is missing from the text: " + text);
      }
    }
  }

  @Test
  void thePropertyListsOfMarkedContentAreWrittenInsideThePages() throws Exception {
    byte[] made = new PdfRenderer().render(document("cells"), "cells", WHEN);
    try (PDDocument pdf = Loader.loadPDF(made)) {
      int inPages = 0;
      for (PDPage page : pdf.getPages()) {
        COSDictionary lists =
            page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        inPages += lists == null ? 0 : lists.size();
      }
      assertTrue(inPages > 0, "the table's cells have no marked content");
      for (COSObjectKey key : pdf.getDocument().getXrefTable().keySet()) {
        COSBase object = pdf.getDocument().getObjectFromPool(key).getObject();
        assertFalse(
            object instanceof COSDictionary d
                && COSName.BACKGROUND.equals(d.getCOSName(COSName.TYPE)),
            "a property list is an object of its own: " + key);
      }
    }
  }

  @Test
  void aDocumentLongerThanItsPagesIsNotMadeAndOneThatFitsIsMadeWhole() throws Exception {
    String longer =
        document("long").replace("</body>", "<p>More words.</p>".repeat(120) + "</body>");
    PdfRenderer renderer = new PdfRenderer();
    byte[] whole = renderer.render(longer, "long", WHEN);
    int pages;
    try (PDDocument pdf = Loader.loadPDF(whole)) {
      pages = pdf.getNumberOfPages();
    }
    assertTrue(pages > 1, "the document has " + pages + " page");
    assertTrue(renderer.render(longer, "long", WHEN, pages - 1).isEmpty());
    assertArrayEquals(whole, renderer.render(longer, "long", WHEN, pages).orElseThrow());
  }
}
