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
import uk.org.attendance.reference.CodeRole;
import uk.org.attendance.text.Screened;

/**
 * Flags a part-time timetable described as permanent, long-term or a way to manage behaviour: it
 * must be temporary, time-limited and reviewed with the parent (reg 11(6)).
 */
public final class PartTimeTimetableNotTemporary implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT045",
          Severity.ERROR,
          "Part-time timetable that is not temporary",
          Links.GUIDANCE,
          List.of("R-LOA-06"));

  private static final Screened TIMETABLE =
      Screened.of("(?:part[- ]time|reduced)\\s+timetables?", Pattern.CASE_INSENSITIVE, "timetable");
  private static final Pattern NOT_TEMPORARY =
      Pattern.compile(
          "\\b(?:permanent(?:ly)?|long[- ]term|indefinite(?:ly)?|open[- ]ended|for\\s+as\\s+long\\s+as)\\b|(?:manage|managing|sanction\\w*)\\s+(?:a\\s+pupil's\\s+|the\\s+pupil's\\s+|their\\s+)?behaviour",
          Pattern.CASE_INSENSITIVE);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      String t = s.text();
      if (!s.findWithLead(TIMETABLE)) {
        continue;
      }
      Matcher m = NOT_TEMPORARY.matcher(t);
      while (m.find()) {
        if (!Phrases.deniedBefore(t, m.start())
            && !t.toLowerCase(java.util.Locale.ROOT)
                .matches(".*\\b(should|must)\\s+(not|never)\\b.*")) {
          out.report(
              s.at(m.start()),
              "this text allows a part-time timetable that is \""
                  + m.group()
                  + "\"; a part-time timetable"
                  + " must be temporary, time-limited and regularly reviewed, and never used to manage behaviour",
              Hints.partTimeTemporary(context.rules().code(CodeRole.PART_TIME_TIMETABLE).code()));
          break;
        }
      }
    }
  }
}
