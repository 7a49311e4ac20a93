package uk.org.attendance.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the evaluator needs from a school's {@code rules.json}, and nothing else: it never reads
 * the YAML, which proves the JSON is enough for another system.
 *
 * @param schoolId the school
 * @param contentHash the policy version the rules came from
 * @param treatments code to "attendance", "authorised", "unauthorised" or "not-counted"
 * @param thresholdCodes codes counting towards the national penalty threshold
 * @param thresholdSessions sessions in the threshold
 * @param thresholdWeeks rolling school weeks in the threshold
 * @param persistentPercent absence at which a pupil is persistently absent
 * @param severePercent absence at which a pupil is severely absent
 * @param bands the school's bands, in order
 * @param flows escalation flowcharts
 * @param letterTitles letter id to title
 */
public record PolicyRules(
    String schoolId,
    String contentHash,
    Map<String, String> treatments,
    Set<String> thresholdCodes,
    int thresholdSessions,
    int thresholdWeeks,
    double persistentPercent,
    double severePercent,
    List<Band> bands,
    List<Flow> flows,
    Map<String, String> letterTitles) {

  /** A band: bounds may be null. */
  public record Band(String id, String label, Double atLeast, Double above, Double below, Double atMost, String letter) {
    boolean contains(double percent) {
      return (atLeast == null || percent >= atLeast) && (above == null || percent > above)
          && (below == null || percent < below) && (atMost == null || percent <= atMost);
    }
  }

  /** A flowchart. */
  public record Flow(String id, String title, List<Stage> stages) {}

  /** A stage with its trigger in machine form (metric may be null: a judgement). */
  public record Stage(String id, String title, String metric, String comparator, Double value, String window, String letter) {}

  /**
   * Reads rules.json.
   *
   * @throws IOException if it cannot be read or is not a rules.json of a known version
   */
  public static PolicyRules read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (root == null || root.path("schemaVersion").asInt() != 1) {
      throw new IOException(file + " is not a rules.json of schemaVersion 1");
    }
    Map<String, String> treatments = new HashMap<>();
    Set<String> thresholdCodes = new HashSet<>();
    for (JsonNode c : root.path("codes")) {
      treatments.put(c.path("code").asText(), c.path("treatment").asText());
    }
    JsonNode th = root.path("thresholds");
    th.path("nationalPenaltyThreshold").path("codes").forEach(c -> thresholdCodes.add(c.asText()));
    List<Band> bands = new ArrayList<>();
    for (JsonNode b : th.path("bands")) {
      bands.add(new Band(b.path("id").asText(), b.path("label").asText(), num(b, "atLeast"), num(b, "above"),
          num(b, "below"), num(b, "atMost"), text(b, "letter")));
    }
    List<Flow> flows = new ArrayList<>();
    for (JsonNode f : root.path("escalation")) {
      List<Stage> stages = new ArrayList<>();
      for (JsonNode s : f.path("stages")) {
        JsonNode t = s.path("trigger");
        stages.add(new Stage(s.path("id").asText(), s.path("title").asText(), text(t, "metric"), text(t, "comparator"),
            num(t, "value"), text(t, "window"), text(s, "letter")));
      }
      flows.add(new Flow(f.path("id").asText(), f.path("title").asText(), stages));
    }
    Map<String, String> letters = new HashMap<>();
    root.path("letters").forEach(l -> letters.put(l.path("id").asText(), l.path("title").asText()));
    return new PolicyRules(root.path("school").path("id").asText(), root.path("policy").path("contentHash").asText(),
        Map.copyOf(treatments), Set.copyOf(thresholdCodes),
        th.path("nationalPenaltyThreshold").path("sessions").asInt(), th.path("nationalPenaltyThreshold").path("schoolWeeks").asInt(),
        th.path("persistentAbsencePercent").asDouble(), th.path("severeAbsencePercent").asDouble(), bands, flows, Map.copyOf(letters));
  }

  private static Double num(JsonNode n, String key) {
    return n.hasNonNull(key) ? n.get(key).asDouble() : null;
  }

  private static String text(JsonNode n, String key) {
    return n.hasNonNull(key) ? n.get(key).asText() : null;
  }
}
