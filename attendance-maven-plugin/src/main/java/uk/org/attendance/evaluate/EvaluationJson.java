package uk.org.attendance.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.org.attendance.diagnostic.Diagnostic;

/**
 * evaluation.json, for other systems: keys sorted, two-space indent, LF line ends, a trailing
 * newline, no timestamps and no absolute paths, so the same register gives the same bytes anywhere.
 * Rows left out and data-quality warnings are counted, with the first ten in full: a file of
 * 400,000 bad rows makes a small JSON, not a 45 MB one.
 */
final class EvaluationJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private EvaluationJson() {}

  static String write(Evaluation e) {
    Map<String, Object> root = new TreeMap<>();
    Map<String, Object> rules = new TreeMap<>();
    rules.put("school", e.rules().schoolId());
    rules.put("contentHash", e.rules().contentHash());
    root.put("rules", rules);

    Register r = e.register();
    Map<String, Object> reg = new TreeMap<>();
    reg.put("file", r.file().getFileName().toString());
    reg.put("layout", r.layout());
    reg.put("columns", new TreeMap<>(r.columnsUsed()));
    reg.put("rows", r.rows());
    reg.put("marks", r.marks().size());
    reg.put("replacedN", r.replacedN());
    reg.put("badRowCount", r.rejected().count());
    reg.put("badRowsByKind", new TreeMap<>(r.rejected().byKind()));
    reg.put("badRows", rejections(r.rejected()));
    reg.put("notes", r.notes().stream().map(Diagnostic::message).toList());
    root.put("register", reg);

    if (e.sent() != null && e.lettersSentFile() != null) {
      Map<String, Object> log = new TreeMap<>();
      log.put("file", e.lettersSentFile().getFileName().toString());
      log.put("rows", e.sent().rows());
      log.put("badRowCount", e.sent().rejected().count());
      log.put("badRows", rejections(e.sent().rejected()));
      root.put("lettersSent", log);
    }

    Evaluator.Result res = e.result();
    Map<String, Object> cal = new TreeMap<>();
    putDate(cal, "firstDay", res.firstDay());
    putDate(cal, "asOf", res.asOf());
    putDate(cal, "since", res.since());
    cal.put("schoolDays", res.schoolDays());
    root.put("calendar", cal);

    Map<String, Object> quality = new TreeMap<>();
    quality.put("count", res.quality().count());
    quality.put("pupilsByKind", new TreeMap<>(res.quality().pupilsByKind()));
    quality.put("first", res.quality().first().stream().map(EvaluationJson::located).toList());
    root.put("dataQuality", quality);

    List<Object> judgements = new ArrayList<>();
    for (JudgementStage j : res.judgements()) {
      Map<String, Object> o = new TreeMap<>();
      o.put("flowchart", j.flow());
      o.put("stage", j.stage());
      o.put("title", j.title());
      o.put("trigger", j.trigger());
      o.put("why", j.why());
      judgements.add(o);
    }
    root.put("leftToTheSchool", judgements);
    root.put("notes", res.notes().stream().map(Diagnostic::message).toList());

    List<Object> groups = new ArrayList<>();
    for (GroupSummary g : e.groups()) {
      Map<String, Object> o = new TreeMap<>();
      o.put("kind", g.kind());
      o.put("group", g.group());
      o.put("pupils", g.pupils());
      o.put("possibleSessions", g.possible());
      putIf(o, "attendancePercent", g.attendancePercent());
      o.put("persistentAbsence", g.persistent());
      o.put("severeAbsence", g.severe());
      o.put("nationalThreshold", g.threshold());
      o.put("lettersDue", g.lettersDue());
      o.put("newLettersDue", g.newLettersDue());
      o.put("actionsDue", g.actionsDue());
      groups.add(o);
    }
    root.put("summary", groups);

    List<Object> pupils = new ArrayList<>();
    for (Evaluator.PupilResult p : res.pupils()) {
      pupils.add(pupil(p));
    }
    root.put("pupils", pupils);
    try {
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      return JSON.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static Map<String, Object> pupil(Evaluator.PupilResult p) {
    Map<String, Object> o = new TreeMap<>();
    o.put("pupil", p.pupil());
    putText(o, "name", p.name());
    putText(o, "yearGroup", p.yearGroup());
    putText(o, "registrationGroup", p.registrationGroup());
    o.put("possibleSessions", p.possible());
    o.put("presentSessions", p.present());
    o.put("authorisedSessions", p.authorised());
    o.put("unauthorisedSessions", p.unauthorised());
    putIf(o, "attendancePercent", p.attendancePercent());
    putIf(o, "authorisedPercent", p.authorisedPercent());
    putIf(o, "unauthorisedPercent", p.unauthorisedPercent());
    o.put("persistentAbsence", p.persistent());
    o.put("severeAbsence", p.severe());
    if (p.thresholdMetOn() != null) {
      o.put("nationalThresholdMetOn", p.thresholdMetOn().toString());
      o.put("nationalThresholdEvidence", evidence(p.thresholdEvidence()));
    }
    o.put("lateArrivals", p.lateArrivals());
    o.put("band", p.band());
    o.put("lettersDue", p.lettersDue());
    List<Object> stages = new ArrayList<>();
    for (StageResult s : p.stages()) {
      Map<String, Object> so = new TreeMap<>();
      so.put("flowchart", s.flowchart());
      so.put("stage", s.stage());
      so.put("title", s.title());
      so.put("trigger", s.trigger());
      so.put("reachedOn", s.reachedOn().toString());
      so.put("new", s.isNew());
      if (s.letter() != null) {
        so.put("letter", s.letter());
        so.put("letterStatus", s.status().word());
        putDate(so, "letterSentOn", s.letterSentOn());
      }
      so.put("actionDue", s.actionDue());
      so.put("actions", s.actions());
      putText(so, "owner", s.owner());
      so.put("evidence", evidence(s.evidence()));
      stages.add(so);
    }
    o.put("stages", stages);
    o.put("warnings", p.warnings().stream().map(Diagnostic::message).toList());
    return o;
  }

  private static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> o = new TreeMap<>();
    o.put("text", e.text());
    o.put("sessions", e.sessions().stream().map(Evidence.Session::toString).toList());
    if (e.more() > 0) {
      o.put("moreSessions", e.more());
    }
    return o;
  }

  private static List<Object> rejections(Rejections r) {
    List<Object> out = new ArrayList<>();
    for (Rejections.Rejection x : r.first()) {
      Map<String, Object> o = new TreeMap<>();
      o.put("row", x.line());
      o.put("column", x.column());
      o.put("message", x.message());
      out.add(o);
    }
    return out;
  }

  private static Map<String, Object> located(Diagnostic d) {
    Map<String, Object> o = new TreeMap<>();
    if (d.at().line() > 0) {
      o.put("row", d.at().line());
    }
    if (d.at().column() > 0) {
      o.put("column", d.at().column());
    }
    o.put("message", d.message());
    return o;
  }

  private static void putDate(Map<String, Object> o, String key, LocalDate d) {
    if (d != null) {
      o.put(key, d.toString());
    }
  }

  private static void putIf(Map<String, Object> o, String key, Object value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  private static void putText(Map<String, Object> o, String key, String value) {
    if (value != null && !value.isEmpty()) {
      o.put(key, value);
    }
  }
}
