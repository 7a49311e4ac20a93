package uk.org.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.org.attendance.check.Finding;
import uk.org.attendance.load.SchoolLoader;

/**
 * The hostile and broken input corpus (src/test/resources/hostile, plus the load/ cases and a few
 * generated here because they are large): every case gets its exact located message, or is rendered
 * safely escaped. Nothing is half-written. (That nothing reaches the network is {@link
 * NoNetworkTest}, which must run alone.)
 */
class HostileInputTest {

  static final Path CORPUS = Path.of("src/test/resources/hostile").toAbsolutePath();
  static final SchoolLoader LOADER = new SchoolLoader();

  static List<String> firstLines(SchoolLoader.Result r, Path base) {
    return r.diagnostics().stream()
        .map(d -> d.format(base).lines().findFirst().orElseThrow())
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      unclosed-quote.yaml    | unclosed-quote.yaml:3:9: error: this quoted value is never closed [LOAD-SYNTAX]
      bad-indent.yaml        | bad-indent.yaml:4:2: error: this line is not indented in line with the lines above it [LOAD-SYNTAX]
      unclosed-flow.yaml     | unclosed-flow.yaml:9:8: error: a list or map written with [ ] or { } is not closed properly [LOAD-SYNTAX]
      missing-colon.yaml     | missing-colon.yaml:6:3: error: a key is missing its colon, or the line above is indented wrongly [LOAD-SYNTAX]
      time-words.yaml        | time-words.yaml:16:17: error: 'schoolDay.groups[1].morningRegister.closes': 'quarter past nine' is not a time: write it as 08:45 (24-hour) or 8:45am [LOAD-VALUE]
      logo-url.yaml          | logo-url.yaml:6:9: error: 'school.logo': 'https://evil.example.org/logo.png' is not in the expected form [LOAD-VALUE]
      anchor-alias.yaml      | anchor-alias.yaml:1:9: error: YAML anchors (&s) are not supported [LOAD-YAML]
      python-tag.yaml        | python-tag.yaml:2:7: error: YAML tags (!!python/object:os.system) are not supported [LOAD-YAML]
      dup-title.yaml         | dup-title.yaml:10:3: error: the key 'title' appears twice here (first at line 9) [LOAD-YAML]
      annexes-map.yaml       | annexes-map.yaml:18:3: error: 'annexes' must be a list (lines starting with '- '), but it is a map of keys [LOAD-TYPE]
      """)
  void eachBrokenFileGetsOneLocatedMessage(String file, String expected) {
    SchoolLoader.Result r = LOADER.load(List.of(CORPUS.resolve(file)), CORPUS);
    assertEquals(List.of(expected), firstLines(r, CORPUS));
  }

  @Test
  void wrongTypesAndImpossibleDatesAreAllReported() {
    assertEquals(
        List.of(
            "wrong-types.yaml:11:11: error: 'thresholds.target' must be a number, but it is a list [LOAD-TYPE]",
            "wrong-types.yaml:12:10: error: 'thresholds.bands' must be a list (lines starting with '- '), but it is a map of keys [LOAD-TYPE]"),
        firstLines(LOADER.load(List.of(CORPUS.resolve("wrong-types.yaml")), CORPUS), CORPUS));
    assertEquals(
        List.of(
            "impossible-dates.yaml:9:14: error: 'policy.reviewDue': '2025-02-30' is not a real date in the calendar [LOAD-VALUE]",
            "impossible-dates.yaml:10:20: error: 'policy.ratified.date': '31 Febuary 2025' is not a date: write a day as 2025-10-14,"
                + " a month as July 2025, or a term as Autumn 2025 [LOAD-VALUE]"),
        firstLines(LOADER.load(List.of(CORPUS.resolve("impossible-dates.yaml")), CORPUS), CORPUS));
  }

  @Test
  void theTimeSpellingsSchoolsUseAreAccepted() {
    SchoolLoader.Result r = LOADER.load(List.of(CORPUS.resolve("time-spellings.yaml")), CORPUS);
    assertEquals(List.of(), r.diagnostics());
    assertEquals(
        "08:40",
        r.schools().get(0).model().schoolDay().groups().get(0).morningRegister().opens().iso());
    assertEquals(
        "09:10",
        r.schools().get(0).model().schoolDay().groups().get(0).morningRegister().closes().iso());
  }

  @Test
  void aFileThatExtendsItselfAndTwoSchoolsWithOneIdAreRefused() {
    assertEquals(
        List.of(
            "selfextend/selfextend.yaml:1:10: error: these files extend each other in a circle:"
                + " selfextend.yaml extends selfextend.yaml [LOAD-EXTENDS]"),
        firstLines(LOADER.loadDirectory(CORPUS.resolve("selfextend")), CORPUS));
    assertEquals(
        List.of(
            "dupid/b.yaml:2:7: error: another school already has the id 'minimal' (a.yaml line 2) [LOAD-DUPLICATE-ID]"),
        firstLines(LOADER.loadDirectory(CORPUS.resolve("dupid")), CORPUS));
  }

  @Test
  void aFiveMegabyteFileIsRefusedWithoutBeingParsed(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    StringBuilder b = new StringBuilder("school:\n  id: big\n  name: \"");
    b.append("x".repeat(5 * 1024 * 1024)).append("\"\n");
    Files.writeString(big, b, StandardCharsets.UTF_8);
    assertEquals(
        List.of(
            "big.yaml: error: the file is 5.0 MB; a school file may be at most 1 MB [LOAD-FILE]"),
        firstLines(LOADER.load(List.of(big), dir), dir));
  }

  /**
   * A school file with one very long sentence, stating a time again and again, is checked in time
   * that grows with its length, each finding located in the sentence where it is: the words after
   * the verb were read again up to each time, and each finding's place was found by walking the
   * value from its start (6.4 s for 200,000 characters, so about 100 s for these 800,000; 0.8 s
   * now). The limit is a hang guard, not a speed target.
   */
  @Test
  void aVeryLongSentenceIsCheckedInTimeThatGrowsWithItsLength(@TempDir Path dir)
      throws IOException {
    Path golden = Path.of("src/test/resources/golden/policy");
    String school = Files.readString(golden.resolve("school.yaml"));
    String lateness =
        "  lateness: Pupils who arrive after the register has closed sign in at the office.";
    assertTrue(school.contains(lateness));
    StringBuilder sentence = new StringBuilder("Please");
    while (sentence.length() < 800_000) { // within the 1 MB a school file may have
      sentence.append(" report absence by 9.30am on the first day");
    }
    Files.writeString(
        dir.resolve("school.yaml"),
        school.replace(lateness, "  lateness: \"" + sentence + ".\""),
        StandardCharsets.UTF_8);
    Files.copy(golden.resolve("logo.png"), dir.resolve("logo.png"));
    List<Finding> findings =
        assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> new AttendanceCompiler().check(dir, LocalDate.of(2026, 1, 1)))
            .findings();
    int line = school.substring(0, school.indexOf(lateness)).split("\n", -1).length;
    List<Integer> columns =
        findings.stream()
            .filter(f -> f.diagnostic().at().line() == line)
            .map(f -> f.diagnostic().at().column())
            .distinct()
            .toList();
    assertTrue(
        columns.size() > 1000, "a finding at each time, each at its own place: " + columns.size());
  }

  @Test
  void aThousandLevelsOfNestingAreRefusedAtTheirLine(@TempDir Path dir) throws IOException {
    Path deep = dir.resolve("deep.yaml");
    Files.writeString(
        deep,
        "school:\n  id: " + "[".repeat(1000) + "]".repeat(1000) + "\n",
        StandardCharsets.UTF_8);
    assertEquals(
        List.of("deep.yaml:2:37: error: the file is nested more than 32 levels deep [LOAD-YAML]"),
        firstLines(LOADER.load(List.of(deep), dir), dir));
  }

  @Test
  void anAliasBombIsRefusedAtItsFirstAnchor(@TempDir Path dir) throws IOException {
    StringBuilder b = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      b.append("a").append(i).append(": &a").append(i).append(" [");
      for (int k = 0; k < 9; k++) {
        b.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      b.append("]\n");
    }
    Path bomb = dir.resolve("bomb.yaml");
    Files.writeString(bomb, b, StandardCharsets.UTF_8);
    assertEquals(
        List.of("bomb.yaml:1:5: error: YAML anchors (&a0) are not supported [LOAD-YAML]"),
        firstLines(LOADER.load(List.of(bomb), dir), dir));
  }

  @Test
  void htmlAndScriptInEveryFieldAreRenderedAsText(@TempDir Path out) throws IOException {
    AttendanceCompiler.RenderResult r =
        new AttendanceCompiler()
            .render(
                CORPUS.resolve("../hostile-render"),
                out,
                null,
                Instant.EPOCH,
                LocalDate.of(2026, 1, 1));
    assertEquals(List.of(), r.diagnostics());
    List<String> pages = new ArrayList<>();
    try (var walk = Files.walk(out)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
        pages.add(Files.readString(p));
      }
    }
    assertFalse(pages.isEmpty());
    for (String html : pages) {
      assertFalse(html.contains("<script"), "no script element");
      assertFalse(html.contains("<iframe"), "no iframe");
      assertFalse(html.contains("<svg"), "no svg element");
      String tagsOnly = html.replaceAll("\"[^\"]*\"", "\"\"");
      assertFalse(
          java.util.regex.Pattern.compile("<[a-zA-Z][^<>]*\\son[a-z]+\\s*=")
              .matcher(tagsOnly)
              .find(),
          "no event handler attribute inside a real tag");
      assertFalse(html.contains("<img src=\"https:"), "no external image");
      assertFalse(
          html.contains("href=\"javascript:")
              || html.contains("href=\"vbscript:")
              || html.contains("href=\"file:")
              || html.contains("href=\"data:"),
          "no unsafe link");
    }
    String policy = Files.readString(out.resolve("scripted/policy.html"));
    assertTrue(
        policy.contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; Primary"),
        "escaped name");
    assertTrue(policy.contains("&lt;script&gt;alert('intro')&lt;/script&gt;"), "escaped Markdown");
  }

  @Test
  void aFailedRenderLeavesThePreviousGoodOutput(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    AttendanceCompiler compiler = new AttendanceCompiler();
    compiler.render(
        Path.of("src/test/resources/golden/policy"),
        out,
        null,
        Instant.EPOCH,
        LocalDate.of(2026, 1, 1));
    byte[] good = Files.readAllBytes(out.resolve("oakfield-primary/policy.pdf"));
    Path templates = dir.resolve("templates");
    uk.org.attendance.render.TemplatesTestSupport.copyHouseStyle(templates);
    Path leaflet = templates.resolve("leaflet/leaflet.ftlh");
    Files.writeString(
        leaflet, Files.readString(leaflet).replace("${school.name}", "${school.nmae}"));
    AttendanceCompiler.RenderResult r =
        compiler.render(
            Path.of("src/test/resources/golden/policy"),
            out,
            templates,
            Instant.parse("2026-06-01T00:00:00Z"),
            LocalDate.of(2026, 1, 1));
    assertEquals(1, r.diagnostics().size());
    assertEquals(List.of(), r.written());
    assertTrue(
        java.util.Arrays.equals(
            good, Files.readAllBytes(out.resolve("oakfield-primary/policy.pdf"))),
        "the policy made in the good run is still there, whole");
    try (var files = Files.walk(out)) {
      assertEquals(
          List.of(),
          files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
          "no temporary file left");
    }
  }
}
