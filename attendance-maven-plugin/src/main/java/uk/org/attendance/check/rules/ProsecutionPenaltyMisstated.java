package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.Severity;
import uk.org.attendance.model.PenaltyNotices;
import uk.org.attendance.model.PenaltyNotices.CourtPenalty;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.Rulebook;

/**
 * Flags court penalties stated wrongly: £2,500 or prison presented as the penalty for any
 * irregular attendance (it is the aggravated s444(1A) offence), or amounts that differ from
 * s444(1) (£1,000) and s444(1A) (£2,500 and/or 3 months).
 */
public final class ProsecutionPenaltyMisstated implements Rule {
  static final RuleInfo INFO =
      new RuleInfo("ATT014", Severity.ERROR, "Prosecution penalty stated for the wrong offence or amount",
          Links.EDUCATION_ACT, List.of("R-LEG-01", "R-LEG-02"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    PenaltyNotices pn = school.model().penaltyNotices();
    if (pn == null || pn.prosecution() == null) {
      return;
    }
    Rulebook.Prosecution law = context.rules().prosecution();
    String both = "s444(1), failing to secure regular attendance: a fine of up to £" + law.s444Section1MaxFine()
        + "; s444(1A), knowingly failing: up to £" + law.s444Section1AMaxFine() + " and/or "
        + law.s444Section1AMaxMonths() + " months in prison";
    List<CourtPenalty> penalties = pn.prosecution().penalties();
    for (int i = 0; i < penalties.size(); i++) {
      CourtPenalty c = penalties.get(i);
      String p = "/penaltyNotices/prosecution/penalties/" + i;
      switch (c.appliesTo()) {
        case ANY_IRREGULAR_ATTENDANCE:
          if ((c.maxFine() != null && c.maxFine() > law.s444Section1MaxFine()) || c.maxImprisonmentMonths() != null) {
            out.report(school.at(p + "/appliesTo"),
                "the policy presents " + describe(c) + " as the penalty for any irregular attendance;"
                    + " that is only for the aggravated offence",
                "state both offences: " + both);
          }
          break;
        case S444_1:
          if ((c.maxFine() != null && c.maxFine() != law.s444Section1MaxFine()) || c.maxImprisonmentMonths() != null) {
            out.report(school.at(p), "the policy states " + describe(c) + " for s444(1)", both);
          }
          break;
        case S444_1A:
          if ((c.maxFine() != null && c.maxFine() != law.s444Section1AMaxFine())
              || (c.maxImprisonmentMonths() != null && c.maxImprisonmentMonths() != law.s444Section1AMaxMonths())) {
            out.report(school.at(p), "the policy states " + describe(c) + " for s444(1A)", both);
          }
          break;
        default:
          break;
      }
    }
  }

  private static String describe(CourtPenalty c) {
    String fine = c.maxFine() == null ? "" : "a fine of up to £" + String.format(java.util.Locale.UK, "%,d", c.maxFine());
    String prison = c.maxImprisonmentMonths() == null ? "" : c.maxImprisonmentMonths() + " months in prison";
    return fine.isEmpty() ? prison : prison.isEmpty() ? fine : fine + " and/or " + prison;
  }
}
