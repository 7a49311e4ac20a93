package uk.org.attendance.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.model.ClockTime;

/**
 * The five source policies imported once per test run, and what a careful person reads in each
 * (src/test/resources/import/expected/*.tsv), as facts that can be compared field by field.
 */
final class ImportFixtures {

  static final Path SOURCES = Path.of("src/test/resources/audit/sources");
  static final Path EXPECTED = Path.of("src/test/resources/import/expected");

  /** The date the audit's findings and the expectations were written down on. */
  static final LocalDate ON = LocalDate.of(2026, 11, 23);

  static final List<String> NAMES =
      List.of(
          "duke-of-bedford-primary",
          "hmfa-federation",
          "kelvedon-hatch-primary",
          "lanercost-ce-primary",
          "strathmore-infant-and-nursery");
  static final PolicyImporter IMPORTER = new PolicyImporter(AttendanceCompiler.schemaText());

  private static final Map<Path, PolicyImporter.Result> CACHE = new ConcurrentHashMap<>();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ImportFixtures() {}

  /** A policy's drafts (not written), read once per run. */
  static PolicyImporter.Result drafts(Path policy) {
    return CACHE.computeIfAbsent(
        policy.toAbsolutePath().normalize(),
        p -> IMPORTER.draft(List.of(p), Path.of("target/never-written"), ON));
  }

  static PolicyImporter.Result drafts(String name) {
    return drafts(SOURCES.resolve(name + ".txt"));
  }

  /** The kind of fact a key is, for precision and recall per kind. */
  static String kind(String key) {
    String k = key.replaceFirst("^[a-z0-9-]+:", "");
    if (k.startsWith("school.") || k.startsWith("trust.")) {
      return "school";
    }
    if (k.equals("policy.ratified.date")
        || k.equals("policy.reviewDue")
        || k.equals("policy.academicYear")) {
      return "dates";
    }
    if (k.startsWith("policy.")) {
      return "policy";
    }
    if (k.startsWith("contacts.")) {
      return "contacts";
    }
    if (k.startsWith("schoolDay.") || k.equals("absenceReporting.deadline")) {
      return "times";
    }
    if (k.startsWith("absenceReporting.")) {
      return "reporting";
    }
    if (k.startsWith("thresholds.")) {
      return "thresholds";
    }
    if (k.startsWith("registers.")) {
      return "registers";
    }
    if (k.startsWith("penaltyNotices.")) {
      return "penalties";
    }
    if (k.startsWith("leave.")) {
      return "leave";
    }
    if (k.startsWith("codes")) {
      return "codes";
    }
    if (k.startsWith("escalation")) {
      return "escalation";
    }
    return "other";
  }

