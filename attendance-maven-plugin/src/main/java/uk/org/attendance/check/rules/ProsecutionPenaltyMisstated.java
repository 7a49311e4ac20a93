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
import uk.org.attendance.model.PenaltyNotices.CourtPenalty;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.Rulebook;
import uk.org.attendance.text.Numbers;
import uk.org.attendance.text.Screened;

/**
 * Flags court penalties stated wrongly: £2,500 or prison presented as the penalty for any irregular
 * attendance (it is the aggravated s444(1A) offence), or amounts that differ from s444(1) (£1,000)
 * and s444(1A) (£2,500 and/or 3 months).
 */
public final class ProsecutionPenaltyMisstated implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT014",
          Severity.ERROR,
          "Prosecution penalty stated for the wrong offence or amount",
          Links.EDUCATION_ACT,
          List.of("R-LEG-01", "R-LEG-02"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    checkText(school, context, out);
    PenaltyNotices pn = school.model().penaltyNotices();
    if (pn == null || pn.prosecution() == null) {
      return;
    }
    Rulebook.Prosecution law = context.rules().prosecution();
    String both =
        Hints.bothOffences(
            law.s444Section1MaxFine(), law.s444Section1AMaxFine(), law.s444Section1AMaxMonths());
    List<CourtPenalty> penalties = pn.prosecution().penalties();
    for (int i = 0; i < penalties.size(); i++) {
      CourtPenalty c = penalties.get(i);
      String p = "/penaltyNotices/prosecution/penalties/" + i;
      switch (c.appliesTo()) {
        case ANY_IRREGULAR_ATTENDANCE:
          if ((c.maxFine() != null && c.maxFine() > law.s444Section1MaxFine())
              || c.maxImprisonmentMonths() != null) {
            out.report(
                school.at(p + "/appliesTo"),
                "the policy presents "
                    + describe(c)
                    + " as the penalty for any irregular attendance;"
                    + " that is only for the aggravated offence",
                Hints.stateBothOffences(both));
          }
          break;
        case S444_1:
          if ((c.maxFine() != null && c.maxFine() != law.s444Section1MaxFine())
              || c.maxImprisonmentMonths() != null) {
            out.report(school.at(p), "the policy states " + describe(c) + " for s444(1)", both);
          }
          break;
        case S444_1A:
          if ((c.maxFine() != null && c.maxFine() != law.s444Section1AMaxFine())
              || (c.maxImprisonmentMonths() != null
                  && c.maxImprisonmentMonths() != law.s444Section1AMaxMonths())) {
            out.report(school.at(p), "the policy states " + describe(c) + " for s444(1A)", both);
          }
          break;
        default:
          break;
      }
    }
  }

  private static String describe(CourtPenalty c) {
    String fine =
        c.maxFine() == null
            ? ""
            : "a fine of up to £" + String.format(java.util.Locale.UK, "%,d", c.maxFine());
    String prison =
        c.maxImprisonmentMonths() == null ? "" : c.maxImprisonmentMonths() + " months in prison";
    return fine.isEmpty() ? prison : prison.isEmpty() ? fine : fine + " and/or " + prison;
  }

  private static final Screened AGGRAVATED =
      Screened.of(
          "444\\s*\\(\\s*1A\\s*\\)|\\bknow(?:s|ing|ingly)\\b|aggravated|level\\s+4",
          Pattern.CASE_INSENSITIVE,
          "444",
          "know",
          "aggravated",
          "level");
  private static final Screened BASIC =
      Screened.of("444\\s*\\(\\s*1\\s*\\)|level\\s+3", Pattern.CASE_INSENSITIVE, "444", "level");
  private static final Screened MONTHS =
      Screened.of(
          "("
              + Numbers.NUMBER
              + ")\\s+months?(?:'|’)?\\s+(?:in\\s+prison|imprisonment|custod)"
              + "|(?:prison|imprisonment|custod\\w*)\\s+(?:of\\s+|for\\s+)?(?:up\\s+to\\s+)?("
              + Numbers.NUMBER
              + ")\\s+months?",
          Pattern.CASE_INSENSITIVE,
          "month");

  /** Court penalties stated in words. */
  private static void checkText(ResolvedSchool school, CheckContext context, Reporter out) {
    Rulebook.Prosecution law = context.rules().prosecution();
    String both =
        Hints.bothOffences(
            law.s444Section1MaxFine(), law.s444Section1AMaxFine(), law.s444Section1AMaxMonths());
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      String t = s.text();
      if (!Phrases.COURT.find(t, s.lower()) || Phrases.EXCLUSION.find(t, s.lower())) {
        continue;
      }
      String lower = s.lower();
      boolean aggravated = AGGRAVATED.find(t, lower);
      boolean basic = BASIC.find(t, lower);
      boolean amounts = t.indexOf('£') >= 0; // an amount starts with £
      Matcher m = Numbers.POUNDS.matcher(t);
      boolean reported = false;
      while (amounts && m.find() && !reported) {
        int pounds = Numbers.pounds(m);
        if (pounds == law.s444Section1AMaxFine()
            && !aggravated
            && !t.contains(String.valueOf(law.s444Section1MaxFine()))
            && !t.contains(String.format(java.util.Locale.UK, "%,d", law.s444Section1MaxFine()))) {
          out.report(
              s.at(m.start()),
              "this text gives £"
                  + String.format(java.util.Locale.UK, "%,d", pounds)
                  + (MONTHS.find(t, lower) ? " and prison" : "")
                  + " as the court penalty without saying it is only for the"
                  + " aggravated offence, when a parent knew of the absence",
              Hints.stateBothOffences(both));
          reported = true;
        } else if (pounds == law.s444Section1MaxFine() && aggravated && !basic) {
          out.report(
              s.at(m.start()),
              "this text gives £"
                  + String.format(java.util.Locale.UK, "%,d", pounds)
                  + " for the aggravated offence; that is the maximum for failing to secure regular attendance (s444(1))",
              both);
          reported = true;
        } else if (pounds != law.s444Section1MaxFine()
            && pounds != law.s444Section1AMaxFine()
            && t.toLowerCase(java.util.Locale.ROOT)
                .matches(".*\\bfines?\\s+of\\s+up\\s+to.*|.*\\bmaximum\\s+fine.*")) {
          out.report(
              s.at(m.start()),
              "this text gives a court fine of up to £"
                  + String.format(java.util.Locale.UK, "%,d", pounds)
                  + "; the maximum fines are £"
                  + law.s444Section1MaxFine()
                  + " and £"
                  + law.s444Section1AMaxFine(),
              Hints.stateBothOffences(both));
          reported = true;
        }
      }
      Matcher mo = reported ? null : MONTHS.found(t, lower);
      if (mo != null) {
        int months =
            Numbers.parse(mo.group(1) != null ? mo.group(1) : mo.group(2))
                .orElse(law.s444Section1AMaxMonths());
        if (months != law.s444Section1AMaxMonths()) {
          out.report(
              s.at(mo.start()),
              "this text gives "
                  + months
                  + " months in prison; the maximum, for the aggravated offence"
                  + " only, is "
                  + law.s444Section1AMaxMonths()
                  + " months",
              Hints.stateBothOffences(both));
        } else if (!aggravated) {
          out.report(
              s.at(mo.start()),
              "this text gives prison as the court penalty without saying it is only for the"
                  + " aggravated offence, when a parent knew of the absence",
              Hints.stateBothOffences(both));
        }
      }
    }
  }
}
