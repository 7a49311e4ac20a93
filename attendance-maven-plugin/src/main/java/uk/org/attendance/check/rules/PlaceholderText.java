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
  private static final List<Screened> PLACEHOLDERS =
      List.of(
          Screened.of("<[A-Za-z][A-Za-z .'/-]{2,60}>", 0, "<"),
          Screened.of("\\[\\s*insert[^\\]]*\\]?", Pattern.CASE_INSENSITIVE, "insert"),
          Screened.of("\\b(TBC|TBA|TBD)\\b", 0, "TB"),
          Screened.of("\\bX{3,}\\b", Pattern.CASE_INSENSITIVE, "xxx"),
          Screened.of(
              "delete (if|as|where) (not )?(applicable|appropriate)",
              Pattern.CASE_INSENSITIVE,
              "delete"),
          Screened.of("head\\s*teacher\\s*/\\s*principal", Pattern.CASE_INSENSITIVE, "principal"),
          Screened.of(
              "Error!\\s+(?:Bookmark\\s+not\\s+defined|Reference\\s+source\\s+not\\s+found)\\.?",
              0,
              "Error!"));

  // keep-sorted end

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    for (SchoolText.Entry e : SchoolText.of(school.model())) {
      for (Screened p : PLACEHOLDERS) {
        Matcher m = p.found(e.text(), e.lower());
        if (m != null) {
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
