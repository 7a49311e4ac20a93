package uk.org.attendance.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.org.attendance.reference.AttendanceCode;
import uk.org.attendance.reference.Rulebooks;

/**
 * A rules.json for the evaluator's tests, written to the published contract (schemaVersion 1) from
 * a few lines of Java: the whole national code set with its treatments, the national thresholds,
 * and the bands, lateness triggers, flowcharts and letters a test needs. The tests of decisions use
 * these rather than the bundled schools, so a school's model can change without changing what the
 * tests of the evaluator mean.
 */
public final class TestRules {

  private final Map<String, Object> root = new TreeMap<>();
  private final List<Object> bands = new ArrayList<>();
  private final List<Object> lateness = new ArrayList<>();
  private final List<Object> flows = new ArrayList<>();
  private final List<Object> letters = new ArrayList<>();
  private List<Object> stages;

  private TestRules(String id, String name) {
    root.put("schemaVersion", 1);
    root.put("school", new TreeMap<>(Map.of("id", id, "name", name)));
    root.put(
        "policy",
        new TreeMap<>(
            Map.of("title", "Attendance policy", "contentHash", "sha256:" + "0".repeat(64))));
    List<Object> codes = new ArrayList<>();
    for (AttendanceCode c : AttendanceCode.all()) {
      Map<String, Object> o = new TreeMap<>();
      o.put("code", c.code());
      o.put("meaning", c.meaning());
      o.put("treatment", c.treatment().id());
      o.put("countsInPenaltyThreshold", AttendanceCode.thresholdCodes().contains(c));
      Rulebooks.DFE_2024
          .codeRoles()
          .forEach(
              (role, code) -> {
                if (code == c) {
                  o.put("role", role.id());
                }
              });
      codes.add(o);
    }
    root.put("codes", codes);
    Map<String, Object> thresholds = new TreeMap<>();
    thresholds.put("persistentAbsencePercent", 10.0); // R-ABS-01
    thresholds.put("severeAbsencePercent", 50.0); // R-ABS-02
    thresholds.put("sessionsPerYear", 380); // R-DAY-02
    thresholds.put("bands", bands);
    thresholds.put("lateness", lateness);
    thresholds.put(
        "nationalPenaltyThreshold",
        new TreeMap<>(
            Map.of(
                "sessions",
                10,
                "schoolWeeks",
                10, // R-PN-01
                "codes",
                AttendanceCode.thresholdCodes().stream().map(AttendanceCode::code).toList())));
    root.put("thresholds", thresholds);
    root.put("registers", new TreeMap<>(Map.of("unknownReasonSchoolDays", 5))); // R-REG-05
    root.put("escalation", flows);
    root.put("letters", letters);
  }

  /** A school with no bands, flowcharts or letters yet. */
  public static TestRules school(String id, String name) {
    return new TestRules(id, name);
  }

