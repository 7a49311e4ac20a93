package uk.org.attendance.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Makes Word and PDF copies of a text policy, for tests: one paragraph per non-blank line. */
final class PolicyFiles {

  private PolicyFiles() {}

  /** The non-blank lines of a text policy, tabs as spaces, with HTML remains taken out. */
  static List<String> paragraphs(Path txt) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(txt, StandardCharsets.UTF_8)) {
      String t =
          line.replaceAll("</?(p|b|i|sup|ul|li)( [^>]*)?>", " ")
              .replace("&lt;", "<")
              .replace("&gt;", ">")
              .replace("&amp;", "&")
              .replace('\t', ' ')
              .replaceAll("\\s+", " ")
              .strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** A .docx with one paragraph per line. */
  static void docx(List<String> paragraphs, Path out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream os = Files.newOutputStream(out)) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(os);
    }
  }

  /** A PDF with each paragraph wrapped to the page width and a gap between paragraphs. */
  static void pdf(List<String> paragraphs, Path out) throws IOException {
    try (PDDocument doc = new PDDocument();
        InputStream font = PolicyFiles.class.getResourceAsStream("/fonts/dejavu/DejaVuSans.ttf")) {
      PDType0Font f = PDType0Font.load(doc, font);
      float size = 10;
      float leading = 13;
      float width = PDRectangle.A4.getWidth() - 100;
      PDPageContentStream cs = null;
      float y = 0;
      for (String p : paragraphs) {
        for (String line : wrap(p, f, size, width)) {
          if (cs == null || y < 60) {
            if (cs != null) {
              cs.endText();
              cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            cs.beginText();
            cs.setFont(f, size);
            y = PDRectangle.A4.getHeight() - 60;
            cs.newLineAtOffset(50, y);
          }
          cs.showText(line);
          cs.newLineAtOffset(0, -leading);
          y -= leading;
        }
        cs.newLineAtOffset(0, -leading); // a blank line between paragraphs
        y -= leading;
      }
      if (cs != null) {
        cs.endText();
        cs.close();
      }
      doc.save(out.toFile());
    }
  }

  private static List<String> wrap(String p, PDType0Font f, float size, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : p.split(" ")) {
      String next = line.length() == 0 ? word : line + " " + word;
      if (f.getStringWidth(next) / 1000 * size > width && line.length() > 0) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(next);
      }
    }
    lines.add(line.toString());
    return lines;
  }
}
