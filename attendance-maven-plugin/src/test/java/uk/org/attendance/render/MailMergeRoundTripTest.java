package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.docx4j.model.fields.merge.DataFieldName;
import org.docx4j.model.fields.merge.MailMerger;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.load.DefaultLetters;
import uk.org.attendance.load.SchoolLoader;
import uk.org.attendance.model.ResolvedSchool;

/**
 * Every bundled letter through a real mail merge, as a school office does it: docx4j's {@code
 * MailMerger} fills one row of the field catalogue's examples ({@code letters/fields.csv}, under
 * the names the letters use) into the Word file. The merged letter must have no field left, read
 * exactly as the letter with each field replaced by its value, have no run bold or italic that was
 * not bold or italic in the letter, and still be A4.
 */
class MailMergeRoundTripTest {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final Pattern MERGEFIELD = Pattern.compile("^\\s*MERGEFIELD\\s+(\\S+)");

  @TestFactory
  Stream<DynamicTest> everyBundledLetterMergesCleanly() throws Exception {
    assertEquals(List.of(), RenderedBundle.result().diagnostics());
    SchoolLoader.Result loaded = new AttendanceCompiler().validate(Path.of("../schools/models"));
    List<DynamicTest> tests = new ArrayList<>();
    for (ResolvedSchool s : loaded.schools()) {
      Path letters = RenderedBundle.out().resolve(s.id()).resolve("letters");
      Map<String, String> row =
          exampleRow(Files.readString(letters.resolve("fields.csv"), StandardCharsets.UTF_8));
      List<Path> docx;
      try (Stream<Path> files = Files.list(letters)) {
        docx = files.filter(p -> p.getFileName().toString().endsWith(".docx")).sorted().toList();
      }
      int expected =
          (s.model().letters().isEmpty() ? DefaultLetters.load() : s.model().letters()).size();
      assertEquals(expected, docx.size(), s.id() + ": " + docx);
      for (Path letter : docx) {
        tests.add(
            dynamicTest(
                s.id() + "/" + letter.getFileName(),
                () -> roundTrip(Files.readAllBytes(letter), row)));
      }
    }
    assertTrue(tests.size() >= 30, "letters: " + tests.size());
    return tests.stream();
  }

  static void roundTrip(byte[] letter, Map<String, String> row) throws Exception {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(letter));
    Map<DataFieldName, String> data = new HashMap<>();
    row.forEach((name, value) -> data.put(new DataFieldName(name), value));
    MailMerger.setMERGEFIELDInOutput(MailMerger.OutputField.REMOVED);
    MailMerger.performMerge(pkg, data, true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pkg.save(out);
    byte[] merged = out.toByteArray();

    String mergedXml = part(merged, "word/document.xml");
    assertNotNull(mergedXml, "the merged package has a main document");
    assertFalse(mergedXml.contains("MERGEFIELD"), "a field is left");
    assertFalse(
        mergedXml.contains("\u00AB") || mergedXml.contains("\u00BB"), "a «placeholder» is left");

    List<Para> before = paragraphs(letter, row);
    List<Para> after = paragraphs(merged, Map.of());
    assertEquals(
        before.stream().map(Para::text).toList(),
        after.stream().map(Para::text).toList(),
        "the merged letter reads as the letter with each field's value");
    String mergedText = String.join("\n", after.stream().map(Para::text).toList());
    for (String field : fieldsIn(part(letter, "word/document.xml"))) {
      assertTrue(mergedText.contains(row.get(field)), field + " = " + row.get(field));
    }
    for (int p = 0; p < before.size(); p++) {
      Para was = before.get(p);
      Para is = after.get(p);
      for (int c = 0; c < is.text().length(); c++) {
        assertFalse(is.bold()[c] && !was.bold()[c], "turned bold: '" + is.text() + "' at " + c);
        assertFalse(
            is.italic()[c] && !was.italic()[c], "turned italic: '" + is.text() + "' at " + c);
      }
    }

    // The page size as the merged file says it (the body's section properties), read from its
    // bytes as a word processor reads them.
    Element section = first(first(dom(mergedXml).getDocumentElement(), "body"), "sectPr");
    assertNotNull(section, "section properties");
    Element size = first(section, "pgSz");
    assertNotNull(size, "page size");
    assertEquals("11906", size.getAttributeNS(W, "w"), "A4 width");
    assertEquals("16838", size.getAttributeNS(W, "h"), "A4 height");
  }

