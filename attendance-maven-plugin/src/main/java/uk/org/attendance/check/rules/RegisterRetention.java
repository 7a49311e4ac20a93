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
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.text.Numbers;
import uk.org.attendance.text.Screened;

/** Flags register entries kept for other than 6 years (3 years was the old rule). */
public final class RegisterRetention implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT027",
          Severity.ERROR,
          "Register entries are not kept for {retentionYears} years",
          Links.REGULATIONS,
          List.of("R-REG-07"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    checkText(school, context, out);
    int years = context.rules().registers().retentionYears();
    if (school.model().registers() != null
        && school.model().registers().retentionYears() != null
        && school.model().registers().retentionYears() != years) {
      out.report(
          school.at("/registers/retentionYears"),
          "the policy keeps register entries for "
              + school.model().registers().retentionYears()
              + " years; since 19 August 2024 every entry is kept for "
              + years
              + " years",
          Hints.changeTo(years));
    }
  }

  private static final Screened KEPT =
      Screened.of(
          "\\b(?:kept|keep|retain\\w*|preserv\\w*|held|hold|stored?|archived?)\\b[^.;]{0,80}?\\bfor\\s+(?:at\\s+least\\s+|a\\s+minimum\\s+of\\s+)?\\**("
              + Numbers.NUMBER
              + ")\\**\\s+years?",
          Pattern.CASE_INSENSITIVE,
          "year");

  /** A sentence about registers, read in lower case. */
  private static final Pattern REGISTERS =
      Pattern.compile(".*\\b(register|registers|entry|entries)\\b.*");

  /** How long register entries are kept, stated in words. */
  private static void checkText(ResolvedSchool school, CheckContext context, Reporter out) {
    int years = context.rules().registers().retentionYears();
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      String t = s.text();
      // Only a number of years is reported: that word first.
      if (!KEPT.mayMatch(t, s.lower()) || !REGISTERS.matcher(s.lower()).matches()) {
        continue;
      }
      Matcher m = KEPT.pattern().matcher(t);
      while (m.find()) {
        int n = Numbers.parse(m.group(1)).orElse(years);
        if (n != years
            && !Phrases.deniedBefore(t, m.start())
            && !Phrases.PAST.matcher(t.substring(0, m.start())).find()) {
          out.report(
              s.at(m.start()),
              "this text keeps register entries for "
                  + n
                  + " years; since 19 August 2024 every entry is"
                  + " kept for "
                  + years
                  + " years from the date it was made",
              Hints.write(years + " years"));
        }
      }
    }
  }
}
