package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.PupilGroup;
import uk.org.attendance.model.ResolvedSchool;

/** Flags a pupil group without the start or the end of its school day. */
public final class NoSchoolDayTimes implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT033",
          Severity.ERROR,
          "Start or end of the school day not given",
          Links.GUIDANCE,
          List.of("P1", "R-REG-04"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    List<PupilGroup> groups =
        school.model().schoolDay() == null ? List.of() : school.model().schoolDay().groups();
    for (int i = 0; i < groups.size(); i++) {
      PupilGroup g = groups.get(i);
      if (g.morningRegister() == null && g.gatesOpen() == null) {
        out.report(
            school.at("/schoolDay/groups/" + i),
            "the policy does not say when the school day starts for " + g.name(),
            Hints.sayWhenDayStarts(context.document()));
      }
      if (g.endOfDay() == null) {
        out.report(
            school.at("/schoolDay/groups/" + i),
            "the policy does not say when the school day ends for " + g.name(),
            Hints.sayWhenDayEnds(context.document()));
      }
    }
  }
}
