package uk.org.attendance.evaluate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.attendance.diagnostic.Hints;

/**
 * What the evaluator needs from a school's {@code rules.json}, and nothing else: it never reads the
 * YAML, which proves the JSON is enough for another system.
 *
 * @param schoolId the school
 * @param schoolName the school's name
 * @param contentHash the policy version the rules came from
 * @param treatments code to "attendance", "authorised", "unauthorised" or "not-counted"
 * @param roleCodes role to code, e.g. "late-after-register-closed" to "U": which code stands for
 *     what the evaluator acts on, as the rule set behind the rules.json gives it
 * @param thresholdCodes codes counting towards the national penalty threshold (R-PN-01)
 * @param thresholdSessions sessions in the threshold (R-PN-01)
 * @param thresholdWeeks rolling school weeks in the threshold (R-PN-01)
 * @param persistentPercent absence at which a pupil is persistently absent (R-ABS-01)
 * @param severePercent absence at which a pupil is severely absent (R-ABS-02)
 * @param unknownReasonSchoolDays school days within which an N must be replaced (R-REG-05), or null
 *     if the rules.json is older than that field
 * @param bands the school's bands, in order
 * @param lateness the school's lateness triggers
 * @param flows escalation flowcharts
 * @param letterTitles letter id to title, in the policy's order
 * @param source the file read, for messages
 */
