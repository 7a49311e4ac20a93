package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.model.ResolvedSchool;

/**
 * A school that states no optional practice gets a policy with no practice in it: every sentence is
 * the law's or comes from a value the school actually wrote, and none of the practice the templates
 * used to promise appears.
 */
class PracticeFreeTest {

  @Test
  void aSchoolThatStatesNoPracticeGetsNone(@TempDir Path models, @TempDir Path out)
      throws Exception {
    Files.copy(Path.of("src/test/resources/load/minimal.yaml"), models.resolve("minimal.yaml"));
    AttendanceCompiler.RenderResult r =
        new AttendanceCompiler()
            .render(
                models,
                out,
                new AttendanceCompiler.RenderOptions(
                    null,
                    Instant.parse("2026-01-01T00:00:00Z"),
                    LocalDate.of(2026, 1, 1),
                    true,
                    true,
                    false,
                    null));
    assertEquals(List.of(), r.diagnostics());
    ResolvedSchool school = r.schools().get(0);
    List<String> wrong = new ArrayList<>();
    for (String page : List.of("minimal/policy.html", "minimal/leaflet.html")) {
      Path file = out.resolve(page);
      String text = Files.readString(file).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
      SignableSentencesTest.UNDECIDED_PRACTICE.stream()
          .filter(text::contains)
          .forEach(p -> wrong.add(page + ": " + p));
      NodeList all = ProvenanceTest.parse(file).getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        Element e = (Element) all.item(i);
        for (String src : e.getAttribute("data-source").split(" ")) {
          if (src.startsWith("model:")
              && !school.source().has(src.substring("model:".length()))
              && !e.getTextContent().isBlank()) {
            wrong.add(
                page
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
    assertEquals(List.of(), wrong);
    String policy = Files.readString(out.resolve("minimal/policy.html"));
    assertTrue(policy.contains("class=\"draft-band\""), "a policy this bare is a draft");
    assertTrue(
        policy.contains(
            "does not say what the school does when a pupil is absent and nobody has said why"),
        "and the checker says what it lacks, rather than the document inventing it");
  }
}
