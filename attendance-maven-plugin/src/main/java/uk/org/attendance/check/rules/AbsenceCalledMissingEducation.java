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
import uk.org.attendance.text.Screened;

/**
 * Flags text that calls a registered pupil who is absent "missing from education": a child missing
 * education is one who is not registered at a school and not otherwise educated; an absent pupil is
 * "absent from education". A pupil who has left, or whose whereabouts are unknown, may rightly
 * become a child missing education, and is not flagged.
 */
public final class AbsenceCalledMissingEducation implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT082",
          Severity.ERROR,
          "An absent registered pupil is called \"missing education\"",
          Links.GUIDANCE,
          List.of("R-LA-07"));

  private static final Screened MISSING =
      Screened.of(
          "missing\\s+(?:from|in)?\\s*education|\\bCME\\b",
          Pattern.CASE_INSENSITIVE,
          "missing",
          "cme");
  private static final Pattern ABSENT =
      Pattern.compile(
          "\\b(?:absent|absence|absences|day\\s+of\\s+absence|has\\s+not\\s+attended|not\\s+been\\s+in\\s+school)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LEFT_OR_UNKNOWN =
      Pattern.compile(
          "\\b(?:leav\\w*|left|destination|new\\s+school|whereabouts|enquir\\w*|locate|not\\s+registered|not\\s+on\\s+(?:the\\s+)?roll|"
              + "remov\\w*\\s+from|delet\\w*|not\\s+(?:taken|take)\\s+up|agreed\\s+or\\s+notified\\s+date|warning\\s+sign)\\b",
          Pattern.CASE_INSENSITIVE);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      String t = s.text();
      Matcher m = MISSING.found(t, s.lower());
      if (m != null
          && ABSENT.matcher(t).find()
          && !LEFT_OR_UNKNOWN.matcher(t).find()
          && !Phrases.deniedBefore(t, m.start())) {
        out.report(
            s.at(m.start()),
            "this text calls an absent pupil \""
                + m.group()
                + "\"; a registered pupil who is absent"
                + " is not a child missing education, which means a child on no school's register",
            Hints.absentNotMissing());
      }
    }
  }
}
