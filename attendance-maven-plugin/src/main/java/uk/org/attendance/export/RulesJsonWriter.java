package uk.org.attendance.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeMap;
import uk.org.attendance.files.Hashes;
import uk.org.attendance.model.AbsenceReporting;
import uk.org.attendance.model.ClockTime;
import uk.org.attendance.model.CodeEntry;
import uk.org.attendance.model.Escalation;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.Person;
import uk.org.attendance.model.PolicyDate;
import uk.org.attendance.model.PupilGroup;
import uk.org.attendance.model.Register;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.School;
import uk.org.attendance.model.Spelling;
import uk.org.attendance.model.Thresholds;
import uk.org.attendance.reference.AttendanceCode;
import uk.org.attendance.reference.FactField;
import uk.org.attendance.reference.MergeField;
import uk.org.attendance.reference.Rulebook;

/**
 * The school's policy as data for other systems (MIS, dashboards, the LA): {@code rules.json}. Keys
 * sorted, UTF-8, two-space indent, a trailing newline, no timestamps: the same model gives the same
 * bytes. Its shape is {@code schema/rules.schema.json}; additive changes keep {@link
 * #SCHEMA_VERSION}, breaking changes bump it.
 */
public final class RulesJsonWriter {

  /** The version of the rules.json shape. */
  public static final int SCHEMA_VERSION = 1;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Writes the model canonically (sorted properties) for its content hash; thread-safe once built.
   */
  private static final ObjectMapper CANONICAL =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .addModule(
              new com.fasterxml.jackson.databind.module.SimpleModule()
                  .addSerializer(
                      ClockTime.class,
                      new com.fasterxml.jackson.databind.ser.std.ToStringSerializer())
                  .addSerializer(
                      PolicyDate.class,
                      new com.fasterxml.jackson.databind.ser.std.ToStringSerializer()))
          .build();

  private RulesJsonWriter() {}

  /**
   * @param s the resolved school
   * @param rules the national rules
   * @return the JSON text
   */
  public static String write(ResolvedSchool s, Rulebook rules) {
    return toText(tree(s, rules));
  }

  /** The rules.json tree (keys sorted on output). */
  public static ObjectNode tree(ResolvedSchool s, Rulebook rules) {
    School m = s.model();
    ObjectNode root = F.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);

    ObjectNode school = root.putObject("school");
    school.put("id", m.school().id());
    school.put("name", m.school().name());
    putIf(school, "urn", m.school().urn());
    putIf(school, "type", Spelling.kebab(m.school().type()));
    putIf(school, "phase", Spelling.kebab(m.school().phase()));
    ObjectNode la = school.putObject("localAuthority");
    la.put("name", m.school().localAuthority().name());
    putIf(la, "codeOfConduct", m.school().localAuthority().codeOfConduct());
    if (m.trust() != null) {
      school
          .putObject("trust")
          .put("name", m.trust().name())
          .put("kind", Spelling.kebab(m.trust().kind()));
    }

    ObjectNode policy = root.putObject("policy");
    policy.put("title", m.policy().title());
    if (m.policy().ratified() != null && m.policy().ratified().date() != null) {
      ObjectNode r = date(m.policy().ratified().date());
      putIf(r, "by", m.policy().ratified().by());
      policy.set("ratified", r);
    }
    if (m.policy().reviewDue() != null) {
      policy.set("reviewDue", date(m.policy().reviewDue()));
    }
    putIf(policy, "academicYear", m.policy().academicYear());
    putIf(policy, "version", m.policy().version());
    policy.put("contentHash", "sha256:" + contentHash(m));

    ObjectNode rulebook = root.putObject("rulebook");
    rulebook.put("name", rules.name());
    rulebook.put("effectiveFrom", rules.effectiveFrom().toString());
    rulebook.put("verifiedAsOf", rules.verifiedAsOf().toString());

    ArrayNode sessions = root.putArray("sessions");
    for (PupilGroup g : m.schoolDay().groups()) {
      ObjectNode o = sessions.addObject();
      o.put("group", g.id());
      o.put("name", g.name());
      putIf(o, "stage", g.stage() == null ? null : Spelling.kebab(g.stage()));
      putTime(o, "gatesOpen", g.gatesOpen());
      register(o, "morningRegister", g.morningRegister());
      register(o, "afternoonRegister", g.afternoonRegister());
      putTime(o, "endOfDay", g.endOfDay());
    }

