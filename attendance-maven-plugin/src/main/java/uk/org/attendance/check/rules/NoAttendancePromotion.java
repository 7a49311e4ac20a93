package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;

/** Flags a policy that does not say how the school promotes and rewards good attendance. */
public final class NoAttendancePromotion implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT095",
          Severity.ERROR,
          "How the school promotes good attendance is not given",
          Links.GUIDANCE,
          List.of("P6"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    if (school.model().prose() != null
        && Given.text(school.model().prose().promotingAttendance())) {
      return;
    }
    out.report(
        school.whereMissing("/prose/promotingAttendance"),
        "the policy does not say how the school promotes and rewards good attendance",
        Hints.addPromotingAttendance());
  }
}
