package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.AbsenceReporting;
import uk.org.attendance.model.Prose;
import uk.org.attendance.model.ResolvedSchool;

/**
 * Flags a policy that does not say what the school does when a pupil is absent and nobody has said
 * why (first-day calling and what follows), in 'absenceReporting.followUp' or in its own words in
 * 'prose.absenceProcedures'.
 */
public final class NoFirstDayFollowUp implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT094",
          Severity.ERROR,
          "What the school does about an unexplained absence is not given",
          Links.GUIDANCE,
          List.of("P5"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    AbsenceReporting r = school.model().absenceReporting();
    Prose prose = school.model().prose();
    if ((r != null && Given.any(r.followUp()))
        || (prose != null && Given.text(prose.absenceProcedures()))) {
      return;
    }
    out.report(
        school.whereMissing("/absenceReporting/followUp"),
        "the policy does not say what the school does when a pupil is absent and nobody has said why"
            + " (for example, whether and when it contacts the family on the first day)",
        Hints.addFollowUp());
  }
}
