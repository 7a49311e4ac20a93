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
import uk.org.attendance.model.Thresholds;
import uk.org.attendance.text.Screened;

/**
 * Flags persistent or severe absence defined other than nationally (R-ABS-01, R-ABS-02), and warns
 * on "below 90%" wording, which leaves out pupils at exactly the persistent-absence line.
 */
public final class AbsenceDefinitionMismatch implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT070",
          Severity.ERROR,
          "Persistent or severe absence defined differently from the national definition",
          Links.GUIDANCE,
          List.of("R-ABS-01", "R-ABS-02", "R-ABS-04"));

  private static final PerRuleSet<Screened> BELOW =
      new PerRuleSet<>(r -> below(fmt(100 - r.absence().persistentPercent())));

  /**
   * "persistently absent ... below 90%", where 90 is the attendance at the rule set's persistent
   * line.
   */
  private static Screened below(String attendance) {
    return Screened.of(
        "persistent(ly)?\\s+absen\\w*[^.]{0,80}below\\s+" + Pattern.quote(attendance) + "\\s*%",
        Pattern.CASE_INSENSITIVE,
        "persistent");
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    Thresholds t = school.model().thresholds();
    double pa = context.rules().absence().persistentPercent();
    double sa = context.rules().absence().severePercent();
    if (t != null && t.persistentAbsence() != null && t.persistentAbsence() != pa) {
      out.report(
          school.at("/thresholds/persistentAbsence"),
          "the policy defines persistent absence as missing "
              + fmt(t.persistentAbsence())
              + "% of sessions;"
              + " nationally it is "
              + fmt(pa)
              + "% or more",
          Hints.changeTo(fmt(pa)));
    }
    if (t != null && t.severeAbsence() != null && t.severeAbsence() != sa) {
      out.report(
          school.at("/thresholds/severeAbsence"),
          "the policy defines severe absence as missing "
              + fmt(t.severeAbsence())
              + "% of sessions;"
              + " nationally it is "
              + fmt(sa)
              + "% or more",
          Hints.changeTo(fmt(sa)));
    }
    String attendance = fmt(100 - pa);
    Screened below = BELOW.of(context.rules());
    for (SchoolText.Entry e : SchoolText.of(school.model())) {
      java.util.regex.Matcher m = below.found(e.text(), e.lower());
      if (m != null) {
        out.warn(
            school.source().at(e.pointer(), e.text(), m.start()),
            "the text calls attendance \"below "
                + attendance
                + "%\" persistent absence; a pupil at exactly "
                + attendance
                + "% is persistently absent too",
            Hints.writeQuoted(attendance + "% or below"));
      }
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
