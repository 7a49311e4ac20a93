package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.Severity;
import uk.org.attendance.model.ResolvedSchool;

/** Flags a deadline other than 5 school days for replacing code N. */
public final class UnknownReasonDeadline implements Rule {
  static final RuleInfo INFO =
      new RuleInfo("ATT028", Severity.ERROR, "Code N is not replaced within 5 school days", Links.GUIDANCE, List.of("R-REG-05"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    int days = context.rules().registers().unknownReasonDays();
    Integer stated = school.model().registers() == null ? null : school.model().registers().unknownReasonReplacedWithinDays();
    if (stated != null && stated != days) {
      out.report(school.at("/registers/unknownReasonReplacedWithinDays"),
          "the policy replaces code N within " + stated + " school days; it must be replaced within " + days,
          "change it to " + days);
    }
  }
}