  /**
   * The catalogue's merge fields, under the names the school's letters use, with their examples.
   */
  static Map<String, String> exampleRow(String csv) {
    List<List<String>> rows = csv(csv);
    List<String> head = rows.get(0);
    assertEquals(List.of("field", "kind", "meaning", "example", "wordMergeField"), head);
    Map<String, String> row = new LinkedHashMap<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.get(1).equals("merge")) {
        assertFalse(r.get(3).isBlank(), r.get(0) + " has an example");
        row.put(r.get(4), r.get(3));
      }
    }
    assertTrue(row.size() >= 10, "merge fields: " + row.keySet());
    return row;
  }

  /** RFC 4180. */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  static List<String> fieldsIn(String documentXml) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(" MERGEFIELD (\\S+) ").matcher(documentXml);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /**
   * A paragraph's visible text, and whether each character is bold and italic as Word resolves it.
   */
  record Para(String text, boolean[] bold, boolean[] italic) {}

  /**
   * Every paragraph of the body (table cells included), in order. A MERGEFIELD's result is read as
   * {@code values}' value for it, in the formatting of the result run: what a merge should give.
   */
  static List<Para> paragraphs(byte[] docx, Map<String, String> values) throws Exception {
    Document doc = dom(part(docx, "word/document.xml"));
    String stylesXml = part(docx, "word/styles.xml");
    Styles styles = new Styles(stylesXml == null ? null : dom(stylesXml));
    List<Para> out = new ArrayList<>();
    for (Element p : elements(doc.getDocumentElement(), "p")) {
      StringBuilder text = new StringBuilder();
      List<Boolean> bold = new ArrayList<>();
      List<Boolean> italic = new ArrayList<>();
      String pStyle = attr(first(first(p, "pPr"), "pStyle"));
      String state = "text";
      StringBuilder code = new StringBuilder();
      boolean resultWritten = false;
      for (Element r : elements(p, "r")) {
        Element rPr = first(r, "rPr");
        boolean b = styles.on("b", rPr, pStyle);
        boolean i = styles.on("i", rPr, pStyle);
        for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
            continue;
          }
          String piece = null;
          switch (e.getLocalName()) {
            case "fldChar" -> {
              String type = e.getAttributeNS(W, "fldCharType");
              if (type.equals("begin")) {
                state = "code";
                code.setLength(0);
              } else if (type.equals("separate")) {
                state = "result";
                resultWritten = false;
              } else {
                state = "text";
              }
            }
            case "instrText" -> code.append(e.getTextContent());
            case "t" -> {
              if (state.equals("text")) {
                piece = e.getTextContent();
              } else if (state.equals("result") && !resultWritten) {
                Matcher m = MERGEFIELD.matcher(code);
                assertTrue(m.find(), "a field that is not a MERGEFIELD: " + code);
                piece = values.get(m.group(1));
                assertNotNull(
                    piece, "no value for " + m.group(1) + ": not a field in the catalogue");
                resultWritten = true;
              }
            }
            case "tab" -> piece = state.equals("code") ? null : "\t";
            case "br", "cr" -> piece = state.equals("code") ? null : "\n";
            default -> {}
          }
          if (piece != null) {
            text.append(piece);
            for (int k = 0; k < piece.length(); k++) {
              bold.add(b);
              italic.add(i);
            }
          }
        }
      }
      boolean[] bs = new boolean[bold.size()];
      boolean[] is = new boolean[italic.size()];
      for (int k = 0; k < bs.length; k++) {
        bs[k] = bold.get(k);
        is[k] = italic.get(k);
      }
      out.add(new Para(text.toString(), bs, is));
    }
    return out;
  }

  /**
   * Resolves a toggle property (bold, italic) as Word does for body text: the run's own properties,
   * else its character style, else its paragraph's style (or the default paragraph style), each
   * through its basedOn chain, else the document defaults.
   */
  static final class Styles {
    private final Map<String, Element> byId = new HashMap<>();
    private final Element defaults;
    private String defaultParagraph;

    /**
     * @param styles the styles part, or null for a document without one
     */
    Styles(Document styles) {
      if (styles == null) {
        defaults = null;
        return;
      }
      for (Element s : elements(styles.getDocumentElement(), "style")) {
        String id = s.getAttributeNS(W, "styleId");
        byId.put(id, s);
        String isDefault = s.getAttributeNS(W, "default");
        if (s.getAttributeNS(W, "type").equals("paragraph")
            && (isDefault.equals("1") || isDefault.equals("true"))) {
          defaultParagraph = id;
        }
      }
      defaults =
          first(first(first(styles.getDocumentElement(), "docDefaults"), "rPrDefault"), "rPr");
    }

    boolean on(String property, Element rPr, String pStyle) {
      Boolean direct = value(first(rPr, property));
      if (direct != null) {
        return direct;
      }
      Boolean fromRunStyle = fromStyle(attr(first(rPr, "rStyle")), property, 0);
      if (fromRunStyle != null) {
        return fromRunStyle;
      }
      Boolean fromParagraph = fromStyle(pStyle != null ? pStyle : defaultParagraph, property, 0);
      if (fromParagraph != null) {
        return fromParagraph;
      }
      Boolean fromDefaults = value(first(defaults, property));
      return fromDefaults != null && fromDefaults;
    }

    private Boolean fromStyle(String id, String property, int depth) {
      Element style = id == null ? null : byId.get(id);
      if (style == null || depth > 20) {
        return null;
      }
      Boolean here = value(first(first(style, "rPr"), property));
      return here != null ? here : fromStyle(attr(first(style, "basedOn")), property, depth + 1);
    }

    /**
     * An on/off property as ECMA-376 defines it: no value is on; "0", "false" and "off" are off.
     */
    private static Boolean value(Element e) {
      if (e == null) {
        return null;
      }
      String v = e.getAttributeNS(W, "val");
      return !(v.equals("0") || v.equals("false") || v.equals("off"));
    }
  }

  /** A part of the package as text, or null if there is none. */
  static String part(byte[] docx, String name) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    return null;
  }

  static Document dom(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> elements(Element parent, String localName) {
    NodeList nodes = parent.getElementsByTagNameNS(W, localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** The first child element (not descendant) with this name, or null. */
  static Element first(Element parent, String localName) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && W.equals(e.getNamespaceURI())
          && e.getLocalName().equals(localName)) {
        return e;
      }
    }
    return null;
  }

  static String attr(Element e) {
    return e == null ? null : e.getAttributeNS(W, "val");
  }
}
