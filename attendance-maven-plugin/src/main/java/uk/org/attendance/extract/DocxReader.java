package uk.org.attendance.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.model.SourceRef;

/**
 * Reads a Word document with Apache POI. The zip is checked before POI opens it (number of parts,
 * each part's and the total uncompressed size, and how far each part is compressed: a zip bomb
 * compresses thousands of times better than a document), and POI's own {@link ZipSecureFile} limits
 * are set to the same values, so a part whose size was forged is still stopped while it is
 * inflated. An XML part that declares a document type (a DTD, the way in for external entities) is
 * refused before POI opens the package, by name; POI itself parses with DTDs refused and no
 * external entities. Each paragraph is a block, and each table row is a block with its cells
 * separated by tabs; paragraphs are numbered in document order, table cells included.
 */
final class DocxReader {

  /** Parts smaller than this are not held to the compression ratio (tiny XML compresses well). */
  static final long RATIO_GRACE_BYTES = 100 * 1024;

  /** How much of the start of each XML part is read to look for a document type declaration. */
  static final int PROLOG_BYTES = 64 * 1024;

  private DocxReader() {}

  static PolicyText read(Path file, Limits limits) throws IOException, ExtractException {
    checkZip(file, limits);
    List<Block> blocks = new ArrayList<>();
    synchronized (ZipSecureFile.class) {
      ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
      ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
      ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
      ZipSecureFile.setGraceEntrySize(RATIO_GRACE_BYTES);
      try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
          XWPFDocument doc = new XWPFDocument(pkg)) {
        int[] paragraph = {0};
        for (IBodyElement e : doc.getBodyElements()) {
          if (e instanceof XWPFParagraph) {
            paragraph[0]++;
            XWPFParagraph p = (XWPFParagraph) e;
            add(blocks, p.getText(), paragraph[0], kind(doc, p), level(doc, p));
          } else if (e instanceof XWPFTable) {
            for (XWPFTableRow row : ((XWPFTable) e).getRows()) {
              Block.Builder b = new Block.Builder();
              for (XWPFTableCell cell : row.getTableCells()) {
                if (b.hasText()) {
                  b.addAfterLast('\t');
                }
                for (XWPFParagraph p : cell.getParagraphs()) {
                  paragraph[0]++;
                  String t = clean(p.getText());
                  if (!t.isBlank()) {
                    if (b.hasText() && b.last() != '\t') {
                      b.addAfterLast(' ');
                    }
                    b.add(t, paragraph[0], 1);
                  }
                }
              }
              Block block = b.build();
              if (block != null) {
                blocks.add(block.as(Block.Kind.TABLE_ROW, 0));
              }
            }
          } else if (e instanceof XWPFSDT) {
            paragraph[0]++;
            add(
                blocks,
                ((XWPFSDT) e).getContent().getText(),
                paragraph[0],
                Block.Kind.PARAGRAPH,
                0);
          }
        }
      } catch (NotOfficeXmlFileException | InvalidFormatException e) {
        throw damaged(file);
      } catch (IOException | org.apache.poi.ooxml.POIXMLException | IllegalStateException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("zip bomb")
            || m.contains("max file count")
            || m.contains("exceeds the max")) {
          throw new ExtractException(
              PolicyReader.LIMIT,
              SourceRef.of(file),
              "a part of the Word document inflates far beyond its stored size (a \"zip bomb\")",
              Hints.wordDocumentInflates());
        }
        if (m.contains("doctype") || m.contains("dtd") || m.contains("entity")) {
          throw new ExtractException(
              PolicyReader.FILE,
              SourceRef.of(file),
              "the Word document contains an XML document type declaration (DTD), which is not read for safety",
              Hints.saveAsDocxAgain());
        }
        throw damaged(file);
      } catch (RuntimeException e) {
        // POI meets a damaged package with runtime exceptions of many kinds (an invalid part name,
        // a
        // value out of range): the file is damaged, and that is what the school is told.
        throw damaged(file);
      }
    }
    return new PolicyText(file, PolicyText.Format.DOCX, blocks, n -> "paragraph " + n);
  }

  /**
   * Checks the zip's directory against the limits without inflating anything, then the start of
   * each XML part for a document type declaration.
   */
  static void checkZip(Path file, Limits limits) throws ExtractException, IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > limits.maxZipEntries()) {
        throw new ExtractException(
            PolicyReader.LIMIT,
            SourceRef.of(file),
            String.format(
                Locale.UK,
                "the Word document holds %,d parts; a .docx may hold at most %,d",
                zip.size(),
                limits.maxZipEntries()),
            Hints.realWordDocumentsHaveFewParts());
      }
      long total = 0;
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        long size = e.getSize();
        long packed = e.getCompressedSize();
        if (size > limits.maxEntryBytes()) {
          throw new ExtractException(
              PolicyReader.LIMIT,
              SourceRef.of(file),
              "the part '"
                  + e.getName()
                  + "' of the Word document is "
                  + PolicyReader.megabytes(size)
                  + " uncompressed; a part may be at most "
                  + PolicyReader.megabytes(limits.maxEntryBytes()),
              Hints.removeLargePictures());
        }
        total += Math.max(0, size);
        if (total > limits.maxUnzippedBytes()) {
          throw new ExtractException(
              PolicyReader.LIMIT,
              SourceRef.of(file),
              "the Word document is more than "
                  + PolicyReader.megabytes(limits.maxUnzippedBytes())
                  + " uncompressed; a .docx may be at most "
                  + PolicyReader.megabytes(limits.maxUnzippedBytes()),
              Hints.removeLargePictures());
        }
        if (size > RATIO_GRACE_BYTES
            && packed >= 0
            && (double) packed / size < limits.minInflateRatio()) {
          throw new ExtractException(
              PolicyReader.LIMIT,
              SourceRef.of(file),
              String.format(
                  Locale.ROOT,
                  "the part '%s' of the Word document is compressed %.0f to 1; no real document"
                      + " compresses more than %.0f to 1 (this looks like a \"zip bomb\")",
                  e.getName(),
                  (double) size / Math.max(1, packed),
                  1 / limits.minInflateRatio()),
              Hints.askForThePolicyAgain());
        }
      }
      // Then the start of each XML part: a document type declaration is refused before POI sees it.
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        String name = e.getName().toLowerCase(Locale.ROOT);
        if ((name.endsWith(".xml") || name.endsWith(".rels")) && declaresDocumentType(zip, e)) {
          throw new ExtractException(
              PolicyReader.FILE,
              SourceRef.of(file),
              "the part '"
                  + e.getName()
                  + "' of the Word document contains an XML document type declaration (DTD), which is not read for safety",
              Hints.saveAsDocxAgain());
        }
      }
    } catch (ZipException e) {
      throw damaged(file);
    }
  }

  /**
   * Whether an XML part declares a document type: whether, after any XML declaration, processing
   * instructions and comments, it starts with {@code <!DOCTYPE}. Only the first {@link
   * #PROLOG_BYTES} are read; a part in UTF-16 is left to POI, which refuses a DTD too.
   */
  static boolean declaresDocumentType(ZipFile zip, ZipEntry e) throws IOException {
    String head;
    try (java.io.InputStream in = zip.getInputStream(e)) {
      head = new String(in.readNBytes(PROLOG_BYTES), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
    int i = head.indexOf('<');
    while (i >= 0 && i + 1 < head.length()) {
      if (head.startsWith("<?", i)) {
        i = head.indexOf("?>", i);
      } else if (head.startsWith("<!--", i)) {
        i = head.indexOf("-->", i);
      } else {
        return head.startsWith("<!DOCTYPE", i);
      }
      i = i < 0 ? -1 : head.indexOf('<', i);
    }
    return false;
  }

  private static ExtractException damaged(Path file) {
    return new ExtractException(
        PolicyReader.FILE,
        SourceRef.of(file),
        "the file is not a Word document that can be read (it is damaged, protected, or not really a .docx)",
        Hints.saveAsDocx());
  }

  private static void add(
      List<Block> blocks, String text, int paragraph, Block.Kind kind, int level) {
    String t = clean(text);
    Block.Builder b = new Block.Builder().add(t, paragraph, 1);
    Block block = b.build();
    if (block != null) {
      blocks.add(kind == Block.Kind.PARAGRAPH ? block : block.as(kind, level));
    }
  }

  private static final java.util.regex.Pattern HEADING_STYLE =
      java.util.regex.Pattern.compile("(?i)(?:heading|berschrift|titre|kop)\\s*([1-9])");

  /**
   * What Word says a paragraph is: a heading (by its style), a list item (by its numbering) or a
   * paragraph.
   */
  private static Block.Kind kind(XWPFDocument doc, XWPFParagraph p) {
    String style = styleName(doc, p);
    if (style.equalsIgnoreCase("title") || HEADING_STYLE.matcher(style).find()) {
      return Block.Kind.HEADING;
    }
    if (p.getNumID() != null || style.toLowerCase(Locale.ROOT).startsWith("list")) {
      return Block.Kind.LIST_ITEM;
    }
    return Block.Kind.PARAGRAPH;
  }

  private static int level(XWPFDocument doc, XWPFParagraph p) {
    String style = styleName(doc, p);
    if (style.equalsIgnoreCase("title")) {
      return 1;
    }
    java.util.regex.Matcher m = HEADING_STYLE.matcher(style);
    if (m.find()) {
      return Integer.parseInt(m.group(1));
    }
    java.math.BigInteger ilvl = p.getNumIlvl();
    return ilvl == null ? 0 : Math.min(8, ilvl.intValue());
  }

  /** The paragraph's style name ("heading 1"), or its id where the styles part does not name it. */
  private static String styleName(XWPFDocument doc, XWPFParagraph p) {
    String id = p.getStyleID();
    if (id == null) {
      return "";
    }
    org.apache.poi.xwpf.usermodel.XWPFStyles styles = doc.getStyles();
    org.apache.poi.xwpf.usermodel.XWPFStyle style = styles == null ? null : styles.getStyle(id);
    String name = style == null ? null : style.getName();
    return name == null ? id : name;
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\r', ' ').replace('\n', ' ').replace('\u00a0', ' ');
  }
}
