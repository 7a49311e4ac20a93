package uk.org.attendance.evaluate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import uk.org.attendance.export.RulesJsonWriter;

/**
 * The whole evaluation of one register against one school's rules.json, and its outputs: a CSV for
 * spreadsheets, a JSON for systems, and a short summary for the console.
 *
 * @param rules the school's rules
 * @param register the register as read (bad rows included)
 * @param pupils one result per pupil
 */
public record Evaluation(PolicyRules rules, Register register, List<Evaluator.PupilResult> pupils) {

  /**
   * Reads rules.json and a register export, and evaluates every pupil.
   *
   * @throws IOException if either file cannot be read
   */
  public static Evaluation run(Path rulesJson, Path registerCsv) throws IOException {
    PolicyRules rules = PolicyRules.read(rulesJson);
    Register register = Register.read(registerCsv, Set.copyOf(rules.treatments().keySet()));
    return new Evaluation(rules, register, Evaluator.evaluate(rules, register));
  }

  /** One row per pupil, sorted by pupil id. */
  public String csv() {
    StringBuilder b = new StringBuilder("pupil,possibleSessions,presentSessions,authorisedSessions,unauthorisedSessions,"
        + "attendancePercent,authorisedPercent,unauthorisedPercent,persistentAbsence,severeAbsence,"
        + "nationalThresholdMetOn,lateArrivals,band,escalationStage,letterDue\n");
    for (Evaluator.PupilResult p : pupils) {
      b.append(csvCell(p.pupil())).append(',').append(p.possible()).append(',').append(p.present()).append(',')
          .append(p.authorised()).append(',').append(p.unauthorised()).append(',').append(p.attendancePercent().toPlainString())
          .append(',').append(p.authorisedPercent().toPlainString()).append(',').append(p.unauthorisedPercent().toPlainString())
          .append(',').append(p.persistent()).append(',').append(p.severe()).append(',')
          .append(p.thresholdMetOn() == null ? "" : p.thresholdMetOn().toString()).append(',').append(p.lateArrivals())
          .append(',').append(p.band()).append(',').append(p.stage()).append(',').append(p.letterDue()).append('\n');
    }
    return b.toString();
  }

  /** The evaluation as JSON: the rules it used, the rows it left out, and every pupil. */
  public String json() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.putObject("rules").put("school", rules.schoolId()).put("contentHash", rules.contentHash());
    ObjectNode reg = root.putObject("register");
    reg.put("rows", register.rows());
    reg.put("marks", register.marks().size());
    reg.put("replacedN", register.replacedN());
    ArrayNode bad = reg.putArray("badRows");
    register.badRows().forEach(r -> bad.addObject().put("row", r.row()).put("message", r.message()));
    ArrayNode ps = root.putArray("pupils");
    for (Evaluator.PupilResult p : pupils) {
      ObjectNode o = ps.addObject();
      o.put("pupil", p.pupil());
      o.put("possibleSessions", p.possible());
      o.put("presentSessions", p.present());
      o.put("authorisedSessions", p.authorised());
      o.put("unauthorisedSessions", p.unauthorised());
      o.put("attendancePercent", p.attendancePercent());
      o.put("authorisedPercent", p.authorisedPercent());
      o.put("unauthorisedPercent", p.unauthorisedPercent());
      o.put("persistentAbsence", p.persistent());
      o.put("severeAbsence", p.severe());
      if (p.thresholdMetOn() != null) {
        o.put("nationalThresholdMetOn", p.thresholdMetOn().toString());
      }
      o.put("lateArrivals", p.lateArrivals());
      o.put("band", p.band());
      o.put("escalationStage", p.stage());
      o.put("letterDue", p.letterDue());
    }
    return RulesJsonWriter.toText(root);
  }

  /** A few lines for the console. */
  public String summary() {
    long pa = pupils.stream().filter(Evaluator.PupilResult::persistent).count();
    long sa = pupils.stream().filter(Evaluator.PupilResult::severe).count();
    long met = pupils.stream().filter(p -> p.thresholdMetOn() != null).count();
    long letters = pupils.stream().filter(p -> !p.letterDue().isEmpty()).count();
    return pupils.size() + " pupils, " + register.marks().size() + " marks (" + register.badRows().size()
        + " rows left out, " + register.replacedN() + " N codes replaced): " + pa + " persistently absent, " + sa
        + " severely absent, " + met + " at the national penalty threshold, " + letters + " with a letter due";
  }

  private static String csvCell(String s) {
    return s.matches(".*[,\"\\n\\r].*") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
