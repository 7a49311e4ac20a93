package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;

/** Flags a policy that does not say how to request leave of absence. */
public final class NoLeaveProcedure implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT035",
          Severity.ERROR,
          "How to request leave of absence is not given",
          Links.GUIDANCE,
          List.of("P1", "R-LOA-03"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    if (school.model().leave() == null || school.model().leave().howToRequest() == null) {
      out.report(
          school.whereMissing("/leave/howToRequest"),
          "the policy does not say how to request leave of absence",
          Hints.sayHowToRequestLeave(context.document()));
    }
  }
}
