package uk.org.attendance.check.rules;

import java.util.List;
import java.util.regex.Pattern;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.SchoolText;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.FormerRules;
import uk.org.attendance.text.Formats;
import uk.org.attendance.text.Screened;

/** Flags text that offers up to 10 days' holiday at the head's discretion (removed in 2013). */
public final class HolidayDiscretion implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT043",
          Severity.ERROR,
          "Offers the term-time holiday discretion that ended in "
              + FormerRules.HOLIDAY_DISCRETION_ENDED,
          Links.REGULATIONS,
          List.of("R-LOA-02"));

  private static final Screened OFFER =
      Screened.of(
              "(authori[sz]e|grant|allow)\\w*\\s+(up\\s+to\\s+)?("
                  + FormerRules.HOLIDAY_DISCRETION_DAYS
                  + "|"
                  + Formats.words(FormerRules.HOLIDAY_DISCRETION_DAYS)
                  + ")\\s+(school\\s+)?days",
              Pattern.CASE_INSENSITIVE,
              "authori",
              "grant",
              "allow")
          .and("day");
  private static final Pattern NEGATED =
      Pattern.compile("\\b(no|not|cannot|any)\\b[^.]*$", Pattern.CASE_INSENSITIVE);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    for (SchoolText.Entry e : SchoolText.of(school.model())) {
      if (!OFFER.mayMatch(e.text(), e.lower())) {
        continue;
      }
      var m = OFFER.pattern().matcher(e.text());
      while (m.find()) {
        String before = e.text().substring(Math.max(0, m.start() - 80), m.start());
        if (!NEGATED.matcher(before).find()) {
          out.report(
              school.source().at(e.pointer(), e.text(), m.start()),
              "the text offers up to "
                  + FormerRules.HOLIDAY_DISCRETION_DAYS
                  + " days of term-time leave; there has"
                  + " been no such discretion since "
                  + FormerRules.HOLIDAY_DISCRETION_ENDED,
              Hints.regulation11Grounds());
        }
      }
    }
  }
}
