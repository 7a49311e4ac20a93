package uk.org.attendance.check.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.SchoolText;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.PenaltyNotices;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.text.Numbers;
import uk.org.attendance.text.Screened;

/** Flags a notice-to-improve period outside 3 to 6 weeks. */
public final class NoticeToImprovePeriod implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT016",
          Severity.ERROR,
          "Notice-to-improve period is outside {noticeToImproveMinWeeks} to {noticeToImproveMaxWeeks} weeks",
          Links.GUIDANCE,
          List.of("R-PN-10"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    checkText(school, context, out);
    PenaltyNotices pn = school.model().penaltyNotices();
    if (pn == null || pn.noticeToImprove() == null) {
      return;
    }
    int min = context.rules().penalties().noticeToImproveMinWeeks();
    int max = context.rules().penalties().noticeToImproveMaxWeeks();
    PenaltyNotices.NoticeToImprove nti = pn.noticeToImprove();
    String hint = Hints.improvementPeriodRange(min, max);
    if (nti.minWeeks() != null && (nti.minWeeks() < min || nti.minWeeks() > max)) {
      out.report(
          school.at("/penaltyNotices/noticeToImprove/minWeeks"),
          "the policy gives an improvement period of " + nti.minWeeks() + " weeks",
          hint);
    }
    if (nti.maxWeeks() != null && (nti.maxWeeks() > max || nti.maxWeeks() < min)) {
      out.report(
          school.at("/penaltyNotices/noticeToImprove/maxWeeks"),
          "the policy gives an improvement period of " + nti.maxWeeks() + " weeks",
          hint);
    }
  }

  private static final Screened PERIOD =
      Screened.of(
          "("
              + Numbers.NUMBER
              + ")\\s*(?:-|–|to|and)\\s*("
              + Numbers.NUMBER
              + ")\\s+weeks?"
              + "|("
              + Numbers.NUMBER
              + ")\\s*[- ]weeks?",
          Pattern.CASE_INSENSITIVE,
          "week");

  /** The improvement period of a notice to improve stated in words. */
  private static void checkText(ResolvedSchool school, CheckContext context, Reporter out) {
    int min = context.rules().penalties().noticeToImproveMinWeeks();
    int max = context.rules().penalties().noticeToImproveMaxWeeks();
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      String t = s.text();
      // Only a period in weeks stated for a notice to improve is reported.
      if (!s.lower().contains("notice to improve") || !PERIOD.mayMatch(t, s.lower())) {
        continue;
      }
      Matcher m = PERIOD.pattern().matcher(t);
      while (m.find()) {
        int low = Numbers.parse(m.group(1) != null ? m.group(1) : m.group(3)).orElse(min);
        int high = m.group(2) != null ? Numbers.parse(m.group(2)).orElse(max) : low;
        if (low < min || high > max) {
          out.report(
              s.at(m.start()),
              "this text gives an improvement period of "
                  + (low == high ? low : low + " to " + high)
                  + " weeks; a notice to improve gives "
                  + min
                  + " to "
                  + max
                  + " weeks",
              Hints.givePeriod(min, max));
        }
      }
    }
  }
}
