package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;

/** Flags a register that stays open more than 30 minutes (or closes before it opens). */
public final class RegisterWindowTooLong implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT021",
          Severity.ERROR,
          "Register stays open more than 30 minutes",
          Links.GUIDANCE,
          List.of("R-REG-03"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    int max = context.rules().registers().maxWindowMinutes();
    for (RegisterSessions.Session s : RegisterSessions.of(school)) {
      Integer minutes = s.windowMinutes();
      if (minutes == null) {
        continue;
      }
      if (minutes < 0) {
        out.report(
            school.at(s.pointer() + "/closes"),
            s.describe() + " closes before it opens",
            Hints.checkTwoTimes());
      } else if (minutes > max) {
        out.report(
            school.at(s.pointer() + "/closes"),
            s.describe() + " stays open " + minutes + " minutes; it may stay open at most " + max,
            Hints.closeAtTheLatest(String.valueOf(s.register().opens().time().plusMinutes(max))));
      }
    }
  }
}
