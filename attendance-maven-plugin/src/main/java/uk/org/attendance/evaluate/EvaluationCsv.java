package uk.org.attendance.evaluate;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import uk.org.attendance.report.CsvCells;

/**
 * The evaluation's spreadsheets. Every cell that holds text from the register, the letters log or
 * the school's rules goes through {@link CsvCells#text}, so a pupil id, name or group written as a
 * formula is neutralised; the figures the evaluator worked out (counts, percentages, dates) are
 * written as they are, so a spreadsheet still sees numbers.
 */
final class EvaluationCsv {

  private EvaluationCsv() {}

  /** evaluation.csv: one row per pupil, sorted by pupil id. */
  static String pupils(List<Evaluator.PupilResult> pupils) {
    StringBuilder b =
        new StringBuilder(
            "pupil,name,yearGroup,registrationGroup,possibleSessions,presentSessions,"
                + "authorisedSessions,unauthorisedSessions,attendancePercent,authorisedPercent,unauthorisedPercent,persistentAbsence,"
                + "severeAbsence,nationalThresholdMetOn,lateArrivals,band,stagesReached,lettersDue,actionsDue,dataWarnings\n");
    for (Evaluator.PupilResult p : pupils) {
      b.append(
          CsvCells.line(
              CsvCells.text(p.pupil()),
              CsvCells.text(p.name()),
              CsvCells.text(p.yearGroup()),
              CsvCells.text(p.registrationGroup()),
              CsvCells.number(p.possible()),
              CsvCells.number(p.present()),
              CsvCells.number(p.authorised()),
              CsvCells.number(p.unauthorised()),
              percent(p.attendancePercent()),
              percent(p.authorisedPercent()),
              percent(p.unauthorisedPercent()),
              String.valueOf(p.persistent()),
              String.valueOf(p.severe()),
              CsvCells.date(p.thresholdMetOn()),
              CsvCells.number(p.lateArrivals()),
              CsvCells.text(p.band()),
              CsvCells.text(p.stage()),
              CsvCells.text(p.letterDue()),
              CsvCells.text(
                  p.actionsDue().stream().map(StageResult::path).collect(Collectors.joining("; "))),
              CsvCells.number(p.warnings().size())));
    }
    return b.toString();
  }

  /**
   * actions.csv: what to do, one row per letter due or stage action due, pupil by pupil, ready to
   * mail-merge or work through.
   */
  static String actions(List<Evaluator.PupilResult> pupils) {
    StringBuilder b =
        new StringBuilder(
            "pupil,name,yearGroup,registrationGroup,flowchart,stage,stageTitle,trigger,reachedOn,"
                + "new,letter,letterTitle,actions,owner,evidence\n");
    for (Evaluator.PupilResult p : pupils) {
      for (StageResult s : p.stages()) {
        if (s.status() != StageResult.LetterStatus.DUE && !s.actionDue()) {
          continue;
        }
        b.append(
            CsvCells.line(
                CsvCells.text(p.pupil()),
                CsvCells.text(p.name()),
                CsvCells.text(p.yearGroup()),
                CsvCells.text(p.registrationGroup()),
                CsvCells.text(s.flowchart()),
                CsvCells.text(s.stage()),
                CsvCells.text(s.title()),
                CsvCells.text(s.trigger()),
                CsvCells.date(s.reachedOn()),
                String.valueOf(s.isNew()),
                CsvCells.text(s.status() == StageResult.LetterStatus.DUE ? s.letter() : ""),
                CsvCells.text(s.status() == StageResult.LetterStatus.DUE ? s.letterTitle() : ""),
                CsvCells.text(String.join(" ", s.actions())),
                CsvCells.text(s.owner()),
                CsvCells.text(evidence(s.evidence()))));
      }
    }
    return b.toString();
  }

  /** summary.csv: the whole register, then each year group and registration group. */
  static String summary(List<GroupSummary> groups) {
    StringBuilder b =
        new StringBuilder(
            "groupKind,group,pupils,possibleSessions,attendancePercent,persistentAbsence,"
                + "severeAbsence,nationalThreshold,lettersDue,newLettersDue,actionsDue\n");
    for (GroupSummary g : groups) {
      b.append(
          CsvCells.line(
              CsvCells.text(g.kind()),
              CsvCells.text(g.group()),
              CsvCells.number(g.pupils()),
              CsvCells.number(g.possible()),
              percent(g.attendancePercent()),
              CsvCells.number(g.persistent()),
              CsvCells.number(g.severe()),
              CsvCells.number(g.threshold()),
              CsvCells.number(g.lettersDue()),
              CsvCells.number(g.newLettersDue()),
              CsvCells.number(g.actionsDue())));
    }
    return b.toString();
  }

  static String evidence(Evidence e) {
    if (e == null) {
      return "";
    }
    String sessions = e.sessionsText();
    return sessions.isEmpty() ? e.text() : e.text() + ": " + sessions;
  }

  private static String percent(BigDecimal p) {
    return p == null ? "" : CsvCells.number(p.toPlainString());
  }
}
