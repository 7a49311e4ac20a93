package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;

/** Warns when registers stay open for different lengths of time in different sessions. */
public final class RegisterWindowsDiffer implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT022",
          Severity.WARNING,
          "Register stays open for different lengths in different sessions",
          Links.GUIDANCE,
          List.of("R-REG-03"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    RegisterSessions.Session first = null;
    for (RegisterSessions.Session s : RegisterSessions.of(school)) {
      Integer minutes = s.windowMinutes();
      if (minutes == null || minutes < 0) {
        continue;
      }
      if (first == null) {
        first = s;
      } else if (!minutes.equals(first.windowMinutes())) {
        out.report(
            school.at(s.pointer()),
            s.describe()
                + " is open "
                + minutes
                + " minutes, but "
                + first.describe()
                + " is open "
                + first.windowMinutes()
                + " minutes",
            Hints.sameWindowEverySession());
      }
    }
  }
}