  /** A band; null bounds are left out. */
  public TestRules band(
      String id,
      String label,
      Double atLeast,
      Double above,
      Double below,
      Double atMost,
      String letter) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("id", id);
    b.put("label", label);
    putIf(b, "atLeast", atLeast);
    putIf(b, "above", above);
    putIf(b, "below", below);
    putIf(b, "atMost", atMost);
    putIf(b, "letter", letter);
    bands.add(b);
    return this;
  }

  /** A lateness trigger. */
  public TestRules lateness(String id, int count, String period, String action, String letter) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("id", id);
    l.put("count", count);
    putIf(l, "period", period);
    putIf(l, "action", action);
    putIf(l, "letter", letter);
    lateness.add(l);
    return this;
  }

  /** Starts a flowchart; the stages that follow belong to it. */
  public TestRules flow(String id, String title) {
    stages = new ArrayList<>();
    flows.add(new LinkedHashMap<>(Map.of("id", id, "title", title, "stages", stages)));
    return this;
  }

  /** A stage with a measurable trigger (metric null: a judgement). */
  public TestRules stage(
      String id,
      String title,
      String text,
      String metric,
      String comparator,
      Double value,
      String window,
      String letter,
      String owner,
      String... actions) {
    Map<String, Object> trigger = new LinkedHashMap<>();
    trigger.put("text", text);
    putIf(trigger, "metric", metric);
    putIf(trigger, "comparator", comparator);
    putIf(trigger, "value", value);
    putIf(trigger, "window", window);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", id);
    s.put("title", title);
    s.put("trigger", trigger);
    s.put("actions", List.of(actions));
    putIf(s, "owner", owner);
    putIf(s, "letter", letter);
    stages.add(s);
    return this;
  }

  /** A letter. */
  public TestRules letter(String id, String title) {
    letters.add(
        new LinkedHashMap<>(
            Map.of("id", id, "title", title, "mergeFields", List.of(), "factFields", List.of())));
    return this;
  }

  /** As a rules.json made before the N deadline was added to it. */
  /** As a rules.json written before codes carried their roles. */
  @SuppressWarnings("unchecked")
  public TestRules withoutRoles() {
    ((List<Object>) root.get("codes")).forEach(c -> ((Map<String, Object>) c).remove("role"));
    return this;
  }

  public TestRules withoutNDeadline() {
    root.remove("registers");
    return this;
  }

  /** Writes the file. */
  public Path write(Path dir, String name) {
    try {
      Files.createDirectories(dir);
      return Files.writeString(
          dir.resolve(name),
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void putIf(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  /**
   * Bands and an absence flowchart of concern (below 96%) then meeting (90% or below), with their
   * letters.
   */
  public static TestRules oakfield() {
    return school("oakfield", "Oakfield Primary")
        .band("green", "Green", 96.0, null, null, null, null)
        .band("amber", "Amber", null, 90.0, 96.0, null, "concern")
        .band("red", "Red", null, null, null, 90.0, "meeting")
        .lateness("late-5", 5, "half term", "We write to you.", "lateness")
        .flow("absence", "Absence")
        .stage(
            "concern",
            "Attendance concern",
            "Attendance below 96%",
            "attendance-percent",
            "below",
            96.0,
            null,
            "concern",
            "Attendance Officer",
            "We write to you.")
        .stage(
            "meeting",
            "Meeting",
            "Attendance 90% or below",
            "attendance-percent",
            "at-most",
            90.0,
            null,
            "meeting",
            "Deputy Headteacher",
            "We invite you to a meeting.",
            "We agree a support plan.")
        .stage(
            "legal",
            "Referral",
            "Support has not worked",
            null,
            null,
            null,
            null,
            null,
            "Headteacher",
            "We ask the local authority to consider a penalty notice.")
        .letter("concern", "Attendance concern")
        .letter("meeting", "Meeting invitation")
        .letter("lateness", "Lateness");
  }

  /**
   * Green, amber and red on attendance, and a lateness flowchart: a warning for any late arrival in
   * a week.
   */
  public static TestRules twoFlowcharts() {
    return school("two-flowcharts", "Two Flowcharts School")
        .band("green", "Green", 96.0, null, null, null, null)
        .band("amber-upper", "Upper amber", 94.0, null, 96.0, null, "attendance-concern")
        .band("amber-lower", "Lower amber", null, 90.0, 94.0, null, "attendance-concern")
        .band("red", "Red", null, null, null, 90.0, "persistent-absence")
        .lateness("late-week", 1, "week", "We send a lateness warning letter.", "lateness-warning")
        .flow("absence", "Absence")
        .stage(
            "green",
            "No attendance concerns",
            "Attendance 96% or above",
            "attendance-percent",
            "at-least",
            96.0,
            null,
            null,
            "Senior Attendance Champion",
            "We review attendance at the end of each term.")
        .stage(
            "amber",
            "Attendance concern",
            "Attendance below 96%",
            "attendance-percent",
            "below",
            96.0,
            null,
            "attendance-concern",
            "Senior Attendance Champion",
            "We talk with your child in school.")
        .stage(
            "red",
            "Persistent absence",
            "Attendance 90% or below",
            "attendance-percent",
            "at-most",
            90.0,
            null,
            "persistent-absence",
            "Senior Attendance Champion",
            "We monitor attendance closely for the next half term.")
        .flow("lateness", "Lateness")
        .stage(
            "concern",
            "Lateness concern",
            "One or two late arrivals in a week",
            "late-arrivals",
            "at-least",
            1.0,
            "week",
            "lateness-warning",
            "Senior Attendance Champion",
            "We ask why your child is late.",
            "We send a lateness warning letter.")
        .stage(
            "informal",
            "Lateness continues",
            "Lateness continues after the warning letter",
            null,
            null,
            null,
            null,
            null,
            "Senior Attendance Champion",
            "We contact you for an informal talk.")
        .letter("attendance-concern", "Attendance concern")
        .letter("persistent-absence", "Persistent absence")
        .letter("lateness-warning", "Lateness warning");
  }

  /**
   * Days running, 98% and 90%, holiday, the national threshold and severe absence, some with
   * letters and some with actions only.
   */
  public static TestRules manyStages() {
    return school("many-stages", "Many Stages School")
        .band("below-90", "Below 90%", null, 50.0, 90.0, null, "attendance-concern")
        .flow("absence", "Absence")
        .stage(
            "second-day",
            "Second day with no reason",
            "No reason by the second day",
            "consecutive-absence-days",
            "at-least",
            2.0,
            null,
            null,
            "School Office",
            "We visit your home.")
        .stage(
            "below-98",
            "Attendance below 98%",
            "Attendance below 98%",
            "attendance-percent",
            "below",
            98.0,
            null,
            null,
            "Senior leadership team",
            "A member of the senior leadership team phones you.")
        .stage(
            "below-90",
            "Attendance below 90%",
            "Attendance below 90%",
            "attendance-percent",
            "below",
            90.0,
            null,
            "attendance-concern",
            "Headteacher",
            "We invite you to a meeting.")
        .stage(
            "holiday",
            "Holiday in term time",
            "Holiday in term time without leave",
            "unauthorised-holiday-days",
            "at-least",
            1.0,
            null,
            "holiday-warning",
            "Headteacher",
            "We send a penalty notice warning letter.")
        .stage(
            "national-threshold",
            "National threshold met",
            "10 sessions of unauthorised absence in 10 school weeks",
            "unauthorised-sessions",
            "at-least",
            10.0,
            "rolling 10 school weeks",
            "legal-warning",
            "Headteacher",
            "We consider support, a notice to improve or a penalty notice.")
        .stage(
            "severe",
            "Severe absence",
            "Attendance 50% or below",
            "attendance-percent",
            "at-most",
            50.0,
            null,
            null,
            "Headteacher",
            "We notify the local authority and ask for support.")
        .letter("attendance-concern", "Attendance concern")
        .letter("holiday-warning", "Penalty notice warning")
        .letter("legal-warning", "Legal warning");
  }

  /**
   * A first letter below 96%, its follow-up on the same trigger, and ten late marks in a half term.
   */
  public static TestRules followUp() {
    return school("follow-up", "Follow Up School")
        .band("below-96", "Below 96%", null, null, 96.0, null, "below-96-first")
        .lateness(
            "late-10-sessions",
            10,
            "the current half term",
            "We write to remind you how important punctuality is.",
            "lateness")
        .flow("absence", "Absence")
        .stage(
            "below-target",
            "Attendance below 96%",
            "Attendance below 96%",
            "attendance-percent",
            "below",
            96.0,
            null,
            "below-96-first",
            "School Office",
            "We write to you.")
        .stage(
            "no-improvement",
            "No improvement",
            "Attendance still below 96% after our first letter",
            "attendance-percent",
            "below",
            96.0,
            null,
            "below-96-follow-up",
            "Pupil, Parent and Premises Officer",
            "We write again and invite you in.")
        .letter("lateness", "Punctuality")
        .letter("below-96-first", "Attendance below 96% (first letter)")
        .letter("below-96-follow-up", "Attendance below 96% (follow-up letter)");
  }
}
