package uk.org.attendance.evaluate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.org.attendance.diagnostic.Diagnostic;

/**
 * Works out, for each pupil in a register export, where they stand against the school's own policy:
 * attendance, persistent and severe absence (decided on the exact figures, R-ABS-01 and R-ABS-02),
 * the national penalty threshold (R-PN-01), the band, every flowchart's stages with the letters due
 * and actions, the evidence behind each, and what in the register needs looking at. Uses only
 * {@link PolicyRules}, the register and the letters already sent.
 */
public final class Evaluator {

  private Evaluator() {}

  /**
   * One pupil's figures and decisions.
   *
   * @param pupil the pupil's id
   * @param name the pupil's name, if the export has it
   * @param yearGroup the year group, if the export has it
   * @param registrationGroup the registration group, if the export has it
   * @param possible possible sessions (codes that count)
   * @param present sessions counted as attendance
   * @param authorised authorised absences
   * @param unauthorised unauthorised absences
   * @param attendancePercent present / possible, one decimal place; null with no possible sessions
   * @param authorisedPercent authorised / possible; null with no possible sessions
   * @param unauthorisedPercent unauthorised / possible; null with no possible sessions
   * @param persistent whether absence is at or above the persistent level, exactly
   * @param severe whether absence is at or above the severe level, exactly
   * @param thresholdMetOn the date the national threshold was first met, or null
   * @param thresholdEvidence the sessions that met it, or null
   * @param lateArrivals L and U marks
   * @param band the school band the pupil is in (on exact attendance), or ""
   * @param stages every stage reached, in flowchart order
   * @param warnings what in this pupil's register needs looking at
   */
  public record PupilResult(
      String pupil,
      String name,
      String yearGroup,
      String registrationGroup,
      int possible,
      int present,
      int authorised,
      int unauthorised,
      BigDecimal attendancePercent,
      BigDecimal authorisedPercent,
      BigDecimal unauthorisedPercent,
      boolean persistent,
      boolean severe,
      LocalDate thresholdMetOn,
      Evidence thresholdEvidence,
      int lateArrivals,
      String band,
      List<StageResult> stages,
      List<Diagnostic> warnings) {

    /** The furthest stage reached in each flowchart, "absence/meeting; lateness/concern". */
    public String stage() {
      Map<String, String> furthest = new LinkedHashMap<>();
      stages.forEach(s -> furthest.put(s.flowchart(), s.path()));
      return String.join("; ", furthest.values());
    }

    /** The letters due, in flowchart order, each once. */
    public List<String> lettersDue() {
      Set<String> due = new LinkedHashSet<>();
      stages.stream()
          .filter(s -> s.status() == StageResult.LetterStatus.DUE)
          .forEach(s -> due.add(s.letter()));
      return List.copyOf(due);
    }

    /** The letters due, "meeting; lateness-warning", or "". */
    public String letterDue() {
      return String.join("; ", lettersDue());
    }

    /** The stages whose actions are due (they send no letter). */
    public List<StageResult> actionsDue() {
      return stages.stream().filter(StageResult::actionDue).toList();
    }
  }

  /**
   * A whole evaluation's decisions.
   *
   * @param firstDay the register's first school day, or null if it has none
   * @param asOf the register's last school day: what "now" means, or null
   * @param schoolDays school days in the register
   * @param since the start of "new", or null
   * @param pupils one result per pupil, sorted by pupil id
   * @param quality the register's data-quality totals
   * @param judgements stages left to the school's judgement
   * @param notes things worth knowing about the rules and files
   */
  public record Result(
      LocalDate firstDay,
      LocalDate asOf,
      int schoolDays,
      LocalDate since,
      List<PupilResult> pupils,
      DataQualitySummary quality,
      List<JudgementStage> judgements,
      List<Diagnostic> notes) {}

  /**
   * The register's data-quality totals.
   *
   * @param pupilsByKind pupils with each kind of warning
   * @param first the first ten warnings
   * @param count every warning
   */
  public record DataQualitySummary(
      Map<String, Integer> pupilsByKind, List<Diagnostic> first, int count) {}

