package uk.org.attendance.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.check.Finding;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.files.AtomicFiles;
import uk.org.attendance.files.Hashes;
import uk.org.attendance.model.SourceRef;
import uk.org.attendance.text.Markup;

/**
 * The SARIF log and the JUnit files, written into their files as they are made, are byte for byte
 * what the writers gave when they built each report whole (a JSON tree, one string; kept below as
 * the reference): over many random findings with markup, non-ASCII text, a character no XML may
 * hold, an unpaired surrogate, suppressions, and findings with no line, column or hint.
 */
class StreamedReportsTest {

  private static final Path BASE = Path.of("/repo").toAbsolutePath();
  private static final String[] WORDS = {
    "kept",
    "for",
    "3 years",
    "<&>",
    "\"quoted\"",
    "it's",
    "£80",
    "café",
    "\u2019",
    "\uD83D\uDE00",
    "\u0007",
    "\uD800",
    "\\back",
    "tab\there",
    "line\nbreak",
    "/",
    "%SRCROOT%"
  };

  @Test
  void theStreamedSarifLogIsTheTreeWrittenWhole(@TempDir Path dir) throws Exception {
    Random random = new Random(17);
    for (int round = 0; round < 40; round++) {
      List<RuleInfo> rules = rules(random);
      List<Finding> findings = findings(random, rules, 1 + random.nextInt(30));
      Path file = dir.resolve("attendance.sarif");
      AtomicFiles.write(
          file, SarifWriter.file(findings, rules, BASE, round % 5 == 0 ? null : "1.0"));
      byte[] whole =
          (asTree(findings, rules, BASE, round % 5 == 0 ? null : "1.0") + "\n")
              .getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(whole, Files.readAllBytes(file), "round " + round);
      assertEquals(
          new String(whole, StandardCharsets.UTF_8),
          SarifWriter.write(findings, rules, BASE, round % 5 == 0 ? null : "1.0")
              .replace("\uD800", "?"));
    }
  }

  @Test
  void aStreamedJUnitFileIsTheSuiteWrittenWhole(@TempDir Path dir) throws Exception {
    Random random = new Random(18);
    for (int round = 0; round < 60; round++) {
      List<RuleInfo> rules = rules(random);
      List<Finding> findings = findings(random, rules, random.nextInt(12));
      boolean failOnWarning = round % 2 == 0;
      Path file = dir.resolve("TEST-attendance-oak.xml");
      AtomicFiles.write(
          file,
          new JUnitWriter(rules, BASE, failOnWarning).file("attendance.oak & <co>", findings));
      byte[] whole =
          asString("attendance.oak & <co>", findings, rules, BASE, failOnWarning)
              .getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(whole, Files.readAllBytes(file), "round " + round);
    }
  }

