package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;

/** Warns when the policy gives no review date. */
public final class NoReviewDate implements Rule {
  static final RuleInfo INFO =
      new RuleInfo("ATT052", Severity.WARNING, "No review date", Links.GUIDANCE, List.of("3.2"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    if (school.model().policy() != null && school.model().policy().reviewDue() == null) {
      out.report(
          school.whereMissing("/policy/reviewDue"),
          "the policy gives no review date",
          Hints.giveReviewDate(context.document()));
    }
  }
}
