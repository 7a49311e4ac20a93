package uk.org.attendance.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.audit.Auditor;
import uk.org.attendance.check.Finding;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.extract.Block;
import uk.org.attendance.extract.PolicyReader;
import uk.org.attendance.extract.PolicyText;
import uk.org.attendance.model.ClockTime;
import uk.org.attendance.text.Formats;
import uk.org.attendance.text.Sentences;

/**
 * The round trip the issue asks for, on each of the five source policies: import, replace each
 * {@code FILL IN} as a school would, check, render. The file written loads but for its {@code FILL
 * IN}s, each a plain-English note, with the values the source states and where; it invents no
 * value; check on it reports the source's own mistakes; and the policy rendered from it keeps the
 * school's words, every sentence of them, and prints the facts the import took from lines it placed
 * whole (the contacts, the times). How many facts land in the right field, precision and recall per
 * kind, is measured by {@link ImportFactsTest}; that every value cites its line and no sentence is
 * dropped from the draft, by {@link ImportTest}.
 */
class ImportRoundTripTest {

  static final AttendanceCompiler COMPILER = new AttendanceCompiler();

  /**
   * The documents a school publishes as web pages: its policy, the leaflet for parents, each
   * letter.
   */
  static final List<String> DOCUMENTS = List.of("policy.html", "leaflet.html", "letters.html");

  /** "FILL IN: " and at least three words saying what to write. */
  private static final Pattern PLAIN_NOTE = Pattern.compile("FILL IN: \\S+(?: \\S+){2,}");

  static List<String> sources() {
    return ImportFixtures.NAMES;
  }

