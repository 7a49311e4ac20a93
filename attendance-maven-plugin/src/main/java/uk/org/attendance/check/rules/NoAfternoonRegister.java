package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.PupilGroup;
import uk.org.attendance.model.ResolvedSchool;

/** Flags a pupil group (other than nursery) with no afternoon register. */
public final class NoAfternoonRegister implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT023",
          Severity.ERROR,
          "No afternoon register",
          Links.REGULATIONS,
          List.of("R-REG-01", "R-REG-04"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    for (RegisterSessions.Session s : RegisterSessions.of(school)) {
      if ("afternoon".equals(s.session())
          && s.register() == null
          && s.group().stage() != PupilGroup.Stage.NURSERY) {
        out.report(
            school.whereMissing(s.pointer()),
            context.document()
                ? "the policy gives no afternoon register"
                    + ("all-pupils".equals(s.group().id()) ? "" : " for " + s.group().name())
                    + "; the register must be taken in both sessions, and the policy must say when it closes"
                : s.group().name()
                    + " has no afternoon register; the register must be taken in both sessions",
            Hints.addAfternoonRegister(context.document()));
      }
    }
  }
}