  /**
   * The facts a set of drafts states, as "key = value": one key per field (a person in a list by
   * their name, a pupil group by its id, a member school's fields after its id and a colon); a
   * value left to the school is "choice: a | b" (the values the source states) or "fill-in".
   */
  static TreeSet<String> facts(PolicyImporter.Result r) {
    TreeSet<String> out = new TreeSet<>();
    for (PolicyImporter.Drafted d : r.drafts()) {
      JsonNode root;
      try {
        root = YAML.readTree(d.text());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String prefix = root.has("extends") ? root.path("school").path("id").asText() + ":" : "";
      Facts f = new Facts(out, prefix, d.choices());
      f.scalar("school.name", root.path("school").path("name"), "school.name");
      f.scalar("school.type", root.path("school").path("type"), "school.type");
      f.scalar("school.phase", root.path("school").path("phase"), "school.phase");
      f.scalar(
          "school.localAuthority.name",
          root.path("school").path("localAuthority").path("name"),
          "school.localAuthority.name");
      for (String k : List.of("name", "shortName", "kind")) {
        f.scalar("trust." + k, root.path("trust").path(k), "trust." + k);
      }
      JsonNode policy = root.path("policy");
      for (String k :
          List.of("title", "basedOn", "reviewDue", "academicYear", "version", "owner")) {
        f.scalar("policy." + k, policy.path(k), "policy." + k);
      }
      f.scalar(
          "policy.ratified.date", policy.path("ratified").path("date"), "policy.ratified.date");
      f.scalar("policy.ratified.by", policy.path("ratified").path("by"), "policy.ratified.by");
      JsonNode contacts = root.path("contacts");
      for (String slot : List.of("headteacher", "seniorAttendanceChampion", "attendanceGovernor")) {
        person(f, "contacts." + slot, contacts.path(slot), "contacts." + slot, false);
      }
      for (String slot : List.of("dayToDay", "individualSupport", "others")) {
        JsonNode list = contacts.path(slot);
        for (int i = 0; i < list.size(); i++) {
          person(f, "contacts." + slot, list.get(i), "contacts." + slot + "[" + i + "]", true);
        }
      }
      JsonNode groups = root.path("schoolDay").path("groups");
      for (int i = 0; i < groups.size(); i++) {
        JsonNode g = groups.get(i);
        String key = "schoolDay." + g.path("id").asText();
        String path = "schoolDay.groups[" + i + "]";
        f.time(key + ".gatesOpen", g.path("gatesOpen"), path + ".gatesOpen");
        for (String reg : List.of("morningRegister", "afternoonRegister")) {
          f.time(
              key + "." + reg + ".opens", g.path(reg).path("opens"), path + "." + reg + ".opens");
          f.time(
              key + "." + reg + ".closes",
              g.path(reg).path("closes"),
              path + "." + reg + ".closes");
        }
        f.time(key + ".endOfDay", g.path("endOfDay"), path + ".endOfDay");
      }
      JsonNode reporting = root.path("absenceReporting");
      f.time("absenceReporting.deadline", reporting.path("deadline"), "absenceReporting.deadline");
      f.scalar(
          "absenceReporting.everyDay", reporting.path("everyDay"), "absenceReporting.everyDay");
      for (JsonNode c : reporting.path("channels")) {
        f.add("absenceReporting.channels[]", c.path("type").asText());
      }
      for (String k : List.of("target", "persistentAbsence", "severeAbsence")) {
        f.scalar("thresholds." + k, root.path("thresholds").path(k), "thresholds." + k);
      }
      for (String k : List.of("retentionYears", "unknownReasonReplacedWithinDays")) {
        f.scalar("registers." + k, root.path("registers").path(k), "registers." + k);
      }
      JsonNode pn = root.path("penaltyNotices");
      f.scalar(
          "penaltyNotices.codeOfConduct", pn.path("codeOfConduct"), "penaltyNotices.codeOfConduct");
      f.scalar(
          "penaltyNotices.threshold.sessions",
          pn.path("threshold").path("sessions"),
          "penaltyNotices.threshold.sessions");
      f.scalar(
          "penaltyNotices.threshold.schoolWeeks",
          pn.path("threshold").path("schoolWeeks"),
          "penaltyNotices.threshold.schoolWeeks");
      for (JsonNode c : pn.path("threshold").path("codes")) {
        f.add("penaltyNotices.threshold.codes[]", c.asText());
      }
      for (String k :
          List.of("reducedAmount", "reducedWithinDays", "fullAmount", "fullWithinDays")) {
        f.scalar(
            "penaltyNotices.firstNotice." + k,
            pn.path("firstNotice").path(k),
            "penaltyNotices.firstNotice." + k);
      }
      for (String k : List.of("amount", "withinDays")) {
        f.scalar(
            "penaltyNotices.secondNotice." + k,
            pn.path("secondNotice").path(k),
            "penaltyNotices.secondNotice." + k);
      }
      for (String k :
          List.of("reducedAmount", "reducedWithinDays", "fullAmount", "fullWithinDays")) {
        f.scalar(
            "penaltyNotices.exclusionNotice." + k,
            pn.path("exclusionNotice").path(k),
            "penaltyNotices.exclusionNotice." + k);
      }
      f.scalar(
          "penaltyNotices.maxNoticesInThreeYears",
          pn.path("maxNoticesInThreeYears"),
          "penaltyNotices.maxNoticesInThreeYears");
      for (String k : List.of("used", "minWeeks", "maxWeeks")) {
        f.scalar(
            "penaltyNotices.noticeToImprove." + k,
            pn.path("noticeToImprove").path(k),
            "penaltyNotices.noticeToImprove." + k);
      }
      JsonNode leave = root.path("leave");
      f.scalar("leave.decidedBy", leave.path("decidedBy"), "leave.decidedBy");
      f.scalar("leave.applyAheadDays", leave.path("applyAheadDays"), "leave.applyAheadDays");
      for (JsonNode p : leave.path("applyFor")) {
        f.add("leave.applyFor[]", p.asText());
      }
      for (String k :
          List.of("supportGiven", "supportOffered", "sufficientImprovement", "earlyIssue")) {
        f.scalar(
            "penaltyNotices.noticeToImprove." + k,
            pn.path("noticeToImprove").path(k),
            "penaltyNotices.noticeToImprove." + k);
      }
      for (JsonNode p : leave.path("exceptionalCircumstances").path("principles")) {
        f.add("leave.exceptionalCircumstances.principles[]", p.asText());
      }
      for (JsonNode flow : root.path("escalation")) {
        for (JsonNode stage : flow.path("stages")) {
          JsonNode t = stage.path("trigger");
          if (t.has("metric")) {
            f.add(
                "escalation.trigger[]",
                t.path("metric").asText()
                    + " "
                    + t.path("comparator").asText()
                    + " "
                    + t.path("value").asText());
          }
          if (stage.path("legalIntervention").asBoolean(false)) {
            f.add("escalation.legalIntervention", "true");
          }
        }
      }
      for (JsonNode c : root.path("codes")) {
        f.add("codes[]", c.path("code").asText());
      }
    }
    return out;
  }

  private static void person(Facts f, String slot, JsonNode p, String path, boolean list) {
    if (p.isMissingNode() || p.isNull()) {
      return;
    }
    String name = p.path("name").asText();
    String key = slot;
    if (list) {
      f.add(slot + "[]", name);
      key = slot + "[" + name + "]";
    } else {
      f.scalar(slot + ".name", p.path("name"), path + ".name");
    }
    f.scalar(key + ".role", p.path("role"), path + ".role");
    f.scalar(key + ".email", p.path("email"), path + ".email");
    f.scalar(key + ".phone", p.path("phone"), path + ".phone");
  }

  /** Collects facts, turning each FILL IN into the choice it leaves. */
  private record Facts(TreeSet<String> out, String prefix, Map<String, List<String>> choices) {
    void add(String key, String value) {
      // A list that states a value twice (a code table with two rows for one code) states it once
      // too many: the second is a fact no careful reading has.
      String fact = prefix + key + " = " + value;
      while (key.endsWith("[]") && !out.add(fact)) {
        fact += " (again)";
      }
      out.add(fact);
    }

    void scalar(String key, JsonNode v, String path) {
      if (v.isMissingNode() || v.isNull()) {
        return;
      }
      String text = v.asText();
      if (text.startsWith("FILL IN")) {
        List<String> options = choices.get(path);
        add(
            key,
            options == null
                ? "fill-in"
                : "choice: "
                    + String.join(
                        " | ", options.stream().map(o -> normal(key, o)).sorted().toList()));
        return;
      }
      add(key, normal(key, text));
    }

    void time(String key, JsonNode v, String path) {
      scalar(key, v, path);
    }
  }

  /** A value as the expectations write it: times in 24-hour form, email addresses in lower case. */
  static String normal(String key, String value) {
    String k = key.replaceFirst("^[a-z0-9-]+:", "");
    if (kind(k).equals("times") && !value.startsWith("choice") && !value.equals("fill-in")) {
      try {
        return ClockTime.parse(value).iso();
      } catch (IllegalArgumentException e) {
        return value;
      }
    }
    if (k.endsWith(".email")) {
      return value.toLowerCase(Locale.ROOT);
    }
    return value;
  }

  /** The expectations for a source: key = value, with a note on each. */
  static Map<String, String> expected(String name) {
    Map<String, String> out = new TreeMap<>();
    try {
      for (String line :
          Files.readAllLines(EXPECTED.resolve(name + ".tsv"), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 2) {
          throw new IllegalStateException("an expectation needs a key and a value: " + line);
        }
        String key = cols[0].strip();
        String value = cols[1].strip();
        String fact =
            key + " = " + (value.startsWith("choice:") ? choice(key, value) : normal(key, value));
        out.put(fact, cols.length > 2 ? cols[2].strip() : "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String choice(String key, String value) {
    List<String> options = new ArrayList<>();
    for (String o : value.substring("choice:".length()).split("\\|")) {
      options.add(normal(key, o.strip()));
    }
    return "choice: " + String.join(" | ", options.stream().sorted().toList());
  }
}
