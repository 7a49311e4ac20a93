package uk.org.attendance.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.audit.AuditTestSupport;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.extract.Block;
import uk.org.attendance.extract.PolicyReader;
import uk.org.attendance.extract.PolicyText;
import uk.org.attendance.load.SchoolLoader;
import uk.org.attendance.text.Sentences;

/**
 * attendance:import on the five source policies: drafts that load, keep every sentence, cite every
 * value.
 */
class ImportTest {

  static final AttendanceCompiler COMPILER = new AttendanceCompiler();

  @Test
  void everySourceBecomesADraftThatLoadsApartFromItsFillIns(@TempDir Path dir) throws IOException {
    for (String name : ImportFixtures.NAMES) {
      PolicyImporter.Result r = ImportFixtures.drafts(name);
      assertEquals(List.of(), r.problems(), name);
      Path out = Files.createDirectories(dir.resolve(name));
      Drafts.write(r, out);
      SchoolLoader.Result loaded = COMPILER.validate(out);
      List<String> other = new ArrayList<>();
      int fillIns = 0;
      for (Diagnostic d : loaded.diagnostics()) {
        if (d.ruleId().equals("LOAD-VALUE") && d.message().endsWith("still needs filling in")) {
          fillIns++;
        } else {
          other.add(d.format(out));
        }
      }
      assertEquals(List.of(), other, name + ": problems other than values to fill in");
      long written =
          r.drafts().stream()
              .mapToLong(
                  d ->
                      d.text()
                          .lines()
                          .filter(l -> l.matches("^\\s*(- )?\\w+: \"FILL IN.*"))
                          .count())
              .sum();
      assertEquals(written, fillIns, name + ": the loader refuses each FILL IN the import wrote");
      // Filled in as a school would, every draft loads.
      Path filled = Files.createDirectories(dir.resolve(name + "-filled"));
      Drafts.writeFilled(r, filled);
      SchoolLoader.Result after = COMPILER.validate(filled);
      assertEquals(
          List.of(), after.diagnostics().stream().map(d -> d.format(filled)).toList(), name);
      assertEquals(
          r.drafts().size() - (r.drafts().size() > 1 ? 1 : 0), after.schools().size(), name);
    }
  }

