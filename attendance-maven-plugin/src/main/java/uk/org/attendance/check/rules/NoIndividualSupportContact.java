package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;

/** Flags a policy that names nobody for more detailed support with attendance. */
public final class NoIndividualSupportContact implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT032",
          Severity.ERROR,
          "No individual-support attendance contact",
          Links.GUIDANCE,
          List.of("P4"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    Contacts.checkList(school, context, out, "individualSupport", "for more detailed support");
  }
}
