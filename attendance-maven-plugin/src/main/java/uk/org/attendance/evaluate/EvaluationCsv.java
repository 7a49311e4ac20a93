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
      b.append(CsvCells.text(p.pupil()))
          .append(',')
          .append(CsvCells.text(p.name()))
          .append(',')
          .append(CsvCells.text(p.yearGroup()))
          .append(',')
          .append(CsvCells.text(p.registrationGroup()))
          .append(',')
          .append(CsvCells.number(p.possible()))
          .append(',')
          .append(CsvCells.number(p.present()))
          .append(',')
          .append(CsvCells.number(p.authorised()))
          .append(',')
          .append(CsvCells.number(p.unauthorised()))
          .append(',')
          .append(percent(p.attendancePercent()))
          .append(',')
          .append(percent(p.authorisedPercent()))
          .append(',')
          .append(percent(p.unauthorisedPercent()))
          .append(',')
          .append(p.persistent())
          .append(',')
          .append(p.severe())
          .append(',')
          .append(CsvCells.date(p.thresholdMetOn()))
          .append(',')
          .append(CsvCells.number(p.lateArrivals()))
          .append(',')
          .append(CsvCells.text(p.band()))
          .append(',')
          .append(CsvCells.text(p.stage()))
          .append(',')
          .append(CsvCells.text(p.letterDue()))
          .append(',')
          .append(
              CsvCells.text(
                  p.actionsDue().stream().map(StageResult::path).collect(Collectors.joining("; "))))
          .append(',')
          .append(CsvCells.number(p.warnings().size()))
          .append('\n');
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
        b.append(CsvCells.text(p.pupil()))
            .append(',')
            .append(CsvCells.text(p.name()))
            .append(',')
            .append(CsvCells.text(p.yearGroup()))
            .append(',')
            .append(CsvCells.text(p.registrationGroup()))
            .append(',')
            .append(CsvCells.text(s.flowchart()))
            .append(',')
            .append(CsvCells.text(s.stage()))
            .append(',')
            .append(CsvCells.text(s.title()))
            .append(',')
            .append(CsvCells.text(s.trigger()))
            .append(',')
            .append(CsvCells.date(s.reachedOn()))
            .append(',')
            .append(s.isNew())
            .append(',')
            .append(CsvCells.text(s.status() == StageResult.LetterStatus.DUE ? s.letter() : ""))
            .append(',')
            .append(
                CsvCells.text(s.status() == StageResult.LetterStatus.DUE ? s.letterTitle() : ""))
            .append(',')
            .append(CsvCells.text(String.join(" ", s.actions())))
            .append(',')
            .append(CsvCells.text(s.owner()))
            .append(',')
            .append(CsvCells.text(evidence(s.evidence())))
            .append('\n');
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
      b.append(CsvCells.text(g.kind()))
          .append(',')
          .append(CsvCells.text(g.group()))
          .append(',')
          .append(CsvCells.number(g.pupils()))
          .append(',')
          .append(CsvCells.number(g.possible()))
          .append(',')
          .append(percent(g.attendancePercent()))
          .append(',')
          .append(CsvCells.number(g.persistent()))
          .append(',')
          .append(CsvCells.number(g.severe()))
          .append(',')
          .append(CsvCells.number(g.threshold()))
          .append(',')
          .append(CsvCells.number(g.lettersDue()))
          .append(',')
          .append(CsvCells.number(g.newLettersDue()))
          .append(',')
          .append(CsvCells.number(g.actionsDue()))
          .append('\n');
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
