package uk.org.attendance.export;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import uk.org.attendance.files.JdkXml;
import uk.org.attendance.model.Letter;

/**
 * Writes a letter as a Word document that Word, LibreOffice and docx4j all read the same way, in
 * which every merge field is a real Word {@code MERGEFIELD} (the complex form Word itself writes:
 * begin, instruction, separate, «result», end), so any MIS can mail-merge it through Word from a
 * CSV export.
 *
 * <p>The document is A4 with 2 cm margins, has a styles part (Arial 11 pt, document language {@code
 * en-GB}, real heading, list and table styles) and carries formatting in its styles: a run has
 * direct properties only where it is bold or italic, and never an explicit "off" ({@code <w:b
 * w:val="off"/>}), which strict readers take as on. The letter's Markdown becomes headings in
 * Word's heading styles, paragraphs, bold and italic runs, real bulleted and numbered lists (a
 * numbering part), tables with a repeating header row, and links ({@code https:}, {@code http:} and
 * {@code mailto:} only).
 *
 * <p>A letter is a list of {@link Block}s, written in order: {@link Parts#content()} gives the
 * standard letter (letterhead, date, title, body, sign-off, facts panel); a caller that needs
 * another layout, for example with a recipient's {@link Address}, passes its own list to {@link
 * #write(Content, Instant)}.
 *
 * <p>Output is deterministic: fixed document dates and fixed ZIP entry times. Thread-safe.
 */
public final class DocxLetterWriter {

  /** The font letters use: the one schools' Word letters already use. */
  static final String FONT = "Arial";

  /** The document language, in the styles' defaults and the core properties. */
  static final String LANGUAGE = "en-GB";

  /** A4 portrait, in twentieths of a point (Word's "dxa"). */
  static final int PAGE_WIDTH = 11906;

  /** A4 portrait, in twentieths of a point. */
  static final int PAGE_HEIGHT = 16838;

  /** 2 cm, all round. */
  static final int MARGIN = 1134;

  /** The width between the margins. */
  static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

  /** Paragraph and table style ids, as defined in {@link #STYLES}. */
  static final String NORMAL = "Normal";

  static final String LETTERHEAD_NAME = "LetterheadName";
  static final String LETTERHEAD = "Letterhead";
  static final String ADDRESS = "Address";
  static final String DATE = "Date";
  static final String CLOSING = "Closing";
  static final String SIGNATURE = "Signature";
  static final String LIST_PARAGRAPH = "ListParagraph";
  static final String QUOTE = "Quote";
  static final String TABLE_TEXT = "TableText";
  static final String TABLE_HEADING = "TableHeading";
  static final String FACT_LABEL = "FactLabel";
  static final String FACT_TEXT = "FactText";
  static final String TABLE_GRID = "TableGrid";
  static final String HYPERLINK = "Hyperlink";

  /** The deepest list level with its own indent and numbering format. */
  static final int MAX_LIST_LEVEL = 2;

  private static final Pattern SAFE_LINK = Pattern.compile("(?i)(https?:|mailto:).*");

  private final Parser parser;

