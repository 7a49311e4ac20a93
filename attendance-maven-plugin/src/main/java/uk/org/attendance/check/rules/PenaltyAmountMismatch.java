package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.Severity;
import uk.org.attendance.model.PenaltyNotices;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.Rulebook;

/**
 * Flags a penalty-notice amount or payment window that differs from the national framework: first
 * notice £80 within 21 days or £160 within 28; second notice a flat £160 within 28.
 */
public final class PenaltyAmountMismatch implements Rule {
  static final RuleInfo INFO =
      new RuleInfo("ATT010", Severity.ERROR, "Penalty-notice amount or payment window differs from the national framework",
          Links.PENALTIES, List.of("R-PN-04", "R-PN-05"));

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
    Rulebook.Penalties law = context.rules().penalties();
    if (pn.firstNotice() != null) {
      PenaltyNotices.FirstNotice f = pn.firstNotice();
      compare(school, out, "/penaltyNotices/firstNotice/reducedAmount", f.reducedAmount(), law.firstReducedAmount(),
          "a first notice is £%d if paid within %d days", law.firstReducedAmount(), law.firstReducedDays(), true);
      compare(school, out, "/penaltyNotices/firstNotice/reducedWithinDays", f.reducedWithinDays(), law.firstReducedDays(),
          "a first notice is £%d if paid within %d days", law.firstReducedAmount(), law.firstReducedDays(), false);
      compare(school, out, "/penaltyNotices/firstNotice/fullAmount", f.fullAmount(), law.firstFullAmount(),
          "a first notice is £%d if paid within %d days", law.firstFullAmount(), law.firstFullDays(), true);
      compare(school, out, "/penaltyNotices/firstNotice/fullWithinDays", f.fullWithinDays(), law.firstFullDays(),
          "a first notice is £%d if paid within %d days", law.firstFullAmount(), law.firstFullDays(), false);
    }
    if (pn.secondNotice() != null) {
      compare(school, out, "/penaltyNotices/secondNotice/amount", pn.secondNotice().amount(), law.secondAmount(),
          "a second notice is a flat £%d, paid within %d days", law.secondAmount(), law.secondDays(), true);
      compare(school, out, "/penaltyNotices/secondNotice/withinDays", pn.secondNotice().withinDays(), law.secondDays(),
          "a second notice is a flat £%d, paid within %d days", law.secondAmount(), law.secondDays(), false);
    }
  }

  private static void compare(ResolvedSchool school, Reporter out, String pointer, Integer stated, int national,
      String rule, int amount, int days, boolean money) {
    if (stated != null && stated != national) {
      out.report(
          school.at(pointer),
          "the policy says " + (money ? "£" + stated : stated + " days") + ", but nationally "
              + String.format(java.util.Locale.ROOT, rule, amount, days),
          "change it to " + (money ? "£" + national : national + " days"));
    }
  }
}
