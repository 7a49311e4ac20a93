package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;

/** Flags a policy that names nobody to contact about attendance day to day. */
public final class NoDayToDayContact implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT031",
          Severity.ERROR,
          "No day-to-day attendance contact",
          Links.GUIDANCE,
          List.of("P3"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    Contacts.checkList(school, context, out, "dayToDay", "day to day");
  }
}
