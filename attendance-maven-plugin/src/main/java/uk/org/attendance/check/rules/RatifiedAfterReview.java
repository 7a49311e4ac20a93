package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.PolicyInfo;
import uk.org.attendance.model.ResolvedSchool;

/** Flags a policy ratified after its own review date. */
public final class RatifiedAfterReview implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT051",
          Severity.ERROR,
          "Ratified after its own review date",
          Links.GUIDANCE,
          List.of("3.2"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    PolicyInfo p = school.model().policy();
    if (p == null || p.reviewDue() == null || p.ratified() == null || p.ratified().date() == null) {
      return;
    }
    if (p.ratified().date().earliest().isAfter(p.reviewDue().latest())) {
      out.report(
          school.at("/policy/ratified/date"),
          "the policy was ratified ("
              + p.ratified().date().text()
              + ") after its review date ("
              + p.reviewDue().text()
              + ")",
          Hints.checkBothDates());
    }
  }
}