public record PolicyRules(
    String schoolId,
    String schoolName,
    String contentHash,
    Map<String, String> treatments,
    Map<String, String> roleCodes,
    Set<String> thresholdCodes,
    int thresholdSessions,
    int thresholdWeeks,
    double persistentPercent,
    double severePercent,
    Integer unknownReasonSchoolDays,
    List<Band> bands,
    List<Lateness> lateness,
    List<Flow> flows,
    Map<String, String> letterTitles,
    Path source) {

  /** The largest rules.json read: the bundled schools' are under 40 KB. */
  static final long MAX_BYTES = 10L << 20;

  /** Arrived after the register started, before it closed: present (R-REG-02). */
  static final String LATE_BEFORE_CLOSE = "late-before-register-closed";

  /** Arrived after the register closed: unauthorised absence (R-REG-02). */
  static final String LATE_AFTER_CLOSE = "late-after-register-closed";

  /** Reason not yet established, replaced within the school days rules.json gives (R-REG-05). */
  static final String REASON_NOT_YET_ESTABLISHED = "reason-not-yet-established";

  /** Holiday not granted by the school. */
  static final String HOLIDAY_NOT_GRANTED = "holiday-not-granted";

  /** A planned whole-school closure: a week of only this is not a school week (R-PN-01). */
  static final String PLANNED_CLOSURE = "planned-closure";

  /** The roles the evaluator acts on; a rules.json must give a code for each. */
  static final List<String> ROLES =
      List.of(
          LATE_BEFORE_CLOSE,
          LATE_AFTER_CLOSE,
          REASON_NOT_YET_ESTABLISHED,
          HOLIDAY_NOT_GRANTED,
          PLANNED_CLOSURE);

  /**
   * @param role one of {@link #ROLES}
   * @return the code the rules.json gives that role
   */
  String code(String role) {
    return roleCodes.get(role);
  }

  private static final Set<String> TREATMENTS =
      Set.of("attendance", "authorised", "unauthorised", "not-counted");

  /** A band: bounds may be null. */
  public record Band(
      String id,
      String label,
      Double atLeast,
      Double above,
      Double below,
      Double atMost,
      String letter) {}

  /** A lateness trigger: so many late marks in a period. */
  public record Lateness(String id, Integer count, String period, String action, String letter) {}

  /** A flowchart. */
  public record Flow(String id, String title, List<Stage> stages) {}

  /**
   * A stage with its trigger in machine form (metric null: a judgement the school makes).
   *
   * @param id stable id
   * @param title as printed
   * @param text the trigger in words
   * @param metric what is measured, or null
   * @param comparator below, at-most, at-least or above
   * @param value the value compared with
   * @param window over what period, in words, or null
   * @param letter the letter it sends, or null
   * @param actions what the school does
   * @param owner who does it, or null
   */
  public record Stage(
      String id,
      String title,
      String text,
      String metric,
      String comparator,
      Double value,
      String window,
      String letter,
      List<String> actions,
      String owner) {

    /** Whether the trigger can be measured from a register. */
    boolean measurable() {
      return metric != null && comparator != null && value != null;
    }
  }

  /**
   * Reads rules.json.
   *
   * @throws EvaluateException if it cannot be read, is not JSON, or is not a rules.json of a
   *     version this plugin knows
   */
  public static PolicyRules read(Path file) throws EvaluateException {
    TextFile.check(file, "rules.json", "-Dattendance.rules", MAX_BYTES);
    JsonNode root;
    JsonFactory json =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(1 << 20)
                    .build())
            .build();
    try (com.fasterxml.jackson.core.JsonParser parser =
        json.createParser(Files.readAllBytes(file))) {
      try {
        root = new ObjectMapper(json).readTree(parser);
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        throw Problems.error(
            Problems.RULES,
            file,
            Math.max(0, at.getLineNr()),
            Math.max(0, at.getColumnNr()),
            "this is not valid JSON (or is nested far deeper than a rules.json)",
            Hints.useRulesJsonUnchanged());
      }
    } catch (IOException e) {
      throw Problems.error(
          Problems.FILE, file, 0, 0, "rules.json cannot be read: " + e.getMessage(), null);
    }
    if (root == null || !root.isObject() || root.path("schemaVersion").asInt() != 1) {
      throw Problems.error(
          Problems.RULES,
          file,
          1,
          1,
          "this is not a rules.json of schemaVersion 1",
          Hints.useTheSchoolsRulesJson());
    }
    Map<String, String> treatments = new HashMap<>();
    Map<String, String> roles = new HashMap<>();
    for (JsonNode c : root.path("codes")) {
      String t = c.path("treatment").asText();
      if (!c.path("code").isTextual() || !TREATMENTS.contains(t)) {
        throw Problems.error(
            Problems.RULES,
            file,
            0,
            0,
            "a code in 'codes' has no code or an unknown treatment '" + Problems.shown(t) + "'",
            Hints.useRulesJsonUnchanged());
      }
      treatments.put(c.path("code").asText(), t);
      if (c.path("role").isTextual()) {
        roles.put(c.path("role").asText(), c.path("code").asText());
      }
    }
    for (String role : ROLES) {
      if (!roles.containsKey(role)) {
        throw Problems.error(
            Problems.RULES,
            file,
            0,
            0,
            "rules.json does not say which code stands for '"
                + role
                + "' (it was written by an older version of the plugin)",
            Hints.renderRulesJsonAgain());
      }
    }
    JsonNode th = root.path("thresholds");
    JsonNode npt = th.path("nationalPenaltyThreshold");
    if (treatments.isEmpty()
        || !npt.path("sessions").isInt()
        || !npt.path("schoolWeeks").isInt()
        || !th.path("persistentAbsencePercent").isNumber()
        || !th.path("severeAbsencePercent").isNumber()) {
      throw Problems.error(
          Problems.RULES,
          file,
          0,
          0,
          "rules.json lacks its codes or thresholds",
          Hints.useRulesJsonUnchanged());
    }
    Set<String> thresholdCodes = new HashSet<>();
    npt.path("codes").forEach(c -> thresholdCodes.add(c.asText()));
    List<Band> bands = new ArrayList<>();
    for (JsonNode b : th.path("bands")) {
      bands.add(
          new Band(
              b.path("id").asText(),
              b.path("label").asText(),
              num(b, "atLeast"),
              num(b, "above"),
              num(b, "below"),
              num(b, "atMost"),
              text(b, "letter")));
    }
    List<Lateness> lateness = new ArrayList<>();
    for (JsonNode l : th.path("lateness")) {
      lateness.add(
          new Lateness(
              l.path("id").asText(),
              l.path("count").isInt() ? l.path("count").asInt() : null,
              text(l, "period"),
              text(l, "action"),
              text(l, "letter")));
    }
    List<Flow> flows = new ArrayList<>();
    for (JsonNode f : root.path("escalation")) {
      List<Stage> stages = new ArrayList<>();
      for (JsonNode s : f.path("stages")) {
        JsonNode t = s.path("trigger");
        List<String> actions = new ArrayList<>();
        s.path("actions").forEach(a -> actions.add(a.asText()));
        stages.add(
            new Stage(
                s.path("id").asText(),
                s.path("title").asText(),
                t.path("text").asText(),
                text(t, "metric"),
                text(t, "comparator"),
                num(t, "value"),
                text(t, "window"),
                text(s, "letter"),
                List.copyOf(actions),
                text(s, "owner")));
      }
      flows.add(new Flow(f.path("id").asText(), f.path("title").asText(), List.copyOf(stages)));
    }
    Map<String, String> letters = new LinkedHashMap<>();
    root.path("letters").forEach(l -> letters.put(l.path("id").asText(), l.path("title").asText()));
    JsonNode days = root.path("registers").path("unknownReasonSchoolDays");
    return new PolicyRules(
        root.path("school").path("id").asText(),
        root.path("school").path("name").asText(),
        root.path("policy").path("contentHash").asText(),
        Map.copyOf(treatments),
        Map.copyOf(roles),
        Set.copyOf(thresholdCodes),
        npt.path("sessions").asInt(),
        npt.path("schoolWeeks").asInt(),
        th.path("persistentAbsencePercent").asDouble(),
        th.path("severeAbsencePercent").asDouble(),
        days.isInt() ? days.asInt() : null,
        List.copyOf(bands),
        List.copyOf(lateness),
        List.copyOf(flows),
        java.util.Collections.unmodifiableMap(letters),
        file);
  }

  private static Double num(JsonNode n, String key) {
    return n.hasNonNull(key) && n.get(key).isNumber() ? n.get(key).asDouble() : null;
  }

  private static String text(JsonNode n, String key) {
    return n.hasNonNull(key) ? n.get(key).asText() : null;
  }
}
