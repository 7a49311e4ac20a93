package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.AbsenceReporting;
import uk.org.attendance.model.ResolvedSchool;

/** Flags a policy that does not say how and by when to report an absence. */
public final class NoAbsenceReporting implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT034",
          Severity.ERROR,
          "How and by when to report an absence is not given",
          Links.GUIDANCE,
          List.of("P1"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    AbsenceReporting r = school.model().absenceReporting();
    if (r == null || r.channels().isEmpty()) {
      out.report(
          school.whereMissing("/absenceReporting/channels"),
          "the policy does not say how parents report an absence",
          Hints.sayHowToReport(context.document()));
    }
    if (r == null || r.deadline() == null) {
      out.report(
          school.whereMissing("/absenceReporting/deadline"),
          "the policy does not say by when parents must report an absence",
          Hints.sayReportingDeadline(context.document()));
    }
  }
}