  /**
   * Evaluates every pupil.
   *
   * @param rules from rules.json
   * @param register the marks
   * @param sent the letters already sent
   * @param since the start of "new" (this week's run), or null
   * @return the decisions
   */
  public static Result evaluate(
      PolicyRules rules, Register register, LettersSent sent, LocalDate since) {
    SchoolCalendar calendar = new SchoolCalendar(register, rules.code(PolicyRules.PLANNED_CLOSURE));
    PupilDays.Codes codes = new PupilDays.Codes(register.codeTable(), rules);
    Escalations escalations = Escalations.of(rules, rules.source());
    PupilDays days = new PupilDays(calendar, codes);
    DataQuality quality = new DataQuality();
    List<Diagnostic> notes = new ArrayList<>(escalations.notes());
    if (rules.unknownReasonSchoolDays() == null) {
      notes.add(
          Problems.note(
              Problems.RULES,
              rules.source(),
              "this rules.json does not give the school days within which an N"
                  + " must be replaced (it was made by an older plugin), so N marks are not checked; run attendance:render again"));
    }
    List<Register.Pupil> pupils = register.pupils();
    int[] order =
        IntStream.range(0, pupils.size())
            .boxed()
            .sorted(Comparator.comparing(i -> pupils.get(i).id()))
            .mapToInt(Integer::intValue)
            .toArray();
    List<PupilResult> out = new ArrayList<>(order.length);
    int d = calendar.size();
    for (int p : order) {
      Register.Pupil pupil = pupils.get(p);
      days.load(register, p);
      PupilMarks marks = new PupilMarks(register, p);
      int possible = days.possible[d];
      int present = days.present[d];
      int authorised = days.authorised[d];
      int unauthorised = days.unauthorised[d];
      long absent = (long) possible - present;
      // R-ABS-01 and R-ABS-02: absence of 10% (50%) or more, on the exact figures, not the rounded
      // ones.
      boolean persistent =
          possible > 0
              && Escalations.Ratio.sign(absent * 100, possible, rules.persistentPercent()) >= 0;
      boolean severe =
          possible > 0
              && Escalations.Ratio.sign(absent * 100, possible, rules.severePercent()) >= 0;
      LocalDate metOn = null;
      Evidence metBy = null;
      for (int i = Math.max(0, days.first); days.first >= 0 && i < d && metOn == null; i++) {
        // R-PN-01: the national threshold, sessions of G, N, O or U in any rolling run of school
        // weeks.
        int from = calendar.rollingStart(i, rules.thresholdWeeks());
        int count = PupilDays.sum(days.threshold, from, i);
        if (count >= rules.thresholdSessions()) {
          metOn = calendar.date(i);
          metBy =
              EvidenceWriter.sessions(
                  count
                      + " sessions of "
                      + EvidenceWriter.or(new java.util.TreeSet<>(rules.thresholdCodes()))
                      + " in the "
                      + rules.thresholdWeeks()
                      + " school weeks from "
                      + Words.day(calendar.date(from))
                      + " to "
                      + Words.day(metOn),
                  from,
                  i,
                  calendar,
                  marks,
                  c -> codes.threshold[c]);
        }
      }
      String band = "";
      if (possible > 0) {
        for (PolicyRules.Band b : rules.bands()) {
          if (Escalations.inBand(b, present * 100L, possible)) {
            band = b.id();
            break;
          }
        }
      }
      List<StageResult> stages =
          escalations.evaluate(pupil.id(), days, calendar, marks, sent, since);
      List<Diagnostic> warnings =
          quality.check(
              pupil.id(), marks, calendar, codes, rules.unknownReasonSchoolDays(), register.file());
      out.add(
          new PupilResult(
              pupil.id(),
              pupil.name(),
              pupil.yearGroup(),
              pupil.registrationGroup(),
              possible,
              present,
              authorised,
              unauthorised,
              Words.percent(present, possible),
              Words.percent(authorised, possible),
              Words.percent(unauthorised, possible),
              persistent,
              severe,
              metOn,
              metBy,
              days.late[d],
              band,
              stages,
              warnings));
    }
    return new Result(
        d == 0 ? null : calendar.date(0),
        d == 0 ? null : calendar.date(d - 1),
        d,
        since,
        List.copyOf(out),
        new DataQualitySummary(quality.pupilsByKind(), quality.first(), quality.count()),
        escalations.judgements(),
        List.copyOf(notes));
  }

  /** The pupils' ids, for reading the letters-sent log. */
  static Set<String> ids(Register register) {
    return register.pupils().stream().map(Register.Pupil::id).collect(Collectors.toSet());
  }
}
