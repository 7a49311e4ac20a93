package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;

/** Flags a policy that does not say how the school uses attendance data to target support. */
public final class NoUseOfData implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT096",
          Severity.ERROR,
          "How the school uses attendance data is not given",
          Links.GUIDANCE,
          List.of("P7"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    if (school.model().prose() != null && Given.text(school.model().prose().absenceData())) {
      return;
    }
    out.report(
        school.whereMissing("/prose/absenceData"),
        "the policy does not say how the school uses attendance data to target support at the pupils who need it most",
        Hints.addAbsenceData());
  }
}
