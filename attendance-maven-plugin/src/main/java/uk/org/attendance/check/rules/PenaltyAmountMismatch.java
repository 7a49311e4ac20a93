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
import uk.org.attendance.reference.Rulebook;
import uk.org.attendance.text.Numbers;

/**
 * Flags a penalty-notice amount or payment window that differs from the national framework: first
 * notice £80 within 21 days or £160 within 28; second notice a flat £160 within 28.
 */
public final class PenaltyAmountMismatch implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT010",
          Severity.ERROR,
          "Penalty-notice amount or payment window differs from the national framework",
          Links.PENALTIES,
          List.of("R-PN-04", "R-PN-05"));

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
    Rulebook.Penalties law = context.rules().penalties();
    if (pn.firstNotice() != null) {
      PenaltyNotices.FirstNotice f = pn.firstNotice();
      compare(
          school,
          out,
          "/penaltyNotices/firstNotice/reducedAmount",
          f.reducedAmount(),
          law.firstReducedAmount(),
          "a first notice is £%d if paid within %d days",
          law.firstReducedAmount(),
          law.firstReducedDays(),
          true);
      compare(
          school,
          out,
          "/penaltyNotices/firstNotice/reducedWithinDays",
          f.reducedWithinDays(),
          law.firstReducedDays(),
          "a first notice is £%d if paid within %d days",
          law.firstReducedAmount(),
          law.firstReducedDays(),
          false);
      compare(
          school,
          out,
          "/penaltyNotices/firstNotice/fullAmount",
          f.fullAmount(),
          law.firstFullAmount(),
          "a first notice is £%d if paid within %d days",
          law.firstFullAmount(),
          law.firstFullDays(),
          true);
      compare(
          school,
          out,
          "/penaltyNotices/firstNotice/fullWithinDays",
          f.fullWithinDays(),
          law.firstFullDays(),
          "a first notice is £%d if paid within %d days",
          law.firstFullAmount(),
          law.firstFullDays(),
          false);
    }
    if (pn.secondNotice() != null) {
      compare(
          school,
          out,
          "/penaltyNotices/secondNotice/amount",
          pn.secondNotice().amount(),
          law.secondAmount(),
          "a second notice is a flat £%d, paid within %d days",
          law.secondAmount(),
          law.secondDays(),
          true);
      compare(
          school,
          out,
          "/penaltyNotices/secondNotice/withinDays",
          pn.secondNotice().withinDays(),
          law.secondDays(),
          "a second notice is a flat £%d, paid within %d days",
          law.secondAmount(),
          law.secondDays(),
          false);
    }
  }

  private static void compare(
      ResolvedSchool school,
      Reporter out,
      String pointer,
      Integer stated,
      int national,
      String rule,
      int amount,
      int days,
      boolean money) {
    if (stated != null && stated != national) {
      out.report(
          school.at(pointer),
          "the policy says "
              + (money ? "£" + stated : stated + " days")
              + ", but nationally "
              + String.format(java.util.Locale.ROOT, rule, amount, days),
          Hints.changeTo(money ? "£" + national : national + " days"));
    }
  }

  private static final Pattern WITHIN =
      Pattern.compile(
          "\\bwithin\\s+(" + Numbers.NUMBER + ")\\s+(?:calendar\\s+)?days?\\b",
          Pattern.CASE_INSENSITIVE);

  /** Amounts and payment windows of penalty notices stated in words. */
  private static void checkText(ResolvedSchool school, CheckContext context, Reporter out) {
    Rulebook.Penalties law = context.rules().penalties();
    java.util.Set<Integer> amounts =
        new java.util.HashSet<>(
            List.of(law.firstReducedAmount(), law.firstFullAmount(), law.secondAmount()));
    String national =
        "a first notice is £"
            + law.firstReducedAmount()
            + " if paid within "
            + law.firstReducedDays()
            + " days or £"
            + law.firstFullAmount()
            + " within "
            + law.firstFullDays()
            + "; a second is a flat £"
            + law.secondAmount()
            + " within "
            + law.secondDays();
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      String t = s.text();
      // Every finding here is about an amount, and an amount starts with £.
      if (t.indexOf('£') < 0
          || !s.findWithContext(Phrases.PENALTY)
          || Phrases.COURT.find(t, s.lower())
          || Phrases.EXCLUSION.find(t, s.lower())) {
        continue;
      }
      Matcher m = Numbers.POUNDS.matcher(t);
      java.util.List<int[]> found = new java.util.ArrayList<>();
      while (m.find()) {
        int pounds = Numbers.pounds(m);
        found.add(new int[] {m.start(), m.end(), pounds});
        if (!amounts.contains(pounds) && !Phrases.deniedBefore(t, m.start())) {
          out.report(
              s.at(m.start()),
              "this text gives a penalty notice of £" + pounds + ", but nationally " + national,
              Hints.writeNationalAmounts(national));
        }
      }
      Matcher w = WITHIN.matcher(t);
      while (w.find()) {
        int[] amount = null;
        for (int[] f : found) {
          if (f[1] <= w.start() && w.start() - f[1] <= 60) {
            amount = f;
          }
        }
        int days = Numbers.parse(w.group(1)).orElse(-1);
        if (amount == null
            || t.substring(amount[1], w.start()).matches(".*\\b(between|after|from)\\b.*")) {
          continue;
        }
        boolean reduced = amount[2] == law.firstReducedAmount();
        int expected = reduced ? law.firstReducedDays() : law.firstFullDays();
        if ((amount[2] == law.firstReducedAmount() || amount[2] == law.firstFullAmount())
            && days != expected
            && !(amount[2] == law.secondAmount() && days == law.secondDays())) {
          out.report(
              s.at(w.start()),
              "this text says £"
                  + amount[2]
                  + " is paid within "
                  + days
                  + " days, but nationally "
                  + national,
              Hints.writeNationalAmounts(national));
        }
      }
    }
  }
}
