package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;

/** Warns when no attendance governor is named: common practice, but not a confirmed requirement. */
public final class NoAttendanceGovernor implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT036",
          Severity.WARNING,
          "No attendance governor named",
          Links.GUIDANCE,
          List.of("3.2"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    if (school.model().contacts() == null
        || school.model().contacts().attendanceGovernor() == null) {
      out.report(
          school.whereMissing("/contacts/attendanceGovernor"),
          "the policy names no governor responsible for attendance (common practice, though not confirmed as required)",
          Hints.addAttendanceGovernor());
    }
  }
}
