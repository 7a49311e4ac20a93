package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.AttendanceCompiler;

/**
 * The house style's words live in one file a trust can override, not in Java: every key the code
 * asks for exists, every key in the file is used, and a templates folder's own words win.
 */
class WordingTest {

  private static final Pattern USE = Pattern.compile("words\\.get\\(\"([a-zA-Z.]+)\"");

  /** A key chosen before it is asked for: {@code words.get(everyDay ? "a.b" : "a.c")}. */
  private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");

  @Test
  void everyKeyTheCodeAsksForIsInTheFileAndEveryKeyInTheFileIsUsed() throws Exception {
    Set<String> house = Wording.house().keys();
    Set<String> used = new TreeSet<>();
    try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
      for (Path p : java.filter(f -> f.toString().endsWith(".java")).toList()) {
        String code = Files.readString(p);
        Matcher m = USE.matcher(code);
        while (m.find()) {
          used.add(m.group(1));
        }
        Matcher l = LITERAL.matcher(code);
        while (l.find()) {
          if (house.contains(l.group(1))) {
            used.add(l.group(1));
          }
        }
      }
    }
    PolicyViewBuilder.SECTIONS.forEach(id -> used.add("section." + id));
    used.add("section.codes");
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(house);
    missing.removeIf(u -> u.endsWith(".") && house.stream().anyMatch(k -> k.startsWith(u)));
    assertEquals(
        Set.of(), missing, "keys the code asks for that templates/wording.properties lacks");
    Set<String> dead = new TreeSet<>(house);
    dead.removeAll(used);
    dead.removeIf(k -> used.stream().anyMatch(u -> u.endsWith(".") && k.startsWith(u)));
    assertEquals(Set.of(), dead, "keys in templates/wording.properties that nothing uses");
  }

  @Test
  void theFileIsSortedWithinEachGroup() throws Exception {
    List<String> lines =
        Files.readAllLines(Path.of("../templates/wording.properties"), StandardCharsets.UTF_8);
    List<String> group = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        assertSorted(group);
        group.clear();
      } else {
        group.add(line.substring(0, line.indexOf('=')));
      }
    }
    assertSorted(group);
  }

  private static void assertSorted(List<String> keys) {
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(null);
    assertEquals(sorted, keys);
  }

  @Test
  void aValueTheWordsNeedButAreNotGivenIsABugThatSaysWhich() throws Exception {
    Wording w = Wording.house().overriddenBy(new StringReader("x.y=Tell {school} by {time}\n"));
    assertEquals("Tell Oakfield by 9am", w.get("x.y", "school", "Oakfield", "time", "9am"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> w.get("x.y", "school", "Oakfield"));
    assertTrue(e.getMessage().contains("{time}"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> w.get("no.such.key"));
  }

  @Test
  void aTemplatesFolderOverridesSomeWordsAndKeepsTheRest(@TempDir Path dir) throws Exception {
    Path templates = dir.resolve("brand");
    TemplatesTest.copyHouseStyle(templates);
    Files.writeString(
        templates.resolve("wording.properties"),
        "section.contacts=Who to talk to\nletter.signOff=With best wishes,\n",
        StandardCharsets.UTF_8);
    AttendanceCompiler.RenderResult r =
        new AttendanceCompiler()
            .render(
                Path.of("src/test/resources/golden/policy"),
                dir.resolve("out"),
                templates,
                Instant.EPOCH,
                LocalDate.of(2026, 1, 1),
                "policy.html",
                "letters.html");
    assertEquals(List.of(), r.diagnostics());
    String policy = Files.readString(dir.resolve("out/oakfield-primary/policy.html"));
    assertTrue(policy.contains("Who to talk to"), "the overridden heading");
    assertFalse(
        policy.contains("Who to contact about attendance"), "the house heading is replaced");
    assertTrue(
        policy.contains("The school day and the register"), "a key left out keeps the house words");
    try (Stream<Path> letters = Files.list(dir.resolve("out/oakfield-primary/letters"))) {
      Path letter = letters.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
      String html = Files.readString(letter);
      assertTrue(html.contains("With best wishes,"), "the overridden sign-off");
      assertFalse(html.contains("Yours sincerely,"));
    }
  }
}
