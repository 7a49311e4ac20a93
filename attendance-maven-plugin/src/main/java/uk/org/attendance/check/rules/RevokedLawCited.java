package uk.org.attendance.check.rules;

import java.util.List;
import java.util.regex.Matcher;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.SchoolText;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.OutdatedLaw;

/**
 * Flags revoked or renamed law, bodies and terms stated as current: the Pupil Registration
 * Regulations 2006, the "local education authority", the Health Protection Agency, "fixed-term
 * exclusion" (a warning: only the wording is out of date). A sentence that says they were replaced
 * or used to apply is not flagged.
 */
public final class RevokedLawCited implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT080",
          Severity.ERROR,
          "Revoked or renamed law or body stated as current",
          Links.REGULATIONS,
          List.of("R-LA-01", "R-EXC-03"));

  /** "... Regulations 2006, which were revoked", "... 2006 have been replaced". */
  private static final java.util.regex.Pattern AFTER =
      java.util.regex.Pattern.compile(
          "\\s*\\)?\\s*,?\\s*(?:which\\s+)?(?:were|was|have\\s+been|has\\s+been|are\\s+no\\s+longer|is\\s+no\\s+longer|no\\s+longer|(?:are|is)\\s+now\\s+(?:called|known))\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      String t = s.text();
      for (OutdatedLaw law : OutdatedLaw.values()) {
        Matcher m = law.pattern().found(t, s.lower());
        if (m != null
            && !Phrases.deniedBefore(t, m.start())
            && !AFTER.matcher(t.substring(m.end())).lookingAt()
            && !law.namesSuccessor(t)) {
          String message = "this text cites \"" + m.group().strip() + "\" as current; " + law.why();
          if (law.styleOnly()) {
            out.warn(s.at(m.start()), message, law.instead());
          } else {
            out.report(s.at(m.start()), message, law.instead());
          }
        }
      }
    }
  }
}
