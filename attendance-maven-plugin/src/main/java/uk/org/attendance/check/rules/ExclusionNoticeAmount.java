package uk.org.attendance.check.rules;

import java.util.List;
import java.util.regex.Matcher;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.SchoolText;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.PenaltyNotices;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.text.Numbers;

/**
 * Warns when the amounts stated for an excluded pupil found in public differ from £60 / £120 (the
 * rules give this confidence M only, so this is a warning).
 */
public final class ExclusionNoticeAmount implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT017",
          Severity.WARNING,
          "Exclusion penalty-notice amounts differ from {exclusionReducedAmount|money} and {exclusionFullAmount|money}",
          Links.PENALTIES,
          List.of("R-PN-11"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    checkText(school, context, out);
    PenaltyNotices pn = school.model().penaltyNotices();
    if (pn == null || pn.exclusionNotice() == null) {
      return;
    }
    int reduced = context.rules().penalties().exclusionReducedAmount();
    int full = context.rules().penalties().exclusionFullAmount();
    PenaltyNotices.FirstNotice e = pn.exclusionNotice();
    if (e.reducedAmount() != null && e.reducedAmount() != reduced) {
      out.report(
          school.at("/penaltyNotices/exclusionNotice/reducedAmount"),
          "the policy says £"
              + e.reducedAmount()
              + "; for an excluded pupil in public the amount is understood to be £"
              + reduced,
          Hints.checkWithCodeOfConduct());
    }
    if (e.fullAmount() != null && e.fullAmount() != full) {
      out.report(
          school.at("/penaltyNotices/exclusionNotice/fullAmount"),
          "the policy says £"
              + e.fullAmount()
              + "; for an excluded pupil in public the amount is understood to be £"
              + full,
          Hints.checkWithCodeOfConduct());
    }
  }

  /** Amounts for excluded pupils found in public, stated in words. */
  private static void checkText(ResolvedSchool school, CheckContext context, Reporter out) {
    int reduced = context.rules().penalties().exclusionReducedAmount();
    int full = context.rules().penalties().exclusionFullAmount();
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      String t = s.text();
      // Every finding here is about an amount, and an amount starts with £.
      if (t.indexOf('£') < 0
          || !Phrases.EXCLUSION.find(t, s.lower())
          || !Phrases.PENALTY.find(t, s.lower())
          || Phrases.COURT.find(t, s.lower())) {
        continue;
      }
      Matcher m = Numbers.POUNDS.matcher(t);
      while (m.find()) {
        int pounds = Numbers.pounds(m);
        if (pounds != reduced && pounds != full) {
          out.report(
              s.at(m.start()),
              "this text says £"
                  + pounds
                  + "; for an excluded pupil in public the amounts are understood"
                  + " to be £"
                  + reduced
                  + " and £"
                  + full,
              Hints.checkWithCodeOfConduct());
        }
      }
    }
  }
}