  @ParameterizedTest
  @MethodSource("sources")
  void importCheckRender(String name, @TempDir Path dir) throws IOException {
    Path source = ImportFixtures.SOURCES.resolve(name + ".txt");

    // Import, as the goal does: into an empty folder, whole files, the schema beside them.
    Path drafted = dir.resolve("drafted");
    long start = System.nanoTime();
    PolicyImporter.Result r =
        ImportFixtures.IMPORTER.importPolicies(List.of(source), drafted, ImportFixtures.ON);
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertEquals(List.of(), r.problems(), name);
    assertEquals(
        r.drafts().size() + 1, r.written().size(), name + ": each school file, and the schema");
    long fillIns =
        r.drafts().stream()
            .mapToLong(d -> d.text().lines().filter(ImportRoundTripTest::isFillIn).count())
            .sum();
    long choices = r.drafts().stream().mapToLong(d -> d.choices().size()).sum();
    System.out.printf(
        Locale.ROOT,
        "import %s: %d ms, %d files, %d FILL IN (%d where the source states two values)%n",
        name,
        ms,
        r.drafts().size(),
        fillIns,
        choices);

    // The file loads but for its FILL INs; each says in plain words what to write, and where the
    // source states two values, both, with their lines.
    List<String> other = new ArrayList<>();
    int refused = 0;
    for (Diagnostic d : COMPILER.validate(drafted).diagnostics()) {
      if (d.ruleId().equals("LOAD-VALUE") && d.message().endsWith("still needs filling in")) {
        refused++;
      } else {
        other.add(d.format(drafted));
      }
    }
    assertEquals(List.of(), other, name + ": problems other than values to fill in");
    assertEquals(fillIns, refused, name + ": the loader refuses each FILL IN, and nothing else");
    for (PolicyImporter.Drafted d : r.drafts()) {
      List<String> lines = d.text().lines().toList();
      for (String line : lines) {
        if (isFillIn(line)) {
          assertTrue(
              PLAIN_NOTE.matcher(line).find(),
              d.file() + ": a FILL IN that does not say what to write: " + line);
        }
      }
      for (Map.Entry<String, List<String>> c : d.choices().entrySet()) {
        assertTrue(new TreeSet<>(c.getValue()).size() >= 2, d.file() + ": " + c);
        String note =
            lines.stream()
                .filter(l -> isFillIn(l) && c.getValue().stream().allMatch(l::contains))
                .findFirst()
                .orElse("");
        assertTrue(
            note.contains("the source says") && note.contains("(line"),
            d.file() + ": " + c + " is not cited: " + note);
      }
    }

    // Nothing invented: every fact placed is one a careful reading of the source has.
    Map<String, String> expected = ImportFixtures.expected(name);
    List<String> invented =
        ImportFixtures.facts(r).stream().filter(f -> !expected.containsKey(f)).toList();
    assertEquals(List.of(), invented, name + ": values the source does not state");

    // Filled in as a school would, check reports the source's own mistakes: every rule the audit
    // of the source reports, or a FILL IN that quotes the line it concerns (two closing times).
    Path filled = Files.createDirectories(dir.resolve("filled"));
    Drafts.writeFilled(r, filled);
    List<Finding> checked = COMPILER.check(filled, ImportFixtures.ON).findings();
    assertEquals(
        List.of(),
        checked.stream()
            .filter(f -> f.diagnostic().ruleId().startsWith("LOAD"))
            .map(f -> f.format(filled))
            .toList(),
        name + ": the filled-in file loads");
    TreeSet<String> checkRules = new TreeSet<>();
    checked.forEach(f -> checkRules.add(f.diagnostic().ruleId()));
    String all = String.join("\n", r.drafts().stream().map(PolicyImporter.Drafted::text).toList());
    List<String> lost = new ArrayList<>();
    int again = 0;
    int leftToTheSchool = 0;
    for (Finding f : new Auditor().auditOne(source, ImportFixtures.ON).findings()) {
      if (checkRules.contains(f.diagnostic().ruleId())) {
        again++;
      } else if (madeAChoice(all, f.diagnostic().at().line())) {
        leftToTheSchool++;
      } else {
        lost.add(
            "line "
                + f.diagnostic().at().line()
                + ": "
                + f.diagnostic().ruleId()
                + " "
                + f.diagnostic().message());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "  check %s: %d of the audit's findings reported again, %d left to the school as a FILL IN%n",
        name,
        again,
        leftToTheSchool);
    assertEquals(
        List.of(), lost, name + ": mistakes of the source that its imported file no longer shows");

    // Rendered, each school's policy keeps the school's words and prints the facts.
    Path out = dir.resolve("out");
    AttendanceCompiler.RenderResult rendered =
        COMPILER.render(
            filled,
            out,
            null,
            Instant.parse("2026-01-01T00:00:00Z"),
            ImportFixtures.ON,
            DOCUMENTS.toArray(String[]::new));
    assertEquals(
        List.of(),
        rendered.diagnostics().stream().map(d -> d.format(filled)).toList(),
        name + ": renders");
    List<Sentence> sentences = sentences(new PolicyReader().read(source).text());
    PolicyImporter.Drafted base = r.drafts().get(0);
    List<PolicyImporter.Drafted> schools =
        r.drafts().size() == 1 ? r.drafts() : r.drafts().subList(1, r.drafts().size());
    int kept = 0;
    for (PolicyImporter.Drafted school : schools) {
      JsonNode tree = ImportTest.YAML.readTree(Drafts.filled(school));
      Path folder = out.resolve(tree.path("school").path("id").asText());
      assertTrue(Files.exists(folder.resolve("policy.html")), folder.toString());
      StringBuilder documents = new StringBuilder();
      try (Stream<Path> pages = Files.walk(folder)) {
        for (Path html : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
          documents
              .append(Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8)).text())
              .append('\n');
        }
      }
      Words page = new Words(ImportTest.normal(documents.toString()));
      List<PolicyImporter.Drafted> its = school == base ? List.of(base) : List.of(base, school);
      Words inValues = values(its);
      List<String> missing = new ArrayList<>();
      for (Sentence sentence : sentences) {
        if (inValues.has(sentence.normal())) {
          kept++;
          if (!page.has(sentence.normal())) {
            missing.add("line " + sentence.line() + ": " + sentence.text());
          }
        }
      }
      // The lines a fact took whole are printed from the facts: the contacts and the times.
      for (PolicyImporter.Drafted d : its) {
        JsonNode t = ImportTest.YAML.readTree(Drafts.filled(d));
        for (String how : List.of("email", "phone")) {
          for (JsonNode v : t.path("contacts").findValues(how)) {
            if (!page.has(ImportTest.normal(v.asText()))) {
              missing.add("the " + how + " " + v.asText());
            }
          }
        }
        for (JsonNode group : t.path("schoolDay").path("groups")) {
          for (String time :
              List.of(
                  "gatesOpen",
                  "morningRegister.opens",
                  "morningRegister.closes",
                  "afternoonRegister.opens",
                  "afternoonRegister.closes",
                  "endOfDay")) {
            JsonNode v = group.at("/" + time.replace('.', '/'));
            if (v.isTextual()
                && !page.has(ImportTest.normal(Formats.time(ClockTime.parse(v.asText()))))) {
              missing.add(group.path("id").asText() + "." + time + " " + v.asText());
            }
          }
        }
      }
      assertEquals(
          List.of(),
          missing,
          name + ": " + folder.getFileName() + ": in the school file, not in its documents");
    }
    assertTrue(
        kept > 100, name + ": " + kept + " sentences of the school's words in its documents");
  }

  @Test
  void aSentenceIsInATextOnlyAsWholeWordsOneAfterAnother() {
    Words text = new Words("the register closes at 9 05 am on 2025 09 25");
    for (String sentence :
        List.of(
            "the register closes",
            "closes at 9 05 am",
            "2025 09 25",
            "25 09 25",
            "register at",
            "the",
            "am on 2025 09 25 and",
            "egister closes")) {
      assertEquals(
          " the register closes at 9 05 am on 2025 09 25 ".contains(" " + sentence + " "),
          text.has(sentence),
          sentence);
    }
    assertTrue(text.has("closes at 9 05 am"));
    assertFalse(text.has("25 09 25"));
  }

  private static boolean isFillIn(String line) {
    return line.matches("^\\s*(- )?\\w+: \"FILL IN.*");
  }

  /**
   * Whether a FILL IN of the drafts quotes a line of the source among the values to choose from.
   */
  private static boolean madeAChoice(String drafts, int line) {
    return Pattern.compile("FILL IN: [^\"]*\\b(?:line|lines) (?:\\d+, )*" + line + "\\b")
        .matcher(drafts)
        .find();
  }

  /** A sentence of the source: its text, normalised ({@link ImportTest#normal}), and its line. */
  record Sentence(String text, String normal, int line) {}

  /** The source's sentences that have words, each once per place. */
  private static List<Sentence> sentences(PolicyText text) {
    List<Sentence> sentences = new ArrayList<>();
    for (Block b : text.blocks()) {
      for (Sentences.Piece p : Sentences.split(b.text())) {
        String s = ImportTest.normal(p.text());
        if (!s.isBlank()) {
          sentences.add(new Sentence(p.text(), s, b.firstLine()));
        }
      }
    }
    return sentences;
  }

  /**
   * The text values of drafts, filled in, but for the code table: a policy prints the national code
   * table, with the school's notes, so a school's own wording of a code's meaning stays in its file
   * (where check holds it to the national meaning, ATT004) and is not published.
   */
  private static Words values(List<PolicyImporter.Drafted> drafts) throws IOException {
    StringBuilder values = new StringBuilder();
    for (PolicyImporter.Drafted d : drafts) {
      JsonNode tree = ImportTest.YAML.readTree(Drafts.filled(d));
      ((ObjectNode) tree).remove("codes");
      ImportTest.scalars(tree, values);
    }
    return new Words(ImportTest.normal(ImportTest.withoutLinkTargets(values.toString())));
  }

  /**
   * A normalised text's words ({@link ImportTest#normal}: lower-case letters and digits, one space
   * between), indexed: it has a sentence when the sentence's words stand in it one after another,
   * as whole words ("25 09 25" is not in "2025 09 25"). The same answer as looking for the sentence
   * with a space either side in the text with a space either side, without reading the whole text
   * for each sentence.
   */
  static final class Words {
    private final String[] words;
    private final Map<String, List<Integer>> at = new HashMap<>();

    Words(String normal) {
      this.words = normal.isEmpty() ? new String[0] : normal.split(" ");
      for (int i = 0; i < words.length; i++) {
        at.computeIfAbsent(words[i], w -> new ArrayList<>()).add(i);
      }
    }

    boolean has(String sentence) {
      String[] wanted = sentence.split(" ");
      for (int start : at.getOrDefault(wanted[0], List.of())) {
        int i = 1;
        while (i < wanted.length
            && start + i < words.length
            && words[start + i].equals(wanted[i])) {
          i++;
        }
        if (i == wanted.length) {
          return true;
        }
      }
      return false;
    }
  }
}
