package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.Severity;
import uk.org.attendance.model.PenaltyNotices;
import uk.org.attendance.model.ResolvedSchool;

/** Flags a notice-to-improve period outside 3 to 6 weeks. */
public final class NoticeToImprovePeriod implements Rule {
  static final RuleInfo INFO =
      new RuleInfo("ATT016", Severity.ERROR, "Notice-to-improve period is outside 3 to 6 weeks", Links.GUIDANCE, List.of("R-PN-10"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    PenaltyNotices pn = school.model().penaltyNotices();
    if (pn == null || pn.noticeToImprove() == null) {
      return;
    }
    int min = context.rules().penalties().noticeToImproveMinWeeks();
    int max = context.rules().penalties().noticeToImproveMaxWeeks();
    PenaltyNotices.NoticeToImprove nti = pn.noticeToImprove();
    String hint = "an improvement period runs for between " + min + " and " + max + " weeks";
    if (nti.minWeeks() != null && (nti.minWeeks() < min || nti.minWeeks() > max)) {
      out.report(school.at("/penaltyNotices/noticeToImprove/minWeeks"),
          "the policy gives an improvement period of " + nti.minWeeks() + " weeks", hint);
    }
    if (nti.maxWeeks() != null && (nti.maxWeeks() > max || nti.maxWeeks() < min)) {
      out.report(school.at("/penaltyNotices/noticeToImprove/maxWeeks"),
          "the policy gives an improvement period of " + nti.maxWeeks() + " weeks", hint);
    }
  }
}
