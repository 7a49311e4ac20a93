package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.Severity;
import uk.org.attendance.model.ResolvedSchool;

/** Flags register entries kept for other than 6 years (3 years was the old rule). */
public final class RegisterRetention implements Rule {
  static final RuleInfo INFO =
      new RuleInfo("ATT027", Severity.ERROR, "Register entries are not kept for 6 years", Links.REGULATIONS, List.of("R-REG-07"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    int years = context.rules().registers().retentionYears();
    if (school.model().registers() != null && school.model().registers().retentionYears() != null
        && school.model().registers().retentionYears() != years) {
      out.report(school.at("/registers/retentionYears"),
          "the policy keeps register entries for " + school.model().registers().retentionYears()
              + " years; since 19 August 2024 every entry is kept for " + years + " years",
          "change it to " + years);
    }
  }
}
