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

/**
 * Flags template placeholders left in any field or prose: "XXX", "TBC", "[insert ...]", "&lt;named
 * school person&gt;", "headteacher/principal", "delete if not applicable".
 */
public final class PlaceholderText implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT060",
          Severity.ERROR,
          "Template placeholder left in the text",
          Links.GUIDANCE,
          List.of("3.2"));

  // keep-sorted start
  private static final List<Pattern> PLACEHOLDERS =
      List.of(
          Pattern.compile("<[A-Za-z][A-Za-z .'/-]{2,60}>"),
          Pattern.compile("\\[\\s*insert[^\\]]*\\]?", Pattern.CASE_INSENSITIVE),
          Pattern.compile("\\b(TBC|TBA|TBD)\\b"),
          Pattern.compile("\\bX{3,}\\b", Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "delete (if|as|where) (not )?(applicable|appropriate)", Pattern.CASE_INSENSITIVE),
          Pattern.compile("head\\s*teacher\\s*/\\s*principal", Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "Error!\\s+(?:Bookmark\\s+not\\s+defined|Reference\\s+source\\s+not\\s+found)\\.?"));

  // keep-sorted end

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    for (SchoolText.Entry e : SchoolText.of(school.model())) {
      for (Pattern p : PLACEHOLDERS) {
        Matcher m = p.matcher(e.text());
        if (m.find()) {
          out.report(
              school.source().at(e.pointer(), e.text(), m.start()),
              "the text still contains the template placeholder \"" + m.group().strip() + "\"",
              Hints.replacePlaceholderText());
          break;
        }
      }
    }
  }
}
