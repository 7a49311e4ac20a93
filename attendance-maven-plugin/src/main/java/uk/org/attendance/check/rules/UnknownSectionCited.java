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
import uk.org.attendance.text.Screened;

/**
 * Flags a section of the Education Act 1996 cited for attendance that does not exist for it, e.g.
 * "44".
 */
public final class UnknownSectionCited implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT015",
          Severity.ERROR,
          "Cited section of the Education Act 1996 is wrong",
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
    List<String> known = context.rules().prosecution().sections();
    List<String> cited = pn.prosecution().sectionsCited();
    for (int i = 0; i < cited.size(); i++) {
      String s = cited.get(i).replace(" ", "").replaceFirst("^(?i)(section|s\\.?)", "");
      if (!known.contains(s)) {
        out.report(
            school.at("/penaltyNotices/prosecution/sectionsCited/" + i),
            "section " + cited.get(i) + " of the Education Act 1996 is not an attendance offence",
            Hints.theOffencesAre());
      }
    }
  }

  private static final Screened CITATION =
      Screened.of(
          "\\b(?:sections?|ss?\\.?)\\s*(\\d{1,3}[A-Z]{0,2}(?:\\s?\\(\\s?\\d{1,2}[A-Z]?\\s?\\))?)"
              + "((?:\\s*(?:,|or|and|and/or)\\s*\\d{1,3}[A-Z]{0,2}(?:\\s?\\(\\s?\\d{1,2}[A-Z]?\\s?\\))?)*)"
              + "(?=\\s*(?:of\\s+(?:the\\s+)?)?(?:Education\\s+Act\\s+1996|EA\\s?1996|1996\\s+Act))",
          Pattern.CASE_INSENSITIVE,
          "1996");
  private static final Pattern MORE =
      Pattern.compile(
          "\\d{1,3}[A-Z]{0,2}(?:\\s?\\(\\s?\\d{1,2}[A-Z]?\\s?\\))?", Pattern.CASE_INSENSITIVE);

  /**
   * Sections of the Education Act 1996 cited in words ("Section 44 or 444(1A) of the Education Act
   * 1996").
   */
  private static void checkText(ResolvedSchool school, CheckContext context, Reporter out) {
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      if (!CITATION.mayMatch(s.text(), s.lower())) {
        continue;
      }
      Matcher m = CITATION.pattern().matcher(s.text());
      while (m.find()) {
        java.util.List<int[]> cited = new java.util.ArrayList<>();
        cited.add(new int[] {m.start(1), m.end(1)});
        Matcher more = MORE.matcher(s.text()).region(m.start(2), m.end(2));
        while (more.find()) {
          cited.add(new int[] {more.start(), more.end()});
        }
        for (int[] c : cited) {
          String section = s.text().substring(c[0], c[1]).replace(" ", "");
          if (!context.rules().prosecution().isAttendanceSection(section)) {
            out.report(
                s.at(c[0]),
                "section "
                    + section
                    + " of the Education Act 1996 is not an attendance offence or duty",
                Hints.theOffencesAndNotices());
          }
        }
      }
    }
  }
}
