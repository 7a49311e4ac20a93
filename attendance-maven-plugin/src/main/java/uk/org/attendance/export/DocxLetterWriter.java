package uk.org.attendance.export;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import uk.org.attendance.model.Letter;

/**
 * Writes a letter as a Word document in which every merge field is a real Word {@code MERGEFIELD}
 * (the complex form Word itself writes: begin, instruction, separate, «result», end), so any MIS
 * can mail-merge it through Word from a CSV export. The letter's Markdown becomes Word paragraphs,
 * bold and italic runs, bulleted and numbered lists, and tables.
 *
 * <p>Output is deterministic: fixed document dates and fixed ZIP entry times. Thread-safe.
 */
public final class DocxLetterWriter {

  /** The font letters use: the one schools' Word letters already use. */
  static final String FONT = "Arial";

  private final Parser parser;

  public DocxLetterWriter() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    this.parser = Parser.builder(options).build();
  }

  /**
   * The parts of a letter.
   *
   * @param letterhead the school's name first, then its address and contact lines
   * @param title the letter's title
   * @param body the letter's Markdown, fact fields filled, merge fields still written {{Name}}
   * @param signedBy the role that signs it
   * @param facts label and value rows for the "about attendance" panel
   * @param fieldNames the school's MIS names for merge fields, where they differ from the catalogue
   */
  public record Parts(List<String> letterhead, String title, String body, String signedBy, List<String[]> facts,
      java.util.Map<String, String> fieldNames) {}

  /**
   * @param letter the parts
   * @param when the fixed date written into the document
   * @return the .docx bytes
   */
  public byte[] write(Parts letter, Instant when) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      for (int i = 0; i < letter.letterhead().size(); i++) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        p.setSpacingAfter(0);
        XWPFRun r = run(p);
        r.setText(letter.letterhead().get(i));
        if (i == 0) {
          r.setBold(true);
          r.setFontSize(14);
        }
      }
      XWPFParagraph date = doc.createParagraph();
      date.setSpacingBefore(240);
      inline(date, "{{LetterDate}}", false, false, letter.fieldNames());
      XWPFParagraph title = doc.createParagraph();
      title.setSpacingBefore(240);
      inline(title, letter.title(), true, false, letter.fieldNames());
      blocks(doc, parser.parse(letter.body()), letter.fieldNames());
      XWPFParagraph yours = doc.createParagraph();
      yours.setSpacingBefore(240);
      run(yours).setText("Yours sincerely,");
      XWPFParagraph sign = doc.createParagraph();
      sign.setSpacingBefore(720);
      run(sign).setText(letter.signedBy());
      if (!letter.facts().isEmpty()) {
        XWPFParagraph head = doc.createParagraph();
        head.setSpacingBefore(360);
        XWPFRun h = run(head);
        h.setBold(true);
        h.setFontSize(9);
        h.setText("About attendance at our school");
        for (String[] f : letter.facts()) {
          XWPFParagraph p = doc.createParagraph();
          p.setSpacingAfter(0);
          XWPFRun label = run(p);
          label.setFontSize(9);
          label.setBold(true);
          label.setText(f[0] + ": ");
          XWPFRun value = run(p);
          value.setFontSize(9);
          value.setText(f[1]);
        }
      }
      var props = doc.getProperties().getCoreProperties();
      props.setTitle(letter.title());
      props.setCreator(letter.letterhead().isEmpty() ? "" : letter.letterhead().get(0));
      props.setCreated(java.util.Optional.of(Date.from(when)));
      props.setModified(java.util.Optional.of(Date.from(when)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return fixZipTimes(out.toByteArray(), when);
    }
  }

  private void blocks(XWPFDocument doc, Node parent, java.util.Map<String, String> names) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Paragraph || n instanceof Heading) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(160);
        children(p, n, n instanceof Heading, false, names);
      } else if (n instanceof BulletList || n instanceof OrderedList) {
        int number = 1;
        for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
          if (item instanceof ListItem) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(360);
            p.setIndentationHanging(360);
            p.setSpacingAfter(60);
            run(p).setText(n instanceof OrderedList ? (number++) + ".\t" : "\u2022\t");
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
              children(p, c, false, false, names);
            }
          }
        }
      } else if (n instanceof TableBlock) {
        table(doc, n, names);
      } else {
        XWPFParagraph p = doc.createParagraph();
        inline(p, n.getChars().toString(), false, false, names);
      }
    }
  }

  private void table(XWPFDocument doc, Node block, java.util.Map<String, String> names) {
    List<List<Node>> rows = new ArrayList<>();
    collectRows(block, rows);
    if (rows.isEmpty()) {
      return;
    }
    int columns = rows.stream().mapToInt(List::size).max().orElse(1);
    XWPFTable table = doc.createTable(rows.size(), columns);
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r);
      for (int c = 0; c < columns; c++) {
        XWPFTableCell cell = row.getCell(c);
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (c < rows.get(r).size()) {
          children(p, rows.get(r).get(c), r == 0, false, names);
        }
      }
    }
    doc.createParagraph();
  }

  private static void collectRows(Node n, List<List<Node>> rows) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof TableRow) {
        List<Node> cells = new ArrayList<>();
        for (Node cell = c.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            cells.add(cell);
          }
        }
        rows.add(cells);
      } else {
        collectRows(c, rows);
      }
    }
  }

  private void children(XWPFParagraph p, Node n, boolean bold, boolean italic, java.util.Map<String, String> names) {
    if (n instanceof Text || n instanceof Code) {
      inline(p, n.getChars().unescape(), bold, italic, names);
      return;
    }
    if (n instanceof SoftLineBreak) {
      inline(p, " ", bold, italic, names);
      return;
    }
    if (n instanceof HardLineBreak) {
      run(p).addBreak();
      return;
    }
    boolean b = bold || n instanceof StrongEmphasis;
    boolean i = italic || n instanceof Emphasis;
    if (n.getFirstChild() == null) {
      if (!(n instanceof Paragraph)) {
        inline(p, n.getChars().unescape(), b, i, names);
      }
      return;
    }
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      children(p, c, b, i, names);
    }
  }

  /** Text, with each {{Field}} written as a Word MERGEFIELD under the school's name for it. */
  private static void inline(XWPFParagraph p, String text, boolean bold, boolean italic, java.util.Map<String, String> names) {
    Matcher m = Letter.MERGE_FIELD.matcher(text);
    int last = 0;
    while (m.find()) {
      plain(p, text.substring(last, m.start()), bold, italic);
      mergeField(p, names.getOrDefault(m.group(1), m.group(1)), bold, italic);
      last = m.end();
    }
    plain(p, text.substring(last), bold, italic);
  }

  private static void plain(XWPFParagraph p, String text, boolean bold, boolean italic) {
    if (text.isEmpty()) {
      return;
    }
    XWPFRun r = run(p);
    r.setBold(bold);
    r.setItalic(italic);
    r.setText(text);
  }

  /**
   * A MERGEFIELD as Word writes it: {@code <w:fldChar begin/>}, {@code <w:instrText> MERGEFIELD
   * Name \* MERGEFORMAT </w:instrText>}, {@code <w:fldChar separate/>}, the result «Name},
   * {@code <w:fldChar end/>}.
   */
  static void mergeField(XWPFParagraph p, String name, boolean bold, boolean italic) {
    run(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    CTText instruction = run(p).getCTR().addNewInstrText();
    instruction.setStringValue(" MERGEFIELD " + name + " \\* MERGEFORMAT ");
    instruction.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    run(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    XWPFRun result = run(p);
    result.setBold(bold);
    result.setItalic(italic);
    result.setText("\u00AB" + name + "\u00BB");
    run(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  private static XWPFRun run(XWPFParagraph p) {
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(11);
    return r;
  }

  /** Re-zips every entry with the same fixed time: POI writes the current time otherwise. */
  static byte[] fixZipTimes(byte[] docx, Instant when) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long time = Math.max(when.toEpochMilli(), Instant.parse("1980-01-02T00:00:00Z").toEpochMilli());
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(time);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

}