    AbsenceReporting ar = m.absenceReporting();
    if (ar != null) {
      ObjectNode o = root.putObject("absenceReporting");
      putTime(o, "deadline", ar.deadline());
      if (ar.everyDay() != null) {
        o.put("everyDay", ar.everyDay());
      }
      ArrayNode ch = o.putArray("channels");
      for (AbsenceReporting.Channel c : ar.channels()) {
        ObjectNode co = ch.addObject();
        co.put("type", Spelling.kebab(c.type()));
        putIf(co, "value", c.value());
      }
    }

    TreeMap<String, CodeEntry> published = new TreeMap<>();
    m.codes()
        .forEach(c -> AttendanceCode.find(c.code()).ifPresent(a -> published.put(a.code(), c)));
    ArrayNode codes = root.putArray("codes");
    for (AttendanceCode c : AttendanceCode.all()) {
      ObjectNode o = codes.addObject();
      o.put("code", c.code());
      o.put("meaning", c.meaning());
      o.put("group", Spelling.kebab(c.group()));
      o.put("treatment", c.treatment().id());
      o.put("countsInPenaltyThreshold", rules.penalties().thresholdCodes().contains(c));
      rules.codeRoles().entrySet().stream()
          .filter(r -> r.getValue() == c)
          .map(r -> r.getKey().id())
          .sorted()
          .findFirst()
          .ifPresent(role -> o.put("role", role));
      CodeEntry e = published.get(c.code());
      if (e != null && e.note() != null) {
        o.put("schoolNote", e.note());
      }
    }

    ObjectNode th = root.putObject("thresholds");
    th.put("persistentAbsencePercent", rules.absence().persistentPercent());
    th.put("severeAbsencePercent", rules.absence().severePercent());
    th.put("sessionsPerYear", rules.schoolYear().sessionsPerYear());
    Thresholds t = m.thresholds();
    if (t != null && t.target() != null) {
      th.put("targetPercent", t.target());
    }
    ArrayNode bands = th.putArray("bands");
    if (t != null) {
      for (Thresholds.Band b : t.bands()) {
        ObjectNode o = bands.addObject();
        o.put("id", b.id());
        o.put("label", b.label());
        putNum(o, "atLeast", b.atLeast());
        putNum(o, "above", b.above());
        putNum(o, "below", b.below());
        putNum(o, "atMost", b.atMost());
        putIf(o, "letter", b.letter());
      }
    }
    ArrayNode lateness = th.putArray("lateness");
    if (t != null) {
      for (Thresholds.LatenessTrigger l : t.lateness()) {
        ObjectNode o = lateness.addObject();
        o.put("id", l.id());
        if (l.count() != null) {
          o.put("count", l.count());
        }
        putIf(o, "period", l.period());
        putIf(o, "action", l.action());
        putIf(o, "letter", l.letter());
      }
    }
    ObjectNode npt = th.putObject("nationalPenaltyThreshold");
    npt.put("sessions", rules.penalties().thresholdSessions());
    npt.put("schoolWeeks", rules.penalties().thresholdSchoolWeeks());
    ArrayNode tc = npt.putArray("codes");
    rules.penalties().thresholdCodes().forEach(c -> tc.add(c.code()));

    // R-REG-05: an N must be replaced with the right code within this many school days.
    root.putObject("registers")
        .put("unknownReasonSchoolDays", rules.registers().unknownReasonDays());

    Rulebook.Penalties p = rules.penalties();
    ObjectNode pf = root.putObject("penaltyFramework");
    pf.putObject("firstNotice")
        .put("reducedAmountPounds", p.firstReducedAmount())
        .put("reducedWithinDays", p.firstReducedDays())
        .put("fullAmountPounds", p.firstFullAmount())
        .put("fullWithinDays", p.firstFullDays());
    pf.putObject("secondNotice")
        .put("amountPounds", p.secondAmount())
        .put("withinDays", p.secondDays());
    pf.put("maxNoticesPerParentPerChild", p.maxNotices());
    pf.put("withinYears", p.perYears());
    ObjectNode nti = pf.putObject("noticeToImprove");
    nti.put("minWeeks", p.noticeToImproveMinWeeks()).put("maxWeeks", p.noticeToImproveMaxWeeks());
    nti.put(
        "usedBySchool",
        m.penaltyNotices() != null
            && m.penaltyNotices().noticeToImprove() != null
            && Boolean.TRUE.equals(m.penaltyNotices().noticeToImprove().used()));

