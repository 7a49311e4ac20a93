package uk.org.attendance.check.rules;

import java.util.List;
import java.util.regex.Pattern;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.Severity;
import uk.org.attendance.model.PenaltyNotices;
import uk.org.attendance.model.ResolvedSchool;

/**
 * Flags a limit on notices other than two per parent per child in three years, or a statement of
 * what happens next that names no other action (such as prosecution).
 */
public final class NoticeLimitMismatch implements Rule {
  static final RuleInfo INFO =
      new RuleInfo("ATT011", Severity.ERROR, "Notices-per-three-years limit or what follows it differs from the framework",
          Links.GUIDANCE, List.of("R-PN-06"));

  private static final Pattern OTHER_ACTION =
      Pattern.compile("prosecut|court|other (action|measures|tools)|alternative action|legal intervention|attendance contract|supervision order",
          Pattern.CASE_INSENSITIVE);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    PenaltyNotices pn = school.model().penaltyNotices();
    if (pn == null) {
      return;
    }
    int max = context.rules().penalties().maxNotices();
    int years = context.rules().penalties().perYears();
    if (pn.maxNoticesInThreeYears() != null && pn.maxNoticesInThreeYears() != max) {
      out.report(
          school.at("/penaltyNotices/maxNoticesInThreeYears"),
          "the policy allows " + pn.maxNoticesInThreeYears() + " notices per parent per child in three years;"
              + " nationally at most " + max + " may be issued in " + years + " years",
          "change it to " + max);
    }
    if (pn.afterLimit() != null && !OTHER_ACTION.matcher(pn.afterLimit()).find()) {
      out.report(
          school.at("/penaltyNotices/afterLimit"),
          "the policy does not say that, after " + max + " notices, other action such as prosecution is considered",
          "say that no further notice is issued within " + years + " years and that other action, usually"
              + " considering prosecution, is taken instead");
    }
  }
}
