package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every block of every web page the bundled schools get says where its words come from: the
 * school's model, the law (with rule ids), the checker, or the document's own structure; and the
 * document's own structure never says anything a school could be held to (no sentence).
 */
class ProvenanceTest {

  /** The elements that hold text a reader reads as a unit. */
  static final Set<String> BLOCKS =
      Set.of(
          "p",
          "li",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "caption",
          "th",
          "td",
          "dt",
          "dd",
          "blockquote",
          "address",
          "figcaption",
          "pre");

  static final Pattern SOURCE =
      Pattern.compile(
          "structure|sample|merge|check:(review|ATT\\d{3})|national:[a-zA-Z]+|house:letters/[a-z0-9-]+"
              + "|law:((R-[A-Z]+-\\d{2}|P\\d)(,(R-[A-Z]+-\\d{2}|P\\d))*)|model:(/[A-Za-z0-9-]+)*");

  /** A sentence: a word, then a full stop, question or exclamation mark. */
  static final Pattern SENTENCE = Pattern.compile("[a-z][.!?](\\s|$)");

  @Test
  void everyBlockOfEveryWebPageHasASource() throws Exception {
    List<String> problems = new ArrayList<>();
    List<Path> pages = webPages();
    assertTrue(pages.size() > 40, "the bundled schools give many pages: " + pages.size());
    for (Path page : pages) {
      Document doc = parse(page);
      walk(doc.getDocumentElement(), page, problems);
    }
    assertEquals(List.of(), problems.stream().limit(30).toList());
  }

  @Test
  void theDocumentsOwnWordsAreHeadingsAndLabelsNeverSentences() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path page : webPages()) {
      NodeList all = parse(page).getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        Element e = (Element) all.item(i);
        if ("structure".equals(e.getAttribute("data-source"))) {
          String own = ownText(e).strip();
          if (SENTENCE.matcher(own).find()) {
            problems.add(
                RenderedBundle.out().relativize(page) + ": <" + e.getTagName() + "> " + own);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyStatementOfLawNamesItsRules() {
    LawText law = new LawText(uk.org.attendance.reference.Rulebooks.DFE_2024);
    for (String key : uk.org.attendance.reference.Rulebooks.DFE_2024.statements().all().keySet()) {
      Fact f = law.get(key);
      assertTrue(SOURCE.matcher(f.src().id()).matches(), key + ": " + f.src().id());
      assertFalse(f.text().contains("{"), key + " has an unfilled value: " + f.text());
    }
  }

  @Test
  void theAnnotatedPageLabelsEveryBlockForGovernors() throws IOException {
    String html = RenderedBundle.text("kelvedon-hatch-primary/policy.annotated.html");
    assertTrue(
        html.contains("data-label=\"National rules R-PN-01\""), "law labelled with its rule");
    assertTrue(
        html.contains("data-label=\"School file kelvedon-hatch-primary.yaml, line "),
        "model labelled with its line");
    assertTrue(html.contains("[data-label]::before"), "labels shown");
    assertFalse(
        RenderedBundle.text("kelvedon-hatch-primary/policy.html").contains("data-label"),
        "the published page carries sources, not the governors' labels");
  }

  private static void walk(Element e, Path page, List<String> problems) {
    boolean sourced = !e.getAttribute("data-source").isEmpty();
    if (sourced
        && !Stream.of(e.getAttribute("data-source").split(" "))
            .allMatch(s -> SOURCE.matcher(s).matches())) {
      problems.add(
          page.getFileName()
              + ": <"
              + e.getTagName()
              + "> has an unknown source '"
              + e.getAttribute("data-source")
              + "'");
    }
    if (BLOCKS.contains(e.getTagName())
        && !sourced
        && !hasSourcedAncestor(e)
        && !e.getTextContent().isBlank()) {
      problems.add(
          RenderedBundle.out().relativize(page)
              + ": <"
              + e.getTagName()
              + "> \""
              + abbreviate(e.getTextContent())
              + "\"");
    }
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element) {
        walk((Element) children.item(i), page, problems);
      }
    }
  }

  private static boolean hasSourcedAncestor(Element e) {
    for (Node n = e.getParentNode(); n instanceof Element; n = n.getParentNode()) {
      if (!((Element) n).getAttribute("data-source").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static String ownText(Element e) {
    StringBuilder b = new StringBuilder();
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node n = children.item(i);
      if (n.getNodeType() == Node.TEXT_NODE) {
        b.append(n.getTextContent());
      } else if (n instanceof Element && ((Element) n).getAttribute("data-source").isEmpty()) {
        b.append(ownText((Element) n));
      }
    }
    return b.toString().replaceAll("\\s+", " ");
  }

  private static String abbreviate(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.length() > 80 ? t.substring(0, 80) + "..." : t;
  }

  static List<Path> webPages() throws IOException {
    try (Stream<Path> walk = Files.walk(RenderedBundle.out())) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  static Document parse(Path page) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
  }
}