  public DocxLetterWriter() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    this.parser = Parser.builder(options).build();
  }

  /**
   * One part of a letter, written in the order given. Text may hold merge fields, written {{Name}}.
   */
  public sealed interface Block permits Letterhead, Address, Line, Title, Body, SignOff, Facts {}

  /**
   * The sender's letterhead, right-aligned.
   *
   * @param lines the school's name first (in bold), then its address and contact lines
   */
  public record Letterhead(List<String> lines) implements Block {
    public Letterhead {
      lines = List.copyOf(lines);
    }
  }

  /**
   * A recipient's address, left-aligned, one line each; blank lines are left out.
   *
   * @param lines the address lines, typically merge fields such as {{ParentFullName}}
   */
  public record Address(List<String> lines) implements Block {
    public Address {
      lines = List.copyOf(lines);
    }
  }

  /**
   * A line of its own with space above and below, such as the letter's date.
   *
   * @param text the line
   */
  public record Line(String text) implements Block {}

  /**
   * The letter's title, in Word's "Heading 1"; the body's own headings come below it.
   *
   * @param text the title
   */
  public record Title(String text) implements Block {}

  /**
   * The letter's body.
   *
   * @param markdown Markdown: paragraphs, {@code #} headings (written one level below the title),
   *     bold, italic, lists, tables and links
   */
  public record Body(String markdown) implements Block {}

  /**
   * The sign-off: a closing line, space to sign, and who signs.
   *
   * @param closing for example "Yours sincerely,"
   * @param signedBy the role (or name) that signs
   */
  public record SignOff(String closing, String signedBy) implements Block {}

  /**
   * A panel of facts: a heading and a two-column table of label and value, in small type.
   *
   * @param heading the panel's heading
   * @param rows label and value; none means no panel
   */
  public record Facts(String heading, List<String[]> rows) implements Block {
    public Facts {
      rows = List.copyOf(rows);
    }
  }

  /**
   * A whole letter.
   *
   * @param title the document's title (its core properties)
   * @param author the document's author (its core properties), usually the school's name
   * @param blocks the letter, in order
   * @param fieldNames the school's MIS names for merge fields, where they differ from the catalogue
   */
  public record Content(
      String title, String author, List<Block> blocks, Map<String, String> fieldNames) {
    public Content {
      blocks = List.copyOf(blocks);
      fieldNames = Map.copyOf(fieldNames);
    }
  }

  /**
   * The parts of a standard letter.
   *
   * @param letterhead the school's name first, then its address and contact lines
   * @param title the letter's title
   * @param body the letter's Markdown, fact fields filled, merge fields still written {{Name}}
   * @param signedBy the role that signs it
   * @param facts label and value rows for the "about attendance" panel
   * @param fieldNames the school's MIS names for merge fields, where they differ from the catalogue
   */
  public record Parts(
      List<String> letterhead,
      String title,
      String body,
      String signedBy,
      List<String[]> facts,
      Map<String, String> fieldNames) {

    /**
     * The standard letter: letterhead, the date ({{LetterDate}}), title, body, "Yours sincerely,"
     * and the signer, then the "about attendance" panel.
     */
    public Content content() {
      return new Content(
          title,
          letterhead.isEmpty() ? "" : letterhead.get(0),
          List.of(
              new Letterhead(letterhead),
              new Line("{{LetterDate}}"),
              new Title(title),
              new Body(body),
              new SignOff("Yours sincerely,", signedBy),
              new Facts("About attendance at our school", facts)),
          fieldNames);
    }
  }

  /**
   * @param letter the parts of a standard letter
   * @param when the fixed date written into the document
   * @return the .docx bytes
   */
  public byte[] write(Parts letter, Instant when) throws IOException {
    return write(letter.content(), when);
  }

  /**
   * @param letter the letter, block by block
   * @param when the fixed date written into the document
   * @return the .docx bytes
   */
  public byte[] write(Content letter, Instant when) throws IOException {
    return JdkXml.using(() -> writeDocument(letter, when)); // POI saves each part through javax.xml
  }

  private byte[] writeDocument(Content letter, Instant when) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      Writer w = new Writer(doc, letter.fieldNames());
      for (Block b : letter.blocks()) {
        w.block(b);
      }
      w.finish();
      var props = doc.getProperties().getCoreProperties();
      props.setTitle(letter.title());
      props.setCreator(letter.author());
      props.setCreated(Optional.of(Date.from(when)));
      props.setModified(Optional.of(Date.from(when)));
      props.getUnderlyingProperties().setLanguageProperty(LANGUAGE);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return fixZipTimes(out.toByteArray(), when);
    } catch (XmlException e) {
      throw new IllegalStateException(
          "the letter's built-in styles or numbering are not valid XML", e);
    }
  }

  /** What a list is numbered with. */
  private enum ListKind {
    BULLET(0),
    ORDERED(1);

    final int abstractNumId;

    ListKind(int abstractNumId) {
      this.abstractNumId = abstractNumId;
    }
  }

  /**
   * One list in the document: its numbering instance, its kind, the level it starts on and its
   * first number.
   */
  private record ListInstance(int numId, ListKind kind, int level, int start) {}

  /** Writes one document; not thread-safe, one per call. */
  private final class Writer {
    private final XWPFDocument doc;
    private final Map<String, String> names;
    private final List<ListInstance> lists = new ArrayList<>();

    /** Set after a table: the next paragraph gets space above it, as a paragraph would below. */
    private boolean afterTable;

    Writer(XWPFDocument doc, Map<String, String> names) {
      this.doc = doc;
      this.names = names;
    }

    void block(Block b) {
      if (b instanceof Letterhead l) {
        for (int i = 0; i < l.lines().size(); i++) {
          inline(paragraph(i == 0 ? LETTERHEAD_NAME : LETTERHEAD), l.lines().get(i), false, false);
        }
      } else if (b instanceof Address a) {
        for (String line : a.lines()) {
          if (!line.isBlank()) {
            inline(paragraph(ADDRESS), line, false, false);
          }
        }
      } else if (b instanceof Line l) {
        inline(paragraph(DATE), l.text(), false, false);
      } else if (b instanceof Title t) {
        inline(paragraph("Heading1"), t.text(), false, false);
      } else if (b instanceof Body body) {
        blocks(parser.parse(body.markdown()), NORMAL);
        afterTable = false;
      } else if (b instanceof SignOff s) {
        inline(paragraph(CLOSING), s.closing(), false, false);
        inline(paragraph(SIGNATURE), s.signedBy(), false, false);
      } else if (b instanceof Facts f) {
        facts(f);
      }
    }

    /** Section properties (A4, margins) and, where the letter has lists, the numbering part. */
    void finish() throws XmlException {
      CTSectPr sect =
          doc.getDocument().getBody().isSetSectPr()
              ? doc.getDocument().getBody().getSectPr()
              : doc.getDocument().getBody().addNewSectPr();
      CTPageSz size = sect.addNewPgSz();
      size.setW(BigInteger.valueOf(PAGE_WIDTH));
      size.setH(BigInteger.valueOf(PAGE_HEIGHT));
      CTPageMar margins = sect.addNewPgMar();
      margins.setTop(BigInteger.valueOf(MARGIN));
      margins.setRight(BigInteger.valueOf(MARGIN));
      margins.setBottom(BigInteger.valueOf(MARGIN));
      margins.setLeft(BigInteger.valueOf(MARGIN));
      margins.setHeader(BigInteger.valueOf(709));
      margins.setFooter(BigInteger.valueOf(709));
      margins.setGutter(BigInteger.ZERO);
      doc.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
      if (!lists.isEmpty()) {
        doc.createNumbering()
            .setNumbering(NumberingDocument.Factory.parse(numbering(lists)).getNumbering());
      }
    }

    private XWPFParagraph paragraph(String style) {
      XWPFParagraph p = doc.createParagraph();
      p.setStyle(style);
      if (afterTable) {
        p.setSpacingBefore(160);
        afterTable = false;
      }
      return p;
    }

    private void blocks(Node parent, String style) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof Heading h) {
          children(paragraph("Heading" + Math.min(h.getLevel() + 1, 4)), h, false, false);
        } else if (n instanceof Paragraph) {
          children(paragraph(style), n, false, false);
        } else if (n instanceof ListBlock list) {
          list(list, 0);
        } else if (n instanceof TableBlock) {
          if (n.getPrevious() instanceof TableBlock) {
            // Two tables with nothing between them would become one.
            paragraph(style);
          }
          table(n);
          afterTable = true;
        } else if (n instanceof BlockQuote) {
          blocks(n, QUOTE);
        } else if (n instanceof ThematicBreak) {
          continue;
        } else {
          // Code blocks, HTML blocks and anything else: their text, as text, line by line.
          XWPFParagraph p = paragraph(style);
          String[] lines = n.getChars().toString().strip().split("\\R", -1);
          for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
              p.createRun().addBreak();
            }
            inline(p, lines[i], false, false);
          }
        }
      }
    }

    /** A list, each item a numbered (or bulleted) paragraph; nested lists one level deeper. */
    private void list(ListBlock list, int level) {
      ListKind kind = list instanceof OrderedList ? ListKind.ORDERED : ListKind.BULLET;
      int depth = Math.min(level, MAX_LIST_LEVEL);
      ListInstance instance =
          new ListInstance(
              lists.size() + 1,
              kind,
              depth,
              list instanceof OrderedList o ? o.getStartNumber() : 1);
      lists.add(instance);
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (!(item instanceof ListItem)) {
          continue;
        }
        boolean numbered = false;
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof ListBlock nested) {
            list(nested, level + 1);
            continue;
          }
          XWPFParagraph p = paragraph(LIST_PARAGRAPH);
          if (numbered) {
            // A second paragraph in the same item: indented with it, not numbered again.
            p.setIndentationLeft(listIndent(depth));
          } else {
            number(p, instance);
            numbered = true;
          }
          children(p, c, false, false);
        }
        if (!numbered) {
          number(paragraph(LIST_PARAGRAPH), instance);
        }
      }
    }

    private void number(XWPFParagraph p, ListInstance list) {
      p.setNumID(BigInteger.valueOf(list.numId()));
      p.setNumILvl(BigInteger.valueOf(list.level()));
    }

    private void table(Node block) {
      List<List<TableCell>> rows = new ArrayList<>();
      int headerRows = 0;
      for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
        // The separator row (|---|---|) is TableSeparator: it is not a row of the table.
        if (part instanceof TableHead || part instanceof TableBody) {
          for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
            if (row instanceof TableRow) {
              List<TableCell> cells = new ArrayList<>();
              for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell c) {
                  cells.add(c);
                }
              }
              rows.add(cells);
              if (part instanceof TableHead) {
                headerRows++;
              }
            }
          }
        }
      }
      if (rows.isEmpty()) {
        return;
      }
      int columns = rows.stream().mapToInt(List::size).max().orElse(1);
      int[] widths = new int[columns];
      for (int c = 0; c < columns; c++) {
        widths[c] = TEXT_WIDTH / columns + (c < TEXT_WIDTH % columns ? 1 : 0);
      }
      XWPFTable table = newTable(rows.size(), widths);
      for (int r = 0; r < rows.size(); r++) {
        XWPFTableRow row = table.getRow(r);
        boolean header = r < headerRows;
        if (header) {
          row.getCtRow().addNewTrPr().addNewTblHeader();
        }
        for (int c = 0; c < columns; c++) {
          XWPFParagraph p = cellParagraph(row.getCell(c), header ? TABLE_HEADING : TABLE_TEXT);
          if (c < rows.get(r).size() && !rows.get(r).get(c).getText().isBlank()) {
            TableCell cell = rows.get(r).get(c);
            align(p, cell.getAlignment());
            children(p, cell, false, false);
          }
        }
      }
    }

    private void facts(Facts f) {
      if (f.rows().isEmpty()) {
        return;
      }
      XWPFParagraph head = paragraph("Heading2");
      inline(head, f.heading(), false, false);
      XWPFTable table =
          newTable(
              f.rows().size(), new int[] {TEXT_WIDTH * 3 / 10, TEXT_WIDTH - TEXT_WIDTH * 3 / 10});
      for (int r = 0; r < f.rows().size(); r++) {
        XWPFTableRow row = table.getRow(r);
        inline(cellParagraph(row.getCell(0), FACT_LABEL), f.rows().get(r)[0], false, false);
        inline(cellParagraph(row.getCell(1), FACT_TEXT), f.rows().get(r)[1], false, false);
      }
      // Word ends a document (and a table) with a paragraph.
      paragraph(FACT_TEXT);
    }

    /** A table across the text width in the "Table Grid" style, with fixed column widths. */
    private XWPFTable newTable(int rows, int[] widths) {
      XWPFTable table = doc.createTable(rows, widths.length);
      CTTbl ct = table.getCTTbl();
      CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
      pr.addNewTblStyle().setVal(TABLE_GRID);
      pr.getTblW().setType(STTblWidth.DXA);
      pr.getTblW().setW(BigInteger.valueOf(TEXT_WIDTH));
      // Borders written on the table as well as in its style, for readers that ignore table styles.
      CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
      for (CTBorder edge :
          List.of(
              borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
              borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
              borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
              borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
              borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
              borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV())) {
        edge.setVal(STBorder.SINGLE);
        edge.setSz(BigInteger.valueOf(4));
        edge.setSpace(BigInteger.ZERO);
        edge.setColor("808080");
      }
      CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
      while (grid.sizeOfGridColArray() > 0) {
        grid.removeGridCol(0);
      }
      for (int w : widths) {
        grid.addNewGridCol().setW(BigInteger.valueOf(w));
      }
      for (XWPFTableRow row : table.getRows()) {
        for (int c = 0; c < widths.length; c++) {
          row.getCell(c).setWidth(Integer.toString(widths[c]));
          row.getCell(c).setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        }
      }
      return table;
    }

    private XWPFParagraph cellParagraph(XWPFTableCell cell, String style) {
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setStyle(style);
      return p;
    }

    private void align(XWPFParagraph p, TableCell.Alignment alignment) {
      if (alignment == TableCell.Alignment.RIGHT) {
        p.setAlignment(ParagraphAlignment.RIGHT);
      } else if (alignment == TableCell.Alignment.CENTER) {
        p.setAlignment(ParagraphAlignment.CENTER);
      }
    }

    private void children(XWPFParagraph p, Node n, boolean bold, boolean italic) {
      if (n instanceof Text || n instanceof Code) {
        inline(p, n.getChars().unescape(), bold, italic);
        return;
      }
      if (n instanceof SoftLineBreak) {
        inline(p, " ", bold, italic);
        return;
      }
      if (n instanceof HardLineBreak) {
        p.createRun().addBreak();
        return;
      }
      if (n instanceof Link link && SAFE_LINK.matcher(link.getUrl().toString().strip()).matches()) {
        XWPFRun r = p.createHyperlinkRun(link.getUrl().toString().strip());
        // The character style first, as Word orders run properties.
        r.getCTR().addNewRPr().addNewRStyle().setVal(HYPERLINK);
        properties(r.getCTR(), bold, italic);
        r.setText(plainText(link));
        return;
      }
      if (n instanceof Image image) {
        inline(p, image.getText().unescape(), bold, italic);
        return;
      }
      boolean b = bold || n instanceof StrongEmphasis;
      boolean i = italic || n instanceof Emphasis;
      if (n.getFirstChild() == null) {
        if (!(n instanceof Paragraph)) {
          inline(p, n.getChars().unescape(), b, i);
        }
        return;
      }
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        children(p, c, b, i);
      }
    }

    /** Text, with each {{Field}} written as a Word MERGEFIELD under the school's name for it. */
    private void inline(XWPFParagraph p, String text, boolean bold, boolean italic) {
      Matcher m = Letter.MERGE_FIELD.matcher(text);
      int last = 0;
      while (m.find()) {
        plain(p, text.substring(last, m.start()), bold, italic);
        mergeField(p, names.getOrDefault(m.group(1), m.group(1)), bold, italic);
        last = m.end();
      }
      plain(p, text.substring(last), bold, italic);
    }
  }

  private static String plainText(Node n) {
    StringBuilder b = new StringBuilder();
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Text || c instanceof Code) {
        b.append(c.getChars().unescape());
      } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
        b.append(' ');
      } else {
        b.append(plainText(c));
      }
    }
    return b.toString();
  }

  private static void plain(XWPFParagraph p, String text, boolean bold, boolean italic) {
    if (!text.isEmpty()) {
      run(p, bold, italic).setText(text);
    }
  }

  /** A run; its only direct properties are bold and italic, and only when on. */
  private static XWPFRun run(XWPFParagraph p, boolean bold, boolean italic) {
    XWPFRun r = p.createRun();
    properties(r.getCTR(), bold, italic);
    return r;
  }

  /** {@code <w:b/>} and {@code <w:i/>} (on, with no value) where needed; nothing otherwise. */
  private static void properties(CTR r, boolean bold, boolean italic) {
    if (!bold && !italic) {
      return;
    }
    CTRPr pr = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
    if (bold) {
      pr.addNewB();
    }
    if (italic) {
      pr.addNewI();
    }
  }

  /**
   * A MERGEFIELD as Word writes it: {@code <w:fldChar begin/>}, {@code <w:instrText> MERGEFIELD
   * Name \* MERGEFORMAT </w:instrText>}, {@code <w:fldChar separate/>}, the result «Name», {@code
   * <w:fldChar end/>}. Every run of the field carries the same formatting, so the merged value is
   * bold (or italic) exactly where the text around it is.
   */
  static void mergeField(XWPFParagraph p, String name, boolean bold, boolean italic) {
    run(p, bold, italic).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    CTText instruction = run(p, bold, italic).getCTR().addNewInstrText();
    instruction.setStringValue(" MERGEFIELD " + name + " \\* MERGEFORMAT ");
    instruction.setSpace(SpaceAttribute.Space.PRESERVE);
    run(p, bold, italic).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    run(p, bold, italic).setText("\u00AB" + name + "\u00BB");
    run(p, bold, italic).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  static int listIndent(int level) {
    return 720 * (level + 1);
  }

  /** Bullets, and numbers, for each list level. */
  private static final String[][] LEVEL_FORMATS = {
    {"bullet", "\u2022", "bullet", "\u2013", "bullet", "\u2022"},
    {"decimal", "%1.", "lowerLetter", "%2.", "lowerRoman", "%3."},
  };

  /** The numbering part: one bulleted and one numbered scheme, and an instance for each list. */
  static String numbering(List<ListInstance> lists) {
    StringBuilder b = new StringBuilder("<w:numbering xmlns:w=\"" + W + "\">");
    for (ListKind kind : ListKind.values()) {
      b.append("<w:abstractNum w:abstractNumId=\"")
          .append(kind.abstractNumId)
          .append("\">")
          .append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
      for (int level = 0; level <= MAX_LIST_LEVEL; level++) {
        b.append("<w:lvl w:ilvl=\"")
            .append(level)
            .append("\"><w:start w:val=\"1\"/>")
            .append("<w:numFmt w:val=\"")
            .append(LEVEL_FORMATS[kind.abstractNumId][2 * level])
            .append("\"/>")
            .append("<w:lvlText w:val=\"")
            .append(LEVEL_FORMATS[kind.abstractNumId][2 * level + 1])
            .append("\"/>")
            .append("<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"")
            .append(listIndent(level))
            .append("\" w:hanging=\"360\"/></w:pPr></w:lvl>");
      }
      b.append("</w:abstractNum>");
    }
    for (ListInstance list : lists) {
      b.append("<w:num w:numId=\"")
          .append(list.numId())
          .append("\"><w:abstractNumId w:val=\"")
          .append(list.kind().abstractNumId)
          .append("\"/>");
      if (list.kind() == ListKind.ORDERED) {
        // Each numbered list counts from its own start, not on from the last one.
        b.append("<w:lvlOverride w:ilvl=\"")
            .append(list.level())
            .append("\"><w:startOverride w:val=\"")
            .append(list.start())
            .append("\"/></w:lvlOverride>");
      }
      b.append("</w:num>");
    }
    return b.append("</w:numbering>").toString();
  }

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /**
   * The styles part. Defaults: Arial 11 pt, {@code en-GB}, 8 pt after each paragraph. Headings keep
   * with the next paragraph and carry outline levels, so Word's navigation pane and a PDF export's
   * bookmarks and tags see them.
   */
  static final String STYLES =
      """
      <w:styles xmlns:w="%s">\
      <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%2$s" w:eastAsia="%2$s" w:cs="%2$s"/>\
      <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="%s" w:eastAsia="%3$s" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
      <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
      <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>\
      <w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
      <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>\
      <w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\
      <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
      <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>\
      <w:semiHidden/><w:unhideWhenUsed/></w:style>\
      <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
      <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
      <w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/>\
      <w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>\
      <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>\
      <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
      <w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/>\
      <w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>\
      <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>\
      <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
      <w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>\
      <w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/>\
      <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
      <w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="3"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>\
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="Letterhead"><w:name w:val="Letterhead"/>\
      <w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr></w:style>\
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="LetterheadName"><w:name w:val="Letterhead Name"/>\
      <w:basedOn w:val="Letterhead"/><w:next w:val="Letterhead"/><w:qFormat/><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/>\
      <w:szCs w:val="28"/></w:rPr></w:style>\
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="Address"><w:name w:val="Address"/><w:basedOn w:val="Normal"/>\
      <w:qFormat/><w:pPr><w:spacing w:after="0"/></w:pPr></w:style>\
      <w:style w:type="paragraph" w:styleId="Date"><w:name w:val="Date"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
      <w:pPr><w:spacing w:before="240" w:after="240"/></w:pPr></w:style>\
      <w:style w:type="paragraph" w:styleId="Closing"><w:name w:val="Closing"/><w:basedOn w:val="Normal"/>\
      <w:next w:val="Signature"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="0"/></w:pPr></w:style>\
      <w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/>\
      <w:pPr><w:spacing w:before="720" w:after="0"/></w:pPr></w:style>\
      <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>\
      <w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>\
      <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
      <w:uiPriority w:val="29"/><w:qFormat/><w:pPr><w:ind w:left="567" w:right="567"/></w:pPr></w:style>\
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/>\
      <w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr></w:style>\
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableHeading"><w:name w:val="Table Heading"/>\
      <w:basedOn w:val="TableText"/><w:qFormat/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>\
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="FactText"><w:name w:val="Fact Text"/>\
      <w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>\
      <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="FactLabel"><w:name w:val="Fact Label"/>\
      <w:basedOn w:val="FactText"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>\
      <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/>\
      <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>\
      <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>\
      <w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/>\
      <w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/>\
      <w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/>\
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders></w:tblPr></w:style>\
      </w:styles>"""
          .formatted(W, FONT, LANGUAGE);

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
