package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.diagnostic.Hints;

/**
 * The hostile templates corpus (src/test/resources/hostile-templates: each case a few files laid
 * over a copy of the house style, rendering the golden school's policy page) and each limit of a
 * templates folder at the limit and one past it: every case is one located message, never a stack
 * overflow, an endless run or a file read from elsewhere.
 */
class HostileTemplatesTest {

  static final Path CORPUS = Path.of("src/test/resources/hostile-templates");
  static final Path GOLDEN = Path.of("src/test/resources/golden/policy");

  @TempDir Path dir;

  /** A copy of the house style with {@code files} (path to text) written over it. */
  Path templates(Map<String, String> files) throws Exception {
    Path t = dir.resolve("templates");
    TemplatesTest.copyHouseStyle(t);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.createDirectories(t.resolve(f.getKey()).getParent());
      Files.writeString(t.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
    return t;
  }

  /**
   * The golden school's policy page rendered with {@code templates}: each problem's first line,
   * relative to them.
   */
  List<String> render(Path templates) {
    AttendanceCompiler.RenderResult r =
        new AttendanceCompiler()
            .render(
                GOLDEN,
                dir.resolve("out"),
                templates,
                Instant.EPOCH,
                LocalDate.of(2026, 1, 1),
                "policy.html");
    r.diagnostics().stream()
        .filter(d -> d.at().line() > 0)
        .forEach(d -> assertEquals(Hints.fixTemplate(templates.toString()), d.hint()));
    return r.diagnostics().stream()
        .map(d -> d.format(templates).lines().findFirst().orElseThrow())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      include-self          | policy/policy.ftlh:1:1: error: these templates include each other in a circle: policy/policy.ftlh includes policy/policy.ftlh [RENDER]
      include-circle        | policy/b.ftlh:2:1: error: these templates include each other in a circle: policy/a.ftlh includes policy/b.ftlh includes policy/a.ftlh [RENDER]
      macro-calls-itself    | policy/policy.ftlh:3:3: error: the template goes more than 300 directives deep here; a macro or function that calls itself must stop long before that [RENDER]
      function-calls-itself | policy/policy.ftlh:1:1: error: the template goes more than 300 directives deep here; a macro or function that calls itself must stop long before that [RENDER]
      endless-output        | policy/policy.ftlh:1:17: error: the template writes more than 5,000,000 characters here; a document may be at most that long [RENDER]
      include-outside       | policy/policy.ftlh:2:1: error: Template inclusion failed (for parameter value "/../../etc/passwd"): Template not found for name "../../etc/passwd" (normalized: "etc/passwd"). [RENDER]
      """)
  void eachHostileTemplateGetsOneLocatedMessage(String name, String expected) throws Exception {
    Path t = templates(Map.of());
    try (Stream<Path> walk = Files.walk(CORPUS.resolve(name))) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        Files.copy(
            f,
            t.resolve(CORPUS.resolve(name).relativize(f).toString()),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    assertEquals(List.of(expected), render(t));
    assertTrue(Files.notExists(dir.resolve("out/oakfield-primary/policy.html")), "nothing written");
  }

  @Test
  void everyCaseOfTheCorpusIsTested() throws IOException {
    try (Stream<Path> cases = Files.list(CORPUS)) {
      assertEquals(
          new TreeSet<>(
              List.of(
                  "include-self",
                  "include-circle",
                  "macro-calls-itself",
                  "function-calls-itself",
                  "endless-output",
                  "include-outside")),
          new TreeSet<>(cases.map(p -> p.getFileName().toString()).toList()));
    }
  }

  /** The policy page includes d1.ftlh, which includes d2.ftlh, and so on to {@code deep}. */
  static Map<String, String> includes(int deep) {
    Map<String, String> files = new java.util.HashMap<>();
    files.put("policy/policy.ftlh", "<#include \"d1.ftlh\">\n");
    for (int i = 1; i <= deep; i++) {
      files.put(
          "policy/d" + i + ".ftlh",
          "<p>" + i + "</p>\n" + (i < deep ? "<#include \"d" + (i + 1) + ".ftlh\">\n" : ""));
    }
    return files;
  }

  @Test
  void includesMayBeTenDeepButNotEleven() throws Exception {
    assertEquals(List.of(), render(templates(includes(Templates.MAX_INCLUDE_DEPTH))));
    assertTrue(
        Files.readString(dir.resolve("out/oakfield-primary/policy.html")).contains("<p>10</p>"));
  }

  @Test
  void includesElevenDeepAreRefusedAtTheEleventh() throws Exception {
    assertEquals(
        List.of(
            "policy/d10.ftlh:2:1: error: templates may include one another at most 10 deep, and this"
                + " #include goes one deeper [RENDER]"),
        render(templates(includes(Templates.MAX_INCLUDE_DEPTH + 1))));
  }

  /**
   * A template of {@code ifs} nested {@code <#if true>}s: with the template itself and the text
   * inside, two directives more.
   */
  static Templates nested(Path dir, int ifs) throws Exception {
    Files.writeString(
        dir.resolve("t.ftlh"),
        "<p>" + "<#if true>".repeat(ifs) + "deep" + "</#if>".repeat(ifs) + "</p>");
    return Templates.from(dir);
  }

  @Test
  void directivesMayNestThreeHundredDeepButNotOneMore() throws Exception {
    assertEquals("<p>deep</p>", nested(dir, Templates.MAX_NESTING - 2).render("t.ftlh", Map.of()));
    RenderException e =
        assertThrows(
            RenderException.class,
            () -> nested(dir, Templates.MAX_NESTING - 1).render("t.ftlh", Map.of()));
    assertEquals(
        "t.ftlh:1:2994: the template goes more than 300 directives deep here; a macro or function that calls"
            + " itself must stop long before that",
        e.source() + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
  }

  @Test
  void aDocumentMayBeFiveMillionCharactersButNotOneMore() throws Exception {
    Files.writeString(dir.resolve("t.ftlh"), "<#list 1..n as i>${line}</#list>");
    Templates t = Templates.from(dir);
    String line = "x".repeat(999) + "\n";
    assertEquals(
        Templates.MAX_OUTPUT_CHARS, t.render("t.ftlh", Map.of("n", 5000, "line", line)).length());
    RenderException e =
        assertThrows(
            RenderException.class, () -> t.render("t.ftlh", Map.of("n", 5000, "line", line + "x")));
    assertEquals(
        "t.ftlh:1:18: the template writes more than 5,000,000 characters here; a document may be at most that"
            + " long",
        e.source() + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
  }

  @Test
  void aTemplateMayBeOneMegabyteButNotOneByteMore() throws Exception {
    String comment = "<#-- " + "x".repeat((int) Templates.MAX_FILE_BYTES - 9) + " -->";
    assertEquals(Templates.MAX_FILE_BYTES, comment.length());
    Path t = templates(Map.of("policy/notes.ftlh", comment));
    assertEquals(List.of(), render(t));
    Files.writeString(t.resolve("policy/notes.ftlh"), comment + "\n");
    AttendanceCompiler.RenderResult r =
        new AttendanceCompiler()
            .render(
                GOLDEN,
                dir.resolve("out2"),
                t,
                Instant.EPOCH,
                LocalDate.of(2026, 1, 1),
                "policy.html");
    assertEquals(
        List.of(
            "policy/notes.ftlh: error: 'policy/notes.ftlh' is 1.0 MB; a file in the templates folder may be"
                + " at most 1 MB [RENDER]"),
        r.diagnostics().stream().map(d -> d.format(t)).toList());
  }
}