  @Test
  void theYamlIsPlainAndEveryImportedValueSaysWhereItWasRead() {
    Pattern value = Pattern.compile("^(\\s*)(?:- )?([A-Za-z]+): (?!\\||>-|$)(.+)$");
    for (String name : ImportFixtures.NAMES) {
      for (PolicyImporter.Drafted d : ImportFixtures.drafts(name).drafts()) {
        String text = d.text();
        assertFalse(text.contains("\t"), d.file() + ": a tab");
        assertTrue(
            text.startsWith("# yaml-language-server: $schema="),
            d.file() + ": the schema modeline");
        List<String> lines = text.lines().toList();
        List<String> uncited = new ArrayList<>();
        int blockIndent = -1;
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          int indent = line.length() - line.stripLeading().length();
          if (blockIndent >= 0 && (line.isBlank() || indent > blockIndent)) {
            continue; // the inside of a block of text
          }
          blockIndent = -1;
          if (line.matches("^\\s*(?:- )?(?:[A-Za-z]+:\\s*)?(?:\\||\\|2|>-)(?:\\s+#.*)?$")) {
            blockIndent = indent;
          }
          Matcher m = value.matcher(line);
          if (m.matches() && m.group(3).matches("^[&*!][A-Za-z].*")) {
            uncited.add(d.file() + ":" + (i + 1) + ": an anchor, alias or tag: " + line.strip());
          }
          if (!m.matches() || m.group(2).equals("id") || lines.get(i).contains(" # ")) {
            continue;
          }
          if (!cited(lines, i)) {
            uncited.add(d.file() + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
        assertEquals(List.of(), uncited, "values with no comment saying where they came from");
      }
    }
  }

  /**
   * Whether a value's line, or the entry it belongs to, carries a comment: beside it, just above
   * it, or on another line of the same list item (a code table row cites its line once).
   */
  private static boolean cited(List<String> lines, int i) {
    String line = lines.get(i);
    int indent = line.length() - line.stripLeading().length();
    if (line.contains(" # ") || i > 0 && lines.get(i - 1).strip().startsWith("#")) {
      return true;
    }
    if (line.stripLeading().startsWith("- ")) {
      return false;
    }
    // The other keys of the same list item: up to its "- " line, and the comments above that.
    boolean siblingCited = false;
    for (int k = i - 1; k >= 0; k--) {
      String l = lines.get(k);
      int in = l.length() - l.stripLeading().length();
      if (l.strip().startsWith("#") || l.isBlank() || in > indent) {
        continue;
      }
      if (in == indent && !l.stripLeading().startsWith("- ")) {
        siblingCited |= l.contains(" # ");
        continue;
      }
      if (in == indent - 2 && l.stripLeading().startsWith("- ")) {
        return siblingCited
            || l.contains(" # ")
            || k > 0 && lines.get(k - 1).strip().startsWith("#");
      }
      return false;
    }
    return false;
  }

  /**
   * Every sentence of every source is in its draft: in a value (the school's prose, a field) or,
   * for a line a fact took whole (a name, an email address, "Gates open: 8.35am"), quoted in the
   * comment of the value it became. Nothing is dropped.
   */
  @Test
  void noSentenceOfAnySourceIsDropped() throws IOException {
    int sentences = 0;
    int inValues = 0;
    List<String> dropped = new ArrayList<>();
    for (String name : ImportFixtures.NAMES) {
      Path file = ImportFixtures.SOURCES.resolve(name + ".txt");
      PolicyImporter.Result r = ImportFixtures.drafts(file);
      StringBuilder all = new StringBuilder();
      StringBuilder values = new StringBuilder();
      for (PolicyImporter.Drafted d : r.drafts()) {
        all.append(d.text()).append('\n');
        scalars(YAML.readTree(d.text()), values);
      }
      String everything = normal(withoutLinkTargets(all.toString()));
      String inValue = normal(withoutLinkTargets(values.toString()));
      PolicyText text = new PolicyReader().read(file).text();
      for (Block b : text.blocks()) {
        for (Sentences.Piece p : Sentences.split(b.text())) {
          String s = normal(p.text());
          if (s.isBlank()) {
            continue;
          }
          sentences++;
          if (inValue.contains(s)) {
            inValues++;
          } else if (System.getProperty("import.show") != null && everything.contains(s)) {
            System.out.println(
                "  only in a comment: " + name + " line " + b.firstLine() + ": " + p.text());
          } else if (!everything.contains(s)) {
            dropped.add(name + " line " + b.firstLine() + ": " + p.text());
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "import keeps every sentence: %d sentences in the five sources, %d in the drafts' values"
            + " (the rest, lines a fact took whole, quoted beside the value they became), %d dropped%n",
        sentences,
        inValues,
        dropped.size());
    assertEquals(List.of(), dropped, "sentences of a source not in its draft");
    assertTrue(
        inValues > sentences * 0.95,
        inValues + " of " + sentences + " sentences are in the drafts' values");
  }

  static final com.fasterxml.jackson.databind.ObjectMapper YAML =
      new com.fasterxml.jackson.databind.ObjectMapper(
          new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());

  /** Every text value of a file's tree, one after another. */
  static void scalars(com.fasterxml.jackson.databind.JsonNode node, StringBuilder out) {
    if (node.isValueNode()) {
      out.append(node.asText()).append('\n');
    }
    node.forEach(child -> scalars(child, out));
  }

  /** Markdown links as their words: "[Education Act](https://...)" is "[Education Act]". */
  static String withoutLinkTargets(String s) {
    return s.replaceAll("\\]\\([^)\\s]*\\)", "]");
  }

  /** Lower case letters and digits only, words separated by one space. */
  static String normal(String s) {
    StringBuilder b = new StringBuilder();
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    return b.toString().strip();
  }

  @Test
  void theSameSourceGivesTheSameBytes() {
    for (String name : ImportFixtures.NAMES) {
      Path file = ImportFixtures.SOURCES.resolve(name + ".txt");
      // The draft the other tests read (made once), against one made afresh.
      PolicyImporter.Result a = ImportFixtures.drafts(file);
      PolicyImporter.Result b =
          ImportFixtures.IMPORTER.draft(
              List.of(file.toAbsolutePath().normalize()),
              Path.of("target/never-written"),
              ImportFixtures.ON);
      assertEquals(a.drafts().size(), b.drafts().size());
      for (int i = 0; i < a.drafts().size(); i++) {
        assertArrayEquals(
            a.drafts().get(i).text().getBytes(StandardCharsets.UTF_8),
            b.drafts().get(i).text().getBytes(StandardCharsets.UTF_8),
            name);
      }
    }
  }

  @Test
  void aTrustsPolicyBecomesABaseAndOneFilePerSchool() {
    PolicyImporter.Result r = ImportFixtures.drafts("hmfa-federation");
    assertEquals(
        List.of(
            "hmfa/federation.yaml",
            "hmfa/kings-caple-primary-academy.yaml",
            "hmfa/llangrove-ce-academy.yaml",
            "hmfa/lord-scudamore-academy.yaml",
            "hmfa/marden-primary-academy.yaml",
            "hmfa/pencombe-ce-school.yaml",
            "hmfa/st-weonards-primary-school.yaml",
            "hmfa/sutton-primary-academy.yaml"),
        r.drafts().stream().map(d -> d.file().toString().replace('\\', '/')).toList());
    PolicyImporter.Drafted base = r.drafts().get(0);
    assertTrue(base.text().contains("\ntrust:\n"), "the base names the trust");
    assertFalse(base.text().contains("\nschoolDay:"), "each school's times are in its own file");
    for (PolicyImporter.Drafted member : r.drafts().subList(1, r.drafts().size())) {
      assertTrue(member.text().contains("\nextends: federation.yaml"), member.file().toString());
      assertTrue(member.text().contains("\nschoolDay:\n"), member.file().toString());
      assertFalse(
          member.text().contains("\nprose:"),
          "the federation's words are in the base: " + member.file());
    }
    PolicyImporter.Drafted scudamore = r.drafts().get(3);
    assertTrue(
        scudamore.text().contains("- id: nursery")
            && scudamore.text().contains("- id: reception")
            && scudamore.text().contains("- id: years-1-6"),
        scudamore.text());
  }

  @Test
  void neverOverwritesASchoolFileAndWritesNothingThen(@TempDir Path dir) throws IOException {
    Path file = ImportFixtures.SOURCES.resolve("strathmore-infant-and-nursery.txt");
    Path existing = dir.resolve("strathmore-infant-and-nursery-school.yaml");
    Files.writeString(existing, "# the school's own file\n");
    PolicyImporter.Result r =
        ImportFixtures.IMPORTER.importPolicies(List.of(file), dir, ImportFixtures.ON);
    assertTrue(r.failed());
    assertEquals(List.of(), r.written());
    assertEquals("# the school's own file\n", Files.readString(existing));
    Diagnostic d = r.problems().get(0);
    assertEquals(PolicyImporter.FILE, d.ruleId());
    assertEquals(existing, d.at().file());
    assertTrue(d.message().contains("never overwrites"), d.message());
    assertFalse(Files.exists(dir.resolve(PolicyImporter.SCHEMA_FILE)), "nothing at all is written");
    // Into an empty folder, it writes the file and the schema beside it, readable by everyone.
    Path fresh = Files.createDirectories(dir.resolve("fresh"));
    PolicyImporter.Result ok =
        ImportFixtures.IMPORTER.importPolicies(List.of(file), fresh, ImportFixtures.ON);
    assertFalse(ok.failed(), ok.problems().toString());
    assertEquals(
        List.of(
            fresh.resolve("strathmore-infant-and-nursery-school.yaml"),
            fresh.resolve(PolicyImporter.SCHEMA_FILE)),
        ok.written());
    assertEquals(ok.drafts().get(0).text(), Files.readString(ok.written().get(0)));
    assertEquals(AttendanceCompiler.schemaText(), Files.readString(ok.written().get(1)));
  }

  @Test
  void aWordAndAPdfCopyImportAsTheTextDoes(@TempDir Path dir) throws IOException {
    Path txt = ImportFixtures.SOURCES.resolve("duke-of-bedford-primary.txt");
    Path docx = dir.resolve("duke.docx");
    AuditTestSupport.docx(txt, docx);
    Path pdf = dir.resolve("duke.pdf");
    AuditTestSupport.pdf(ImportFixtures.SOURCES.resolve("strathmore-infant-and-nursery.txt"), pdf);
    TreeSet<String> fromText = ImportFixtures.facts(ImportFixtures.drafts(txt));
    TreeSet<String> fromWord = ImportFixtures.facts(ImportFixtures.drafts(docx));
    TreeSet<String> fromStrathmoreText =
        ImportFixtures.facts(ImportFixtures.drafts("strathmore-infant-and-nursery"));
    TreeSet<String> fromPdf = ImportFixtures.facts(ImportFixtures.drafts(pdf));
    for (String kind : List.of("contacts", "times", "dates")) {
      assertEquals(only(fromText, kind), only(fromWord, kind), "Word: " + kind);
      assertEquals(only(fromStrathmoreText, kind), only(fromPdf, kind), "PDF: " + kind);
    }
    // Each value cites the Word document's paragraph or the PDF's page and line.
    String word = ImportFixtures.drafts(docx).drafts().get(0).text();
    assertTrue(word.contains("gatesOpen: \"8.35am\"  # from paragraph "), word);
    String fromPdfText = ImportFixtures.drafts(pdf).drafts().get(0).text();
    assertTrue(
        fromPdfText.matches(
            "(?s).*gatesOpen: \"8:45\"  # from page \\d+, line \\d+: \"Gates open: 8:45\".*"),
        fromPdfText);
    // And both load apart from their FILL INs.
    for (Path p : List.of(docx, pdf)) {
      Path out = Files.createDirectories(dir.resolve(p.getFileName() + "-out"));
      Drafts.write(ImportFixtures.drafts(p), out);
      assertTrue(
          COMPILER.validate(out).diagnostics().stream()
              .allMatch(d -> d.message().endsWith("still needs filling in")),
          COMPILER.validate(out).diagnostics().toString());
    }
  }

  private static TreeSet<String> only(TreeSet<String> facts, String kind) {
    TreeSet<String> out = new TreeSet<>();
    for (String f : facts) {
      if (ImportFixtures.kind(f.substring(0, f.indexOf(" = "))).equals(kind)) {
        out.add(f);
      }
    }
    return out;
  }
}
