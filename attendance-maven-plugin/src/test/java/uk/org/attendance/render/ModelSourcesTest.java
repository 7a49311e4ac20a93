package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.org.attendance.model.ResolvedSchool;

/**
 * A block of a web page that says it comes from the school's file names a value the school wrote,
 * so its label ("School file x.yaml, line 63") is that value's line, never a parent's by accident.
 */
class ModelSourcesTest {

  @Test
  void everyBlockFromTheSchoolsFileNamesAValueItWrote() throws Exception {
    Map<String, ResolvedSchool> schools =
        RenderedBundle.result().schools().stream()
            .collect(Collectors.toMap(ResolvedSchool::id, s -> s));
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (ResolvedSchool school : schools.values()) {
      for (String page : List.of("policy.html", "leaflet.html")) {
        Path file = RenderedBundle.out().resolve(school.id()).resolve(page);
        NodeList all = ProvenanceTest.parse(file).getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
          Element e = (Element) all.item(i);
          for (String src : e.getAttribute("data-source").split(" ")) {
            if (!src.startsWith("model:") || e.getTextContent().isBlank()) {
              continue;
            }
            checked++;
            if (!school.source().has(src.substring("model:".length()))) {
              wrong.add(
                  school.id()
                      + "/"
                      + page
                      + ": <"
                      + e.getTagName()
                      + "> claims the school wrote "
                      + src
                      + ", which it did not: "
                      + e.getTextContent().strip());
            }
          }
        }
      }
    }
    assertTrue(checked > 500, "the pages have blocks from the schools' files: " + checked);
    assertEquals(List.of(), wrong.stream().limit(40).toList());
  }
}
