package uk.org.attendance.evaluate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.org.attendance.diagnostic.Diagnostic;

/**
 * The whole evaluation of one register against one school's rules.json, and its outputs: CSVs for
 * spreadsheets (per pupil, what to do, and totals by group), a JSON for systems, a web page for the
 * attendance officer, and a few lines for the console.
 *
 * @param rules the school's rules
 * @param register the register as read
 * @param sent the letters already sent
 * @param lettersSentFile the letters-sent log, or null
 * @param result the decisions
 * @param groups totals for the register and each group
 */
public record Evaluation(
    PolicyRules rules,
    Register register,
    LettersSent sent,
    Path lettersSentFile,
    Evaluator.Result result,
    List<GroupSummary> groups) {

  /**
   * What to evaluate.
   *
   * @param rules the school's rules.json
   * @param register the register export
   * @param lettersSent the log of letters already sent, or null
   * @param since the start of "new" (this week's run), or null
   * @param columns columns a person named
   * @param limits how big the inputs may be
   */
  public record Request(
      Path rules,
      Path register,
      Path lettersSent,
      LocalDate since,
      ColumnChoice columns,
      InputLimits limits) {

    /** A register and rules, every column found by name, no letters sent. */
    public static Request of(Path rules, Path register) {
      return new Request(rules, register, null, null, ColumnChoice.NONE, InputLimits.DEFAULT);
    }
  }

  /**
   * Reads rules.json and a register export, and evaluates every pupil.
   *
   * @throws EvaluateException if either file cannot be used
   */
  public static Evaluation run(Path rulesJson, Path registerCsv) throws EvaluateException {
    return run(Request.of(rulesJson, registerCsv));
  }

  /**
   * Reads the files and evaluates every pupil.
   *
   * @throws EvaluateException if a file cannot be used
   */
  public static Evaluation run(Request request) throws EvaluateException {
    PolicyRules rules = PolicyRules.read(request.rules());
    Register register =
        Register.read(
            request.register(),
            rules.treatments().keySet(),
            rules.code(PolicyRules.REASON_NOT_YET_ESTABLISHED),
            request.columns(),
            request.limits());
    LettersSent sent =
        request.lettersSent() == null
            ? LettersSent.none()
            : LettersSent.read(
                request.lettersSent(),
                rules,
                Evaluator.ids(register),
                request.columns(),
                request.limits());
    Evaluator.Result result = Evaluator.evaluate(rules, register, sent, request.since());
    return new Evaluation(
        rules, register, sent, request.lettersSent(), result, GroupSummary.of(result.pupils()));
  }

  /**
   * Reads a date as a register would write it (2025-09-15, 15/09/2025, 15/09/25, ...).
   *
   * @return the date, or null if it is not one
   */
  public static LocalDate date(String text) {
    int d = RegisterDates.date(text == null ? "" : text);
    return d == RegisterDates.NONE ? null : LocalDate.ofEpochDay(d);
  }

  /** One result per pupil, sorted by pupil id. */
  public List<Evaluator.PupilResult> pupils() {
    return result.pupils();
  }

  /** evaluation.csv: one row per pupil. */
  public String csv() {
    return EvaluationCsv.pupils(pupils());
  }

  /** actions.csv: one row per letter or action due. */
  public String actionsCsv() {
    return EvaluationCsv.actions(pupils());
  }

  /** summary.csv: totals for the register, each year group and each registration group. */
  public String summaryCsv() {
    return EvaluationCsv.summary(groups);
  }

  /** evaluation.json. */
  public String json() {
    return EvaluationJson.write(this);
  }

  /** evaluation.html, for the attendance officer. */
  public String html() {
    return EvaluationHtml.write(this);
  }

  /** Every output file, by name, in a fixed order. */
  public Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("evaluation.csv", csv());
    files.put("actions.csv", actionsCsv());
    files.put("summary.csv", summaryCsv());
    files.put("evaluation.json", json());
    files.put("evaluation.html", html());
    return files;
  }

  /** One line: pupils, marks, and the main counts. */
  public String summary() {
    List<Evaluator.PupilResult> pupils = pupils();
    long pa = pupils.stream().filter(Evaluator.PupilResult::persistent).count();
    long sa = pupils.stream().filter(Evaluator.PupilResult::severe).count();
    long met = pupils.stream().filter(p -> p.thresholdMetOn() != null).count();
    long letters = pupils.stream().filter(p -> !p.lettersDue().isEmpty()).count();
    return pupils.size()
        + " pupils, "
        + register.marks().size()
        + " marks ("
        + register.rejected().count()
        + " rows left out, "
        + register.replacedN()
        + " N codes replaced): "
        + pa
        + " persistently absent, "
        + sa
        + " severely absent, "
        + met
        + " at the national penalty threshold, "
        + letters
        + " with a letter due";
  }

  /**
   * What the console shows after the summary line: the period, letters and actions due (and how
   * many are new), the totals by group, and data-quality counts.
   */
  public List<String> report() {
    List<String> out = new ArrayList<>();
    Evaluator.Result r = result;
    if (r.asOf() != null) {
      out.add(
          "Register from "
              + Words.day(r.firstDay())
              + " to "
              + Words.day(r.asOf())
              + " ("
              + Problems.plural(r.schoolDays(), "school day")
              + "), read as "
              + register.layout());
    }
    GroupSummary all = groups.get(0);
    out.add(
        Problems.plural(all.lettersDue(), "letter")
            + " due"
            + (r.since() == null
                ? ""
                : " (" + all.newLettersDue() + " new since " + Words.day(r.since()) + ")")
            + ", "
            + Problems.plural(all.actionsDue(), "stage action")
            + " due"
            + (sent.rows() > 0
                ? "; " + Problems.plural(sent.rows(), "letter") + " already sent were read"
                : ""));
    boolean years = groups.stream().anyMatch(g -> g.kind().equals("year group"));
    for (GroupSummary g : groups.subList(1, groups.size())) {
      if (years && !g.kind().equals("year group")) {
        continue; // registration groups are in summary.csv and evaluation.html; the console keeps
        // to year groups
      }
      out.add(
          "  "
              + Problems.shown(g.label())
              + ": "
              + Problems.plural(g.pupils(), "pupil")
              + ", attendance "
              + (g.attendancePercent() == null ? "-" : g.attendancePercent() + "%")
              + ", "
              + g.persistent()
              + " persistently absent, "
              + g.severe()
              + " severely absent, "
              + g.threshold()
              + " at the threshold, "
              + Problems.plural(g.lettersDue(), "letter")
              + " due");
    }
    if (r.quality().count() > 0) {
      StringBuilder b = new StringBuilder("Data to check:");
      r.quality()
          .pupilsByKind()
          .forEach(
              (kind, n) ->
                  b.append(' ')
                      .append(Problems.plural(n, "pupil"))
                      .append(' ')
                      .append(DataQuality.KINDS.getOrDefault(kind, kind))
                      .append(';'));
      out.add(b.substring(0, b.length() - 1));
    }
    return out;
  }

  /**
   * Every warning and note to print, capped: the register's rows left out (the first ten and a
   * count by reason), the letters log's, notes, and the first ten data-quality warnings.
   */
  public List<Diagnostic> warnings() {
    List<Diagnostic> out = new ArrayList<>(register.notes());
    out.addAll(rejected(register.file(), register.rejected(), "row left out: "));
    if (lettersSentFile != null) {
      out.addAll(sent.notes());
      out.addAll(rejected(lettersSentFile, sent.rejected(), "letter left out: "));
    }
    out.addAll(result.notes());
    out.addAll(result.quality().first());
    if (result.quality().count() > result.quality().first().size()) {
      out.add(
          Problems.note(
              Problems.DATA,
              register.file(),
              "and "
                  + Problems.plural(
                      result.quality().count() - result.quality().first().size(),
                      "more data warning")
                  + ": every pupil's are in evaluation.html and evaluation.json"));
    }
    return out;
  }

  private static List<Diagnostic> rejected(Path file, Rejections r, String prefix) {
    List<Diagnostic> out = new ArrayList<>();
    for (Rejections.Rejection x : r.first()) {
      out.add(Problems.warning(Problems.ROW, file, x.line(), x.column(), prefix + x.message()));
    }
    if (r.count() > r.first().size()) {
      StringBuilder by = new StringBuilder();
      r.byKind()
          .forEach(
              (kind, n) ->
                  by.append(by.length() == 0 ? "" : ", ")
                      .append(Problems.count(n))
                      .append(' ')
                      .append(
                          Register.KINDS.getOrDefault(
                              kind,
                              kind.equals("letter")
                                  ? "naming a letter the policy does not have"
                                  : kind)));
      out.add(
          Problems.note(
              Problems.ROW,
              file,
              Problems.plural(r.count(), "row")
                  + " left out in all ("
                  + by
                  + "); the first "
                  + r.first().size()
                  + " are listed above"));
    }
    return out;
  }
}
