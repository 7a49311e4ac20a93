package uk.org.attendance.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.attendance.model.SourceRef;

/** The full sentences users see are pinned here. */
class HintsTest {

  @Test
  void suggestsTheClosestKeyForATypo() {
    assertEquals("did you mean 'ratified'?", Hints.didYouMean("ratifed", List.of("title", "ratified", "reviewDue"), "keys"));
    assertEquals("did you mean 'reviewDue'?", Hints.didYouMean("reveiwDue", List.of("title", "ratified", "reviewDue"), "keys"));
  }

  @Test
  void listsTheChoicesWhenNothingIsClose() {
    assertEquals(
        "the values allowed here are: academy, independent, maintained",
        Hints.didYouMean("free school", List.of("maintained", "academy", "independent"), "values"));
  }

  @Test
  void formatsInTheCompilerStyleRelativeToTheBase() {
    Path base = Path.of("/work/project").toAbsolutePath();
    Diagnostic d =
        new Diagnostic(
            "ATT001",
            Severity.WARNING,
            new SourceRef(base.resolve("schools/models/x.yaml"), 14, 9),
            "unknown attendance code 'H'",
            "use C for leave granted in exceptional circumstances",
            "https://example.org/codes");
    assertEquals(
        String.join(
            System.lineSeparator(),
            "schools/models/x.yaml:14:9: warning: unknown attendance code 'H' [ATT001]",
            "  hint: use C for leave granted in exceptional circumstances",
            "  see: https://example.org/codes"),
        d.format(base));
  }

  @Test
  void leavesOutUnknownLineAndColumn() {
    Path base = Path.of("/work/project").toAbsolutePath();
    Diagnostic d = Diagnostic.error("LOAD-FILE", SourceRef.of(base.resolve("a.yaml")), "the file does not exist", null);
    assertEquals("a.yaml: error: the file does not exist [LOAD-FILE]", d.format(base));
  }

  @Test
  void sortsByFileThenLineThenColumn() {
    Path f = Path.of("/a.yaml");
    Diagnostic late = Diagnostic.error("X", new SourceRef(f, 10, 1), "b", null);
    Diagnostic early = Diagnostic.error("X", new SourceRef(f, 2, 5), "a", null);
    Diagnostic earlier = Diagnostic.error("X", new SourceRef(f, 2, 3), "c", null);
    assertEquals(List.of(earlier, early, late), List.of(late, early, earlier).stream().sorted().toList());
  }
}
