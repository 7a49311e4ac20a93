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
import uk.org.attendance.reference.Rulebook;
import uk.org.attendance.text.Numbers;
import uk.org.attendance.text.Screened;

/**
 * Flags returns to the local authority described wrongly: the attendance return counts a continuous
 * period of 10 school days of unauthorised absence (not days added up), the sickness return 15
 * school days, and a new pupil is notified within 5 days.
 */
public final class LaReturnMisdescribed implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT083",
          Severity.ERROR,
          "Return to the local authority described wrongly",
          Links.REGULATIONS,
          List.of("R-LA-01", "R-LA-03", "R-LA-04"));

  private static final Screened LA =
      Screened.of(
          "local\\s+authorit|\\bLA\\b|council",
          Pattern.CASE_INSENSITIVE,
          "authorit",
          "la",
          "council");
  private static final Screened TELL =
      Screened.of(
          "\\b(?:inform|notif|tell|return|submit|report|refer)\\w*",
          Pattern.CASE_INSENSITIVE,
          "inform",
          "notif",
          "tell",
          "return",
          "submit",
          "report",
          "refer");
  private static final Screened DAYS =
      Screened.of(
          "(" + Numbers.NUMBER + ")(?:\\s+or\\s+more)?\\s+(?:\\*+)?(?:school\\s+)?days?\\b",
          Pattern.CASE_INSENSITIVE,
          "day");
  private static final Pattern ADDED_UP =
      Pattern.compile(
          "\\b(?:irregular(?:ly)?|cumulative(?:ly)?|in\\s+total|added\\s+(?:up|together)|either\\s+consecutive(?:ly)?\\s+or|not\\s+necessarily\\s+consecutive)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Screened SICKNESS =
      Screened.of(
          "sickness\\s+return|(?:due\\s+to|because\\s+of|through)\\s+(?:medical\\s+reasons|illness|sickness)",
          Pattern.CASE_INSENSITIVE,
          "sickness",
          "medical",
          "illness");
  private static final Screened NEW_PUPIL =
      Screened.of(
          "new\\s+(?:entry|entries|pupils?)|adding\\s+a\\s+pupil|added\\s+to\\s+(?:the\\s+)?admission",
          Pattern.CASE_INSENSITIVE,
          "new",
          "adding",
          "added");
  private static final Pattern WITHIN =
      Pattern.compile(
          "within\\s+(?:\\*+)?(" + Numbers.NUMBER + ")(?:\\*+)?\\s+(?:school\\s+)?days?",
          Pattern.CASE_INSENSITIVE);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    Rulebook.Returns law = context.rules().returns();
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      String t = s.text();
      String lower = s.lower();
      // The verbs' words are looked for first: "la" is in most sentences.
      if (!TELL.mayMatch(t, lower) || !LA.find(t, lower) || !TELL.find(t, lower)) {
        continue;
      }
      boolean sickness = SICKNESS.find(t, lower);
      Matcher d = DAYS.pattern().matcher(t);
      while (DAYS.mayMatch(t, lower) && d.find()) {
        int n = Numbers.parse(d.group(1)).orElse(0);
        Matcher added = ADDED_UP.matcher(t);
        if (!sickness
            && n == law.continuousUnauthorisedDays()
            && lower.contains("absen")
            && added.find()
            && !Phrases.deniedBefore(t, added.start())) {
          out.report(
              s.at(added.start()),
              "this text says the local authority is told of "
                  + n
                  + " days of absence \""
                  + added.group()
                  + "\"; the attendance return counts a continuous period of "
                  + law.continuousUnauthorisedDays()
                  + " school days of unauthorised absence",
              Hints.writeQuoted(
                  "a continuous period of " + law.continuousUnauthorisedDays() + " school days"));
        }
        if (sickness && lower.contains("return") && n != law.illnessDays() && n > 1) {
          out.report(
              s.at(d.start()),
              "this text gives the sickness return at "
                  + n
                  + " days; it is for a pupil expected to miss "
                  + law.illnessDays()
                  + " school days through illness",
              Hints.write(law.illnessDays() + " school days"));
        }
      }
      if (NEW_PUPIL.find(t, lower)) {
        Matcher w = WITHIN.matcher(t);
        if (w.find()) {
          int n = Numbers.parse(w.group(1)).orElse(law.newPupilDays());
          if (n != law.newPupilDays()) {
            out.report(
                s.at(w.start()),
                "this text gives "
                    + n
                    + " days to tell the local authority of a new pupil; the return"
                    + " is due within "
                    + law.newPupilDays()
                    + " days",
                Hints.write(law.newPupilDays() + " days"));
          }
        }
      }
    }
  }
}
