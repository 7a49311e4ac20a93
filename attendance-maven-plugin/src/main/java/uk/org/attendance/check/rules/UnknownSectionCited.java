package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.Severity;
import uk.org.attendance.model.PenaltyNotices;
import uk.org.attendance.model.ResolvedSchool;

/** Flags a section of the Education Act 1996 cited for attendance that does not exist for it, e.g. "44". */
public final class UnknownSectionCited implements Rule {
  static final RuleInfo INFO =
      new RuleInfo("ATT015", Severity.ERROR, "Cited section of the Education Act 1996 is wrong", Links.EDUCATION_ACT,
          List.of("R-LEG-01", "R-LEG-02"));

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
    List<String> known = context.rules().prosecution().sections();
    List<String> cited = pn.prosecution().sectionsCited();
    for (int i = 0; i < cited.size(); i++) {
      String s = cited.get(i).replace(" ", "").replaceFirst("^(?i)(section|s\\.?)", "");
      if (!known.contains(s)) {
        out.report(school.at("/penaltyNotices/prosecution/sectionsCited/" + i),
            "section " + cited.get(i) + " of the Education Act 1996 is not an attendance offence",
            "the offences are section 444(1) and the aggravated section 444(1A)");
      }
    }
  }
}