  private static List<RuleInfo> rules(Random random) {
    List<RuleInfo> rules = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      rules.add(
          new RuleInfo(
              "ATT0" + (10 + i),
              Severity.values()[random.nextInt(Severity.values().length)],
              "Rule " + i + " " + WORDS[random.nextInt(WORDS.length)],
              i % 3 == 0 ? null : "https://example.org/" + i,
              i % 2 == 0 ? List.of() : List.of("R-" + i, "R-X")));
    }
    return rules;
  }

  private static List<Finding> findings(Random random, List<RuleInfo> rules, int n) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String rule =
          random.nextInt(8) == 0 ? "LOAD-KEY" : rules.get(random.nextInt(rules.size())).id();
      out.add(
          new Finding(
              "oak",
              new Diagnostic(
                  rule,
                  Severity.values()[random.nextInt(Severity.values().length)],
                  new SourceRef(
                      BASE.resolve(random.nextBoolean() ? "schools/oak.yaml" : "schools/a b.yaml"),
                      random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(400),
                      random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(80)),
                  text(random),
                  random.nextInt(3) == 0 ? null : text(random),
                  random.nextBoolean() ? null : "https://example.org"),
              random.nextInt(4) == 0 ? text(random) : null));
    }
    return out;
  }

  private static String text(Random random) {
    StringBuilder b = new StringBuilder();
    for (int k = 1 + random.nextInt(6); k > 0; k--) {
      b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    return b.toString().strip();
  }

  /** The SARIF log as SarifWriter built it before it streamed: one tree, written whole. */
  private static String asTree(
      List<Finding> findings, List<RuleInfo> rules, Path base, String toolVersion)
      throws Exception {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "attendance-maven-plugin");
    driver.put("version", toolVersion);
    driver.put(
        "informationUri",
        "https://www.gov.uk/government/publications/working-together-to-improve-school-attendance");
    ArrayNode ruleArray = driver.putArray("rules");
    for (RuleInfo r : rules) {
      ObjectNode rule = ruleArray.addObject();
      rule.put("id", r.id());
      rule.putObject("shortDescription").put("text", r.summary());
      if (r.link() != null) {
        rule.put("helpUri", r.link());
      }
      rule.putObject("defaultConfiguration").put("level", SarifWriter.level(r.severity()));
      if (!r.enforces().isEmpty()) {
        rule.putObject("properties").put("enforces", String.join(", ", r.enforces()));
      }
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : findings) {
      Diagnostic d = f.diagnostic();
      ObjectNode result = results.addObject();
      result.put("ruleId", d.ruleId());
      result.put("level", SarifWriter.level(d.severity()));
      String text = d.message() + (d.hint() == null ? "" : SarifWriter.HINT + d.hint());
      result.putObject("message").put("text", text);
      String uri = Diagnostic.displayPath(d.at().file(), base);
      ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      artifact.put("uri", uri);
      artifact.put("uriBaseId", "%SRCROOT%");
      if (d.at().line() > 0) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", d.at().line());
        if (d.at().column() > 0) {
          region.put("startColumn", d.at().column());
        }
      }
      result
          .putObject("partialFingerprints")
          .put(
              "attendanceFinding/v1", Hashes.sha256(d.ruleId(), uri, d.message()).substring(0, 32));
      if (f.suppressed()) {
        ObjectNode s = result.putArray("suppressions").addObject();
        s.put("kind", "inSource");
        s.put("justification", f.suppressedBecause());
      }
    }
    return json.writeValueAsString(root);
  }

  /** One JUnit suite as JUnitWriter built it before it streamed: one string. */
  private static String asString(
      String name, List<Finding> findings, List<RuleInfo> rules, Path base, boolean failOnWarning) {
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    for (RuleInfo r : rules) {
      byRule.put(r.id(), new ArrayList<>());
    }
    for (Finding f : findings) {
      byRule.computeIfAbsent(f.diagnostic().ruleId(), k -> new ArrayList<>()).add(f);
    }
    Map<String, String> summaries =
        rules.stream().collect(Collectors.toMap(RuleInfo::id, RuleInfo::summary));
    StringBuilder cases = new StringBuilder();
    int failures = 0;
    int skipped = 0;
    for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
      String caseName = e.getKey() + " " + summaries.getOrDefault(e.getKey(), "file loads");
      cases
          .append("  <testcase classname=\"")
          .append(Markup.escape(name))
          .append("\" name=\"")
          .append(Markup.escape(caseName))
          .append("\" time=\"0\"");
      List<Finding> failing = e.getValue().stream().filter(f -> f.fails(failOnWarning)).toList();
      List<Finding> suppressed = e.getValue().stream().filter(Finding::suppressed).toList();
      List<Finding> other =
          e.getValue().stream().filter(f -> !f.fails(failOnWarning) && !f.suppressed()).toList();
      if (failing.isEmpty() && suppressed.isEmpty() && other.isEmpty()) {
        cases.append("/>\n");
        continue;
      }
      cases.append(">\n");
      if (!failing.isEmpty()) {
        failures++;
        Finding first = failing.get(0);
        cases
            .append("    <failure type=\"")
            .append(first.diagnostic().severity().label())
            .append("\" message=\"")
            .append(Markup.escape(first.diagnostic().message()))
            .append("\">")
            .append(Markup.escape(text(failing, base)))
            .append("</failure>\n");
      } else if (!suppressed.isEmpty() && other.isEmpty()) {
        skipped++;
        cases
            .append("    <skipped message=\"")
            .append(Markup.escape("suppressed: " + suppressed.get(0).suppressedBecause()))
            .append("\"/>\n");
      }
      List<Finding> notes = new ArrayList<>(other);
      if (!failing.isEmpty() || !other.isEmpty()) {
        notes.addAll(suppressed);
      }
      if (!notes.isEmpty()) {
        cases
            .append("    <system-out>")
            .append(Markup.escape(text(notes, base)))
            .append("</system-out>\n");
      }
      cases.append("  </testcase>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuite name=\""
        + Markup.escape(name)
        + "\" tests=\""
        + byRule.size()
        + "\" failures=\""
        + failures
        + "\" errors=\"0\" skipped=\""
        + skipped
        + "\" time=\"0\">\n"
        + cases
        + "</testsuite>\n";
  }

  private static String text(List<Finding> findings, Path base) {
    return findings.stream()
        .map(
            f ->
                f.diagnostic().format(base)
                    + (f.suppressed() ? "\n  suppressed: " + f.suppressedBecause() : ""))
        .collect(Collectors.joining("\n"));
  }
}
