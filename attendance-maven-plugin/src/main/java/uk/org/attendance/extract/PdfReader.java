package uk.org.attendance.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.model.SourceRef;

/**
 * Reads a PDF with PDFBox: at most {@link Limits#maxPdfPages()} pages, in at most {@link
 * Limits#maxPdfMemoryBytes()} of memory (PDFBox's own memory setting, so a hostile file cannot
 * exhaust the build). PDFBox's paragraph detection splits the text into blocks, whose lines are
 * joined with a space. A line is numbered from the start of the document; its page and line on the
 * page are kept for readers.
 */
final class PdfReader {

  private static final char PARAGRAPH = '\u2029';
  private static final char PAGE = '\f';

  private PdfReader() {}

  static PolicyText read(Path file, Limits limits) throws IOException, ExtractException {
    String text;
    int pages;
    try (PDDocument doc =
        Loader.loadPDF(
            file.toFile(),
            "",
            MemoryUsageSetting.setupMainMemoryOnly(limits.maxPdfMemoryBytes()).streamCache)) {
      pages = doc.getNumberOfPages();
      if (pages > limits.maxPdfPages()) {
        throw new ExtractException(
            PolicyReader.LIMIT,
            SourceRef.of(file),
            String.format(
                Locale.UK,
                "the PDF has %,d pages; at most %,d are read",
                pages,
                limits.maxPdfPages()),
            Hints.policyIsFarShorter());
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      stripper.setParagraphEnd(String.valueOf(PARAGRAPH));
      stripper.setPageEnd(String.valueOf(PAGE));
      stripper.setAddMoreFormatting(false);
      StringWriter out = new StringWriter();
      stripper.writeText(doc, out);
      text = out.toString();
    } catch (InvalidPasswordException e) {
      throw new ExtractException(
          PolicyReader.FILE,
          SourceRef.of(file),
          "the PDF is protected with a password",
          Hints.auditWithoutPassword());
    } catch (ExtractException e) {
      throw e;
    } catch (RuntimeException e) {
      // PDFBox meets some damaged files with runtime exceptions rather than IOException.
      throw new ExtractException(
          PolicyReader.FILE,
          SourceRef.of(file),
          "the file is not a PDF that can be read (it is damaged, or not really a PDF)",
          Hints.savePdfAgain());
    } catch (IOException e) {
      String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("maximum allowed") || m.contains("memory")) {
        throw new ExtractException(
            PolicyReader.LIMIT,
            SourceRef.of(file),
            "the PDF needs more than "
                + PolicyReader.megabytes(limits.maxPdfMemoryBytes())
                + " of memory to read",
            Hints.policyIsFarSmaller());
      }
      throw new ExtractException(
          PolicyReader.FILE,
          SourceRef.of(file),
          "the file is not a PDF that can be read (it is damaged, or not really a PDF)",
          Hints.savePdfAgain());
    }
    List<Block> blocks = new ArrayList<>();
    List<int[]> places = new ArrayList<>();
    places.add(new int[] {0, 0});
    places.add(new int[] {1, 1});
    int page = 1;
    int lineOnPage = 1;
    int line = 1;
    int col = 1;
    Block.Builder b = new Block.Builder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == PARAGRAPH) {
        flush(b, blocks);
      } else if (c == PAGE) {
        flush(b, blocks);
        if (col > 1) {
          line++;
        }
        page++;
        lineOnPage = 1;
        col = 1;
        if (places.size() == line) {
          places.add(new int[] {page, lineOnPage});
        } else {
          places.set(line, new int[] {page, lineOnPage});
        }
      } else if (c == '\n' || c == '\r') {
        if (b.length() > 0 && b.last() != ' ') {
          b.addAfterLast(' ');
        }
        if (col > 1) {
          line++;
          lineOnPage++;
          places.add(new int[] {page, lineOnPage});
        }
        col = 1;
      } else {
        b.add(c == '\u00a0' ? ' ' : c, line, col);
        col++;
      }
    }
    flush(b, blocks);
    int[][] table = places.toArray(new int[0][]);
    return new PolicyText(
        file,
        PolicyText.Format.PDF,
        blocks,
        n ->
            n > 0 && n < table.length
                ? "page " + table[n][0] + ", line " + table[n][1]
                : "line " + n);
  }

  private static void flush(Block.Builder b, List<Block> blocks) {
    Block block = b.build();
    if (block != null) {
      blocks.add(block);
    }
    b.clear();
  }
}
