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

/**
 * Flags a limit on notices other than two per parent per child in three years, or a statement of
 * what happens next that names no other action (such as prosecution).
 */
public final class NoticeLimitMismatch implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT011",
          Severity.ERROR,
          "Limit of {maxNotices} notices in {perYears} years, or what follows it, differs from the framework",
          Links.GUIDANCE,
          List.of("R-PN-06"));

  private static final Pattern OTHER_ACTION =
      Pattern.compile(
          "prosecut|court|other (action|measures|tools)|alternative action|legal intervention|attendance contract|supervision order",
          Pattern.CASE_INSENSITIVE);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    checkText(school, context, out);
    PenaltyNotices pn = school.model().penaltyNotices();
    if (pn == null) {
      return;
    }
    int max = context.rules().penalties().maxNotices();
    int years = context.rules().penalties().perYears();
    if (pn.maxNoticesInThreeYears() != null && pn.maxNoticesInThreeYears() != max) {
      out.report(
          school.at("/penaltyNotices/maxNoticesInThreeYears"),
          "the policy allows "
              + pn.maxNoticesInThreeYears()
              + " notices per parent per child;"
              + " nationally at most "
              + max
              + " may be issued in "
              + years
              + " years",
          Hints.changeTo(max));
    }
    if (pn.afterLimit() != null && !OTHER_ACTION.matcher(pn.afterLimit()).find()) {
      out.report(
          school.at("/penaltyNotices/afterLimit"),
          "the policy does not say that, after "
              + max
              + " notices, other action such as prosecution is considered",
          Hints.sayWhatAfterLimit(years));
    }
  }

  private static final Screened LIMIT =
      Screened.of(
          "(?:only|at\\s+most|no\\s+more\\s+than|up\\s+to|maximum\\s+of)\\s+("
              + Numbers.NUMBER
              + ")\\s+(?:penalty\\s+)?notices?[^.]{0,120}?"
              + "(?:with)?in\\s+(?:a|any|the\\s+same)?\\s*(?:rolling\\s+)?(?:period\\s+of\\s+)?("
              + Numbers.NUMBER
              + ")[- ]years?",
          Pattern.CASE_INSENSITIVE,
          "year");

  /**
   * Limits on notices stated in words ("only 2 penalty notices ... within a 3 year rolling
   * period").
   */
  private static void checkText(ResolvedSchool school, CheckContext context, Reporter out) {
    int max = context.rules().penalties().maxNotices();
    int years = context.rules().penalties().perYears();
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      if (!LIMIT.mayMatch(s.text(), s.lower())) {
        continue;
      }
      Matcher m = LIMIT.pattern().matcher(s.text());
      while (m.find()) {
        int n = Numbers.parse(m.group(1)).orElse(max);
        int y = Numbers.parse(m.group(2)).orElse(years);
        if (n != max || y != years) {
          out.report(
              s.at(m.start()),
              "this text allows "
                  + n
                  + " notices per parent per child in "
                  + y
                  + " years;"
                  + " nationally at most "
                  + max
                  + " may be issued in "
                  + years
                  + " years",
              Hints.writeNoticeLimit(max, years));
        }
      }
    }
  }
}
