package uk.org.attendance.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.check.Finding;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.SourceRef;

/**
 * The merged SARIF log, streamed from the shards' logs into its file, is byte for byte what the
 * merger wrote when it read every shard's log whole and built the merged log as one tree (kept
 * below as the reference), and it refuses the same logs with the same words: random shards, logs
 * with fields of their own or in another order, a key written twice, and logs that are broken.
 */
class StreamedMergeTest {

  private static final Path BASE = Path.of("/repo").toAbsolutePath();
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Test
  void randomShardsMergeAsTheirTreesDid(@TempDir Path dir) throws Exception {
    Random random = new Random(19);
    for (int round = 0; round < 25; round++) {
      List<RuleInfo> rules = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        rules.add(
            new RuleInfo("ATT0" + (20 + i), Severity.ERROR, "Rule " + i, null, List.of("R-" + i)));
      }
      int shards = 1 + random.nextInt(4);
      List<String> logs = new ArrayList<>();
      for (int s = 0; s < shards; s++) {
        List<Finding> findings = new ArrayList<>();
        for (int i = random.nextInt(20); i > 0; i--) {
          findings.add(
              new Finding(
                  "school-" + s,
                  new Diagnostic(
                      rules.get(random.nextInt(rules.size())).id(),
                      Severity.values()[random.nextInt(3)],
                      new SourceRef(
                          BASE.resolve("schools/s" + random.nextInt(3) + ".yaml"),
                          random.nextInt(30),
                          random.nextInt(5)),
                      "message £" + random.nextInt(5) + " \u2019",
                      random.nextBoolean() ? null : "a hint",
                      null),
                  random.nextInt(5) == 0 ? "accepted" : null));
        }
        findings.sort(null);
        // A shard may know only some of the rules.
        logs.add(SarifWriter.write(findings, rules.subList(0, 1 + random.nextInt(5)), BASE, "1.0"));
      }
      assertMergesAsTheTreeDid(dir.resolve("round-" + round), logs);
    }
  }

  @Test
  void logsWithFieldsOfTheirOwnAKeyTwiceOrAnotherOrderMergeAsTheirTreesDid(@TempDir Path dir)
      throws Exception {
    String result =
        "{\"ruleId\":\"ATT001\",\"level\":\"error\",\"message\":{\"text\":\"m %s\"},"
            + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"a.yaml\"},"
            + "\"region\":{\"startLine\":%d}}}]}";
    String rules = "[{\"id\":\"ATT001\"},{\"id\":\"ATT002\",\"x\":[1,2.5,null,true]}]";
    List<List<String>> cases =
        List.of(
            // results before the tool, fields of its own at every level
            List.of(
                "{\"version\":\"2.1.0\",\"extra\":{\"a\":[]},\"runs\":[{\"results\":["
                    + result.formatted("a", 1)
                    + ","
                    + result.formatted("b", 3)
                    + "],\"tool\":{\"driver\":{\"name\":\"x\",\"version\":\"1\",\"rules\":"
                    + rules
                    + ",\"more\":1}},\"invocations\":[]}],\"z\":null}",
                "{\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\",\"version\":\"1\",\"rules\":[]}},"
                    + "\"results\":["
                    + result.formatted("c", 2)
                    + "]}]}"),
            // results written twice in the run, and runs twice: a tree keeps the last
            List.of(
                "{\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\",\"version\":\"1\",\"rules\":"
                    + rules
                    + "}},\"results\":["
                    + result.formatted("gone", 1)
                    + "],\"results\":["
                    + result.formatted("kept", 2)
                    + "]}]}",
                "{\"runs\":[{\"results\":[]}],\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\","
                    + "\"version\":\"1\",\"rules\":[]}},\"results\":["
                    + result.formatted("second", 2)
                    + ",7]}]}"),
            // empty lists and no results at all in one shard
            List.of(
                "{\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\",\"version\":\"1\",\"rules\":[]}},"
                    + "\"results\":[]}]}",
                "{\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\",\"version\":\"1\",\"rules\":[]}},"
                    + "\"results\":[]}]}"));
    for (int i = 0; i < cases.size(); i++) {
      assertMergesAsTheTreeDid(dir.resolve("case-" + i), cases.get(i));
    }
  }

  @Test
  void brokenLogsAreRefusedInTheSameWords(@TempDir Path dir) throws Exception {
    String good =
        "{\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\",\"version\":\"1\",\"rules\":[]}},"
            + "\"results\":[]}]}";
    List<String> broken =
        List.of(
            "",
            "[]",
            "{\"runs\":[{\"tool\":{\"driver\":{\"rules\":[]}},\"results\":[{\"a\":1,}]}]}",
            "{\"runs\":[{\"tool\":{\"driver\":{\"rules\":[]}},\"results\":[{\"a\":1}",
            "{\"runs\":[{\"tool\":{\"driver\":{\"rules\":[]}},\"results\":{}}]}",
            "{\"runs\":[{\"tool\":{\"driver\":{\"rules\":[]}},\"results\":[]},{}]}",
            "{\"runs\":[{\"tool\":{\"driver\":{\"name\":\"y\",\"rules\":[]}},\"results\":[]}]}",
            "{\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\",\"version\":\"1\",\"rules\":[]}},"
                + "\"results\":[]}]} trailing",
            "{\"runs\":[{\"results\":[],\"tool\":{\"driver\":{\"rules\":[]}}}],}");
    int refused = 0;
    for (int i = 0; i < broken.size(); i++) {
      List<String> logs = List.of(good, broken.get(i));
      Path root = dir.resolve("broken-" + i);
      List<Path> folders = write(root, logs);
      String expected;
      try {
        treeMerge(folders);
        expected = null;
      } catch (ReportMerger.MergeException e) {
        expected = e.getMessage();
      }
      if (expected == null) {
        assertMergesAsTheTreeDid(dir.resolve("accepted-" + i), logs);
        continue;
      }
      ReportMerger.MergeException e =
          assertThrows(
              ReportMerger.MergeException.class,
              () -> ReportMerger.merge(folders, root.resolve("out")),
              broken.get(i));
      assertEquals(expected, e.getMessage(), broken.get(i));
      refused++;
    }
    assertEquals(broken.size() - 1, refused, "only the log with words after it is read");
  }

  private static void assertMergesAsTheTreeDid(Path root, List<String> logs) throws Exception {
    List<Path> folders = write(root, logs);
    byte[] expected =
        (JSON.writeValueAsString(treeMerge(folders)) + "\n").getBytes(StandardCharsets.UTF_8);
    ReportMerger.Merged merged = ReportMerger.merge(folders, root.resolve("out"));
    assertArrayEquals(
        expected,
        Files.readAllBytes(root.resolve("out").resolve(ReportMerger.SARIF)),
        String.join("\n", logs));
  }

  private static List<Path> write(Path root, List<String> logs) throws Exception {
    List<Path> folders = new ArrayList<>();
    for (int i = 0; i < logs.size(); i++) {
      Path folder = Files.createDirectories(root.resolve("shard-" + i));
      Files.writeString(folder.resolve(ReportMerger.SARIF), logs.get(i), StandardCharsets.UTF_8);
      folders.add(folder);
    }
    return folders;
  }

  /** The merge as ReportMerger made it before it streamed: every log read as a tree. */
  private static ObjectNode treeMerge(List<Path> folders) throws Exception {
    ObjectNode merged = null;
    Map<String, JsonNode> rules = new LinkedHashMap<>();
    List<List<JsonNode>> results = new ArrayList<>();
    String tool = null;
    for (Path f : folders) {
      Path file = f.resolve(ReportMerger.SARIF);
      JsonNode root;
      try {
        root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      } catch (JsonProcessingException e) {
        throw new ReportMerger.MergeException(
            file + " is not a SARIF log (" + e.getOriginalMessage() + ")",
            uk.org.attendance.diagnostic.Hints.checkShardsAlike());
      }
      JsonNode runs = root.path("runs");
      JsonNode driver = runs.path(0).path("tool").path("driver");
      if (!root.isObject()
          || runs.size() != 1
          || !driver.path("rules").isArray()
          || !runs.get(0).path("results").isArray()) {
        throw new ReportMerger.MergeException(
            file + " is not a SARIF log of attendance:check",
            uk.org.attendance.diagnostic.Hints.checkShardsAlike());
      }
      String thisTool = driver.path("name").asText() + " " + driver.path("version").asText();
      if (tool != null && !tool.equals(thisTool)) {
        throw new ReportMerger.MergeException(
            file + " was written by " + thisTool + ", the others by " + tool,
            uk.org.attendance.diagnostic.Hints.checkShardsAlike());
      }
      tool = thisTool;
      if (merged == null) {
        merged = (ObjectNode) root;
      }
      driver.path("rules").forEach(r -> rules.putIfAbsent(r.path("id").asText(), r));
      List<JsonNode> own = new ArrayList<>();
      runs.get(0).get("results").forEach(own::add);
      results.add(own);
    }
    ObjectNode run = (ObjectNode) merged.get("runs").get(0);
    ArrayNode ruleArray = JSON.createArrayNode();
    rules.values().forEach(ruleArray::add);
    ((ObjectNode) run.get("tool").get("driver")).set("rules", ruleArray);
    ArrayNode resultArray = JSON.createArrayNode();
    record Head(int shard, int at, JsonNode result) {}
    PriorityQueue<Head> heads =
        new PriorityQueue<>(
            Comparator.<Head, JsonNode>comparing(Head::result, StreamedMergeTest::compare)
                .thenComparingInt(Head::shard));
    for (int i = 0; i < results.size(); i++) {
      if (!results.get(i).isEmpty()) {
        heads.add(new Head(i, 0, results.get(i).get(0)));
      }
    }
    while (!heads.isEmpty()) {
      Head h = heads.poll();
      resultArray.add(h.result());
      List<JsonNode> own = results.get(h.shard());
      if (h.at() + 1 < own.size()) {
        heads.add(new Head(h.shard(), h.at() + 1, own.get(h.at() + 1)));
      }
    }
    run.set("results", resultArray);
    return merged;
  }

  private static int compare(JsonNode a, JsonNode b) {
    return Comparator.<JsonNode, String>comparing(
            r -> location(r).path("artifactLocation").path("uri").asText())
        .thenComparingInt(r -> location(r).path("region").path("startLine").asInt(0))
        .thenComparingInt(r -> location(r).path("region").path("startColumn").asInt(0))
        .thenComparingInt(
            r -> List.of("error", "warning", "note").indexOf(r.path("level").asText()))
        .thenComparing(r -> r.path("ruleId").asText())
        .thenComparing(r -> r.path("message").path("text").asText())
        .compare(a, b);
  }

  private static JsonNode location(JsonNode result) {
    return result.path("locations").path(0).path("physicalLocation");
  }
}
