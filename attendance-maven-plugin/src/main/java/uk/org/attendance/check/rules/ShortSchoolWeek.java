package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.PupilGroup;
import uk.org.attendance.model.ResolvedSchool;

/**
 * Warns when a group's week, from morning register to the end of the day, is under 32.5 hours (an
 * expectation, not law; whether it covers Reception is UNCONFIRMED).
 */
public final class ShortSchoolWeek implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT026",
          Severity.WARNING,
          "School week is shorter than {weekHours} hours",
          Links.SCHOOL_WEEK,
          List.of("R-DAY-03"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    int minimum = context.rules().schoolYear().weekMinutes();
    List<PupilGroup> groups =
        school.model().schoolDay() == null ? List.of() : school.model().schoolDay().groups();
    for (int i = 0; i < groups.size(); i++) {
      PupilGroup g = groups.get(i);
      if (g.stage() == PupilGroup.Stage.NURSERY
          || g.morningRegister() == null
          || g.morningRegister().opens() == null
          || g.endOfDay() == null) {
        continue;
      }
      int week = g.morningRegister().opens().minutesUntil(g.endOfDay()) * 5;
      if (week < minimum) {
        String hours =
            String.format(java.util.Locale.ROOT, "%.2f", week / 60.0)
                .replaceAll("0+$", "")
                .replaceAll("\\.$", "");
        String note =
            g.stage() == PupilGroup.Stage.RECEPTION
                ? " (whether the expectation covers Reception is unconfirmed)"
                : "";
        out.report(
            school.at("/schoolDay/groups/" + i + "/endOfDay"),
            g.name()
                + " has a "
                + hours
                + "-hour week; schools are expected to offer at least "
                + uk.org.attendance.text.Formats.number(minimum / 60.0)
                + " hours"
                + note,
            Hints.weekRunsFrom());
      }
    }
  }
}
