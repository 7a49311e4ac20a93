package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;

/** Flags a register whose closing time the policy does not give. */
public final class RegisterCloseMissing implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT024",
          Severity.ERROR,
          "Register closing time is not given",
          Links.GUIDANCE,
          List.of("R-REG-03", "R-REG-04"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    for (RegisterSessions.Session s : RegisterSessions.of(school)) {
      if (s.register() != null && s.register().closes() == null) {
        out.report(
            school.at(s.pointer()),
            s.describe()
                + " has no closing time; parents must know when a late arrival becomes an absence",
            Hints.sayWhenRegisterCloses(context.document()));
      }
    }
  }
}
