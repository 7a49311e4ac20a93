package uk.org.attendance.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Word letter's structure: page, styles, language, tables, lists, headings, fields, bytes. */
class DocxLetterWriterTest {

  static final Instant WHEN = Instant.parse("2026-01-01T00:00:00Z");
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  static final String BODY =
      """
      Dear {{ParentSalutation}},

      # What we found

      We are writing about **{{PupilFullName}}** and *their* attendance.

      | | This school year |
      |---|---:|
      | Attendance | {{AttendancePercent}}% |
      | Sessions missed | {{SessionsMissed}} |

      - first point
      - second point
        - a point inside it

      3. third step
      4. fourth step

      And then:

      1. a fresh list

      ## What happens next

      See [our policy](https://school.example/policy) or [this](javascript:alert(1)), or
      **[write to us](mailto:office@school.example)**.
      """;

  static Map<String, String> parts(byte[] docx) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        out.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  static Document dom(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> all(Document d, String localName) {
    NodeList nodes = d.getElementsByTagNameNS(W, localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  static Element child(Element e, String localName) {
    NodeList nodes = e.getElementsByTagNameNS(W, localName);
    return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
  }

  static String text(Element e) {
    StringBuilder b = new StringBuilder();
    for (Element t : all(e, "t")) {
      b.append(t.getTextContent());
    }
    return b.toString();
  }

  static List<Element> all(Element e, String localName) {
    NodeList nodes = e.getElementsByTagNameNS(W, localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  static String style(Element p) {
    Element s = child(p, "pStyle");
    return s == null ? "" : s.getAttributeNS(W, "val");
  }

  private static byte[] letter(String body) throws Exception {
    return new DocxLetterWriter()
        .write(
            new DocxLetterWriter.Parts(
                List.of("Oakfield Primary School", "1 Oak Lane"),
                "Attendance concern",
                body,
                "Headteacher",
                List.<String[]>of(new String[] {"Report an absence", "by 8:45am"}),
                Map.of()),
            WHEN);
  }

  @Test
  void theLetterIsA4WithMarginsAndTheSectionPropertiesCloseTheBody() throws Exception {
    Document d = dom(parts(letter(BODY)).get("word/document.xml"));
    Element body = all(d, "body").get(0);
    Element last = (Element) body.getLastChild();
    assertEquals("sectPr", last.getLocalName());
    Element size = child(last, "pgSz");
    assertEquals("11906", size.getAttributeNS(W, "w"));
    assertEquals("16838", size.getAttributeNS(W, "h"));
    Element margins = child(last, "pgMar");
    for (String side : List.of("top", "right", "bottom", "left")) {
      assertEquals("1134", margins.getAttributeNS(W, side), side);
    }
  }

  @Test
  void theStylesPartSetsArialElevenPointInBritishEnglishAndHasHeadingStyles() throws Exception {
    Map<String, String> parts = parts(letter(BODY));
    assertTrue(
        parts.get("[Content_Types].xml").contains("/word/styles.xml"), "styles part registered");
    Document styles = dom(parts.get("word/styles.xml"));
    Element defaults = child(child(all(styles, "docDefaults").get(0), "rPrDefault"), "rPr");
    assertEquals("en-GB", child(defaults, "lang").getAttributeNS(W, "val"));
    assertEquals("Arial", child(defaults, "rFonts").getAttributeNS(W, "ascii"));
    assertEquals("22", child(defaults, "sz").getAttributeNS(W, "val"));
    Map<String, Element> byId = new LinkedHashMap<>();
    for (Element s : all(styles, "style")) {
      byId.put(s.getAttributeNS(W, "styleId"), s);
    }
    for (int level = 1; level <= 4; level++) {
      Element h = byId.get("Heading" + level);
      assertEquals("heading " + level, child(h, "name").getAttributeNS(W, "val"));
      assertEquals(Integer.toString(level - 1), child(h, "outlineLvl").getAttributeNS(W, "val"));
    }
    // Every style a paragraph or table uses is defined.
    Document d = dom(parts.get("word/document.xml"));
    for (String kind : List.of("pStyle", "tblStyle", "rStyle")) {
      for (Element used : all(d, kind)) {
        assertTrue(byId.containsKey(used.getAttributeNS(W, "val")), used.getAttributeNS(W, "val"));
      }
    }
    assertTrue(
        parts.get("docProps/core.xml").contains("<dc:language>en-GB</dc:language>"),
        parts.get("docProps/core.xml"));
  }

  @Test
  void noPropertyIsWrittenAsExplicitlyOff() throws Exception {
    Pattern onOff =
        Pattern.compile(
            "<w:(b|bCs|i|iCs|caps|smallCaps|strike|dstrike|vanish|tblHeader|keepNext|keepLines"
                + "|contextualSpacing|semiHidden|unhideWhenUsed|qFormat)\\b[^>]*w:val=");
    for (Map.Entry<String, String> part : parts(letter(BODY)).entrySet()) {
      Matcher m = onOff.matcher(part.getValue());
      assertFalse(
          m.find(),
          part.getKey()
              + ": "
              + (m.hitEnd() ? "" : part.getValue().substring(m.start(), m.end() + 8)));
      assertFalse(part.getValue().matches("(?s).*w:val=\"(off|false)\".*"), part.getKey());
    }
  }

  @Test
  void everyParagraphAndRunHasAtMostOneSetOfProperties() throws Exception {
    Document d = dom(parts(letter(BODY)).get("word/document.xml"));
    for (String[] pair : new String[][] {{"p", "pPr"}, {"r", "rPr"}}) {
      for (Element e : all(d, pair[0])) {
        int count = 0;
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (pair[1].equals(n.getLocalName())) {
            count++;
          }
        }
        assertTrue(count <= 1, pair[1] + " x" + count + " in '" + text(e) + "'");
      }
    }
  }

  @Test
  void theTitleAndTheBodysHeadingsUseWordsHeadingStyles() throws Exception {
    Document d = dom(parts(letter(BODY)).get("word/document.xml"));
    Map<String, String> styleOf = new LinkedHashMap<>();
    for (Element p : all(d, "p")) {
      styleOf.put(text(p), style(p));
    }
    assertEquals("Heading1", styleOf.get("Attendance concern"));
    assertEquals("Heading2", styleOf.get("What we found"));
    assertEquals("Heading3", styleOf.get("What happens next"));
    assertEquals("LetterheadName", styleOf.get("Oakfield Primary School"));
    assertEquals("Letterhead", styleOf.get("1 Oak Lane"));
    assertEquals("Heading2", styleOf.get("About attendance at our school"));
  }

  @Test
  void aMarkdownTableIsAWordTableWithAHeaderRowAndNoSeparatorRow() throws Exception {
    Document d = dom(parts(letter(BODY)).get("word/document.xml"));
    List<Element> tables = all(d, "tbl");
    assertEquals(2, tables.size(), "the body's table and the facts panel");
    Element table = tables.get(0);
    List<Element> rows = all(table, "tr");
    assertEquals(3, rows.size());
    assertTrue(child(rows.get(0), "tblHeader") != null, "the first row repeats as a header");
    assertTrue(child(rows.get(1), "tblHeader") == null);
    assertEquals(
        List.of("", "This school year"),
        all(rows.get(0), "tc").stream().map(DocxLetterWriterTest::text).toList());
    assertEquals(
        List.of("Attendance", "«AttendancePercent»%"),
        all(rows.get(1), "tc").stream().map(DocxLetterWriterTest::text).toList());
    assertFalse(text(table).contains("---"));
    assertEquals("TableHeading", style(all(rows.get(0), "p").get(1)));
    Element rightCell = all(rows.get(1), "p").get(1);
    assertEquals(1, all(rightCell, "pPr").size(), "one set of paragraph properties");
    assertEquals(
        "right",
        child(child(rightCell, "pPr"), "jc").getAttributeNS(W, "val"),
        "the ---: column is right-aligned");
    assertEquals("TableText", style(rightCell));
    assertEquals(2, all(table, "gridCol").size());
    assertEquals("TableGrid", child(table, "tblStyle").getAttributeNS(W, "val"));
  }

  @Test
  void listsAreRealWordListsAndEachNumberedListCountsFromItsOwnStart() throws Exception {
    Map<String, String> parts = parts(letter(BODY));
    Document d = dom(parts.get("word/document.xml"));
    Map<String, String[]> numbering = new LinkedHashMap<>();
    for (Element p : all(d, "p")) {
      Element numPr = child(p, "numPr");
      if (numPr != null) {
        numbering.put(
            text(p),
            new String[] {
              child(numPr, "numId").getAttributeNS(W, "val"),
              child(numPr, "ilvl").getAttributeNS(W, "val")
            });
        assertEquals("ListParagraph", style(p));
      }
    }
    assertEquals(
        List.of(
            "first point",
            "second point",
            "a point inside it",
            "third step",
            "fourth step",
            "a fresh list"),
        List.copyOf(numbering.keySet()));
    assertEquals("1", numbering.get("a point inside it")[1], "nested one level deeper");
    assertFalse(text(all(d, "body").get(0)).contains("\u2022"), "no typed bullets");
    Document num = dom(parts.get("word/numbering.xml"));
    Map<String, Element> nums = new LinkedHashMap<>();
    for (Element n : all(num, "num")) {
      nums.put(n.getAttributeNS(W, "numId"), n);
    }
    Element ordered = nums.get(numbering.get("third step")[0]);
    assertEquals("3", child(ordered, "startOverride").getAttributeNS(W, "val"));
    Element fresh = nums.get(numbering.get("a fresh list")[0]);
    assertTrue(fresh != ordered);
    assertEquals("1", child(fresh, "startOverride").getAttributeNS(W, "val"));
    Map<String, String> formats = new LinkedHashMap<>();
    for (Element a : all(num, "abstractNum")) {
      formats.put(
          a.getAttributeNS(W, "abstractNumId"), child(a, "numFmt").getAttributeNS(W, "val"));
    }
    assertEquals("decimal", formats.get(child(ordered, "abstractNumId").getAttributeNS(W, "val")));
    assertEquals(
        "bullet",
        formats.get(
            child(nums.get(numbering.get("first point")[0]), "abstractNumId")
                .getAttributeNS(W, "val")));
  }

  @Test
  void aBoldMergeFieldIsBoldInEveryRunAndPlainTextHasNoRunProperties() throws Exception {
    String xml = parts(letter(BODY)).get("word/document.xml");
    Matcher field =
        Pattern.compile(
                "<w:r>(<w:rPr>.*?</w:rPr>)?<w:fldChar w:fldCharType=\"begin\"/></w:r>"
                    + "<w:r>(<w:rPr>.*?</w:rPr>)?<w:instrText xml:space=\"preserve\"> MERGEFIELD PupilFullName \\\\\\* MERGEFORMAT </w:instrText></w:r>"
                    + "<w:r>(<w:rPr>.*?</w:rPr>)?<w:fldChar w:fldCharType=\"separate\"/></w:r>"
                    + "<w:r>(<w:rPr>.*?</w:rPr>)?<w:t>«PupilFullName»</w:t></w:r>"
                    + "<w:r>(<w:rPr>.*?</w:rPr>)?<w:fldChar w:fldCharType=\"end\"/></w:r>")
            .matcher(xml);
    assertTrue(field.find(), xml);
    for (int g = 1; g <= 5; g++) {
      assertEquals("<w:rPr><w:b/></w:rPr>", field.group(g), "run " + g);
    }
    assertTrue(xml.contains("<w:r><w:rPr><w:i/></w:rPr><w:t>their</w:t></w:r>"), xml);
    assertTrue(
        xml.contains("<w:r><w:t xml:space=\"preserve\">We are writing about </w:t></w:r>"), xml);
    assertFalse(xml.contains("<w:rFonts"), "fonts come from the styles, not from each run");
  }

  @Test
  void onlyWebAndMailLinksBecomeHyperlinks() throws Exception {
    Map<String, String> parts = parts(letter(BODY));
    Document d = dom(parts.get("word/document.xml"));
    List<Element> links = all(d, "hyperlink");
    assertEquals(
        List.of("our policy", "write to us"),
        links.stream().map(DocxLetterWriterTest::text).toList());
    String rels = parts.get("word/_rels/document.xml.rels");
    assertTrue(rels.contains("Target=\"https://school.example/policy\""), rels);
    assertTrue(rels.contains("Target=\"mailto:office@school.example\""), rels);
    assertFalse(rels.contains("javascript"), rels);
    assertTrue(
        text(all(d, "body").get(0)).contains("or this, or"), "an unsafe link keeps its text only");
    // The character style comes first in the run's properties, then bold, as Word orders them.
    assertTrue(
        parts
            .get("word/document.xml")
            .contains("<w:rPr><w:rStyle w:val=\"Hyperlink\"/><w:b/></w:rPr><w:t>write to us</w:t>"),
        parts.get("word/document.xml"));
  }

  @Test
  void aRecipientAddressBlockLeavesOutBlankLinesAndKeepsItsMergeFields() throws Exception {
    byte[] docx =
        new DocxLetterWriter()
            .write(
                new DocxLetterWriter.Content(
                    "Letter",
                    "Oakfield Primary School",
                    List.of(
                        new DocxLetterWriter.Letterhead(List.of("Oakfield Primary School")),
                        new DocxLetterWriter.Address(
                            List.of("{{ParentFullName}}", " ", "1 High Street")),
                        new DocxLetterWriter.Line("{{LetterDate}}"),
                        new DocxLetterWriter.Title("Letter"),
                        new DocxLetterWriter.Body("Dear {{ParentSalutation}},"),
                        new DocxLetterWriter.SignOff("Yours sincerely,", "Headteacher"),
                        new DocxLetterWriter.Facts("About attendance", List.of())),
                    Map.of("ParentSalutation", "Salutation")),
                WHEN);
    Document d = dom(parts(docx).get("word/document.xml"));
    List<String> addressLines =
        all(d, "p").stream()
            .filter(p -> style(p).equals("Address"))
            .map(DocxLetterWriterTest::text)
            .toList();
    assertEquals(List.of("«ParentFullName»", "1 High Street"), addressLines);
    assertTrue(
        parts(docx).get("word/document.xml").contains(" MERGEFIELD Salutation \\* MERGEFORMAT "),
        "the school's MIS name");
    assertEquals(0, all(d, "tbl").size(), "no facts, no panel");
    assertFalse(parts(docx).containsKey("word/numbering.xml"), "no lists, no numbering part");
  }

  @Test
  void theSameLetterIsTheSameBytesWithFixedDates() throws Exception {
    byte[] one = letter(BODY);
    assertArrayEquals(one, letter(BODY));
    Map<String, String> parts = parts(one);
    assertTrue(
        parts
            .get("docProps/core.xml")
            .contains(
                "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-01-01T00:00:00Z</dcterms:created>"));
    assertTrue(
        parts
            .get("docProps/core.xml")
            .contains(
                "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-01-01T00:00:00Z</dcterms:modified>"));
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(one))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        // Not the time of writing: the fixed date (ZIP stores local time; written and read in one
        // zone).
        assertEquals(WHEN.toEpochMilli(), e.getTime(), e.getName());
      }
    }
  }
}