    ArrayNode esc = root.putArray("escalation");
    for (Escalation e : m.escalation()) {
      ObjectNode o = esc.addObject();
      o.put("id", e.id());
      o.put("title", e.title());
      ArrayNode stages = o.putArray("stages");
      for (Escalation.Stage st : e.stages()) {
        ObjectNode so = stages.addObject();
        so.put("id", st.id());
        so.put("title", st.title());
        ObjectNode tr = so.putObject("trigger");
        tr.put("text", st.trigger().text());
        if (st.trigger().metric() != null) {
          tr.put("metric", Spelling.kebab(st.trigger().metric()));
        }
        if (st.trigger().comparator() != null) {
          tr.put("comparator", Spelling.kebab(st.trigger().comparator()));
        }
        putNum(tr, "value", st.trigger().value());
        putIf(tr, "window", st.trigger().window());
        ArrayNode actions = so.putArray("actions");
        st.actions().forEach(actions::add);
        putIf(so, "owner", st.owner());
        putIf(so, "letter", st.letter());
        if (Boolean.TRUE.equals(st.legalIntervention())) {
          so.put("legalIntervention", true);
        }
      }
    }

    ArrayNode letters = root.putArray("letters");
    for (Letter l : m.letters()) {
      ObjectNode o = letters.addObject();
      o.put("id", l.id());
      o.put("title", l.title());
      putIf(o, "subject", l.subject());
      putIf(o, "kind", Spelling.kebab(l.kind()));
      uk.org.attendance.model.Person signer = m.signatoryOf(l);
      if (signer != null) {
        putIf(o, "signedBy", signer.role());
        ObjectNode sig = o.putObject("signatory");
        sig.put("name", signer.name());
        putIf(sig, "role", signer.role());
      }
      ArrayNode merge = o.putArray("mergeFields");
      ArrayNode facts = o.putArray("factFields");
      for (String f : l.mergeFields()) {
        if (MergeField.find(f).isPresent()) {
          merge.add(f);
        } else if (FactField.find(f).isPresent() || f.startsWith(FactField.BAND_PREFIX)) {
          facts.add(f);
        }
      }
    }

    if (!m.letterFields().isEmpty()) {
      ObjectNode names = root.putObject("letterFieldNames");
      m.letterFields().forEach(names::put);
    }

    ObjectNode contacts = root.putObject("contacts");
    if (m.contacts() != null) {
      person(contacts, "seniorAttendanceChampion", m.contacts().seniorAttendanceChampion());
      people(contacts, "dayToDay", m.contacts().dayToDay());
      people(contacts, "individualSupport", m.contacts().individualSupport());
      person(contacts, "attendanceGovernor", m.contacts().attendanceGovernor());
    }
    return root;
  }

  /** Sorted keys, two-space indent, LF line ends, trailing newline. */
  public static String toText(JsonNode node) {
    try {
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter()
              .withSeparators(
                  com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(
                          com.fasterxml.jackson.core.util.Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      Object sorted = JSON.treeToValue(node, Object.class);
      return JSON.writer(printer).writeValueAsString(sorted) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** SHA-256 of the resolved model, written canonically (records as sorted JSON). */
  public static String contentHash(School m) {
    try {
      return Hashes.sha256(CANONICAL.writeValueAsBytes(m));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode date(PolicyDate d) {
    ObjectNode o = F.objectNode();
    o.put("text", d.text());
    o.put("earliest", d.earliest().toString());
    o.put("latest", d.latest().toString());
    return o;
  }

  private static void register(ObjectNode parent, String key, Register r) {
    if (r == null) {
      return;
    }
    ObjectNode o = parent.putObject(key);
    putTime(o, "opens", r.opens());
    putTime(o, "closes", r.closes());
  }

  private static void person(ObjectNode parent, String key, Person p) {
    if (p != null) {
      parent.set(key, personNode(p));
    }
  }

  private static void people(ObjectNode parent, String key, java.util.List<Person> list) {
    ArrayNode a = parent.putArray(key);
    list.forEach(p -> a.add(personNode(p)));
  }

  private static ObjectNode personNode(Person p) {
    ObjectNode o = F.objectNode();
    o.put("name", p.name());
    putIf(o, "role", p.role());
    putIf(o, "email", p.email());
    putIf(o, "phone", p.phone());
    return o;
  }

  private static void putTime(ObjectNode o, String key, ClockTime t) {
    if (t != null) {
      o.put(key, t.iso());
    }
  }

  private static void putIf(ObjectNode o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  private static void putNum(ObjectNode o, String key, Double value) {
    if (value != null) {
      o.put(key, value);
    }
  }
}
