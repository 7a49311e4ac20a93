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
import uk.org.attendance.text.Screened;

/** Flags "leisure or education" where the guidance says "leisure and recreation". */
public final class LeisureOrEducation implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT041",
          Severity.ERROR,
          "\"Leisure or education\" where the guidance says \"leisure and recreation\"",
          Links.GUIDANCE,
          List.of("R-LOA-04"));

  private static final Screened WRONG =
      Screened.of("leisure\\s+(or|and)\\s+education", Pattern.CASE_INSENSITIVE, "leisure");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    for (SchoolText.Entry e : SchoolText.of(school.model())) {
      java.util.regex.Matcher m = WRONG.found(e.text(), e.lower());
      if (m != null) {
        out.report(
            school.source().at(e.pointer(), e.text(), m.start()),
            "the text says \"leisure or education\"; the guidance says absence for \"leisure and recreation\""
                + " is not exceptional (education is not the point)",
            Hints.leisureAndRecreation());
      }
    }
  }
}
