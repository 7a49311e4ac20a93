package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ClockTime;
import uk.org.attendance.model.ResolvedSchool;

/** Flags an absence-reporting deadline later than the morning register closes. */
public final class ReportingDeadlineAfterClose implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT025",
          Severity.ERROR,
          "Absence-reporting deadline is after the register closes or before it opens",
          Links.GUIDANCE,
          List.of("R-REG-02", "R-REG-04"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    if (school.model().absenceReporting() == null
        || school.model().absenceReporting().deadline() == null) {
      return;
    }
    ClockTime deadline = school.model().absenceReporting().deadline();
    RegisterSessions.of(school).stream()
        .filter(
            s ->
                "morning".equals(s.session())
                    && s.register() != null
                    && s.register().closes() != null)
        .filter(s -> deadline.compareTo(s.register().closes()) > 0)
        .findFirst()
        .ifPresent(
            s ->
                out.report(
                    school.at("/absenceReporting/deadline"),
                    "parents may report an absence until "
                        + deadline.iso()
                        + ", but "
                        + s.describe()
                        + " closes at "
                        + s.register().closes().iso(),
                    Hints.deadlineNoLaterThan(s.register().closes().iso())));
    RegisterSessions.of(school).stream()
        .filter(
            s ->
                "morning".equals(s.session())
                    && s.register() != null
                    && s.register().opens() != null)
        .filter(s -> deadline.compareTo(s.register().opens()) < 0)
        .findFirst()
        .ifPresent(
            s ->
                out.warn(
                    school.at("/absenceReporting/deadline"),
                    "parents must report an absence by "
                        + deadline.iso()
                        + ", before "
                        + s.describe()
                        + " opens at "
                        + s.register().opens().iso()
                        + ": a pupil is not absent until the register is taken",
                    Hints.deadlineWhileOpen()));
  }
}
