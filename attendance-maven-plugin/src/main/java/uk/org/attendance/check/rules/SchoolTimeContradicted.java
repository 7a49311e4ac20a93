package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.text.Times;

/**
 * Flags text that states a time of the school day the school's timings contradict: when gates open,
 * when a register opens, when the day ends, or the deadline for reporting an absence.
 */
public final class SchoolTimeContradicted implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT029",
          Severity.ERROR,
          "Text gives a different time for the school day or the reporting deadline",
          Links.GUIDANCE,
          List.of("R-REG-04", "P1"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    StatedTimes.check(
        school,
        context,
        out,
        List.of(
            Times.Role.GATES_OPEN,
            Times.Role.REGISTER_OPENS,
            Times.Role.DAY_ENDS,
            Times.Role.REPORTING_DEADLINE));
  }
}
