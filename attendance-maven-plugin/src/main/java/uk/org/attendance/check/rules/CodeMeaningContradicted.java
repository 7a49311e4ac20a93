package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.CodeEntry;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.AttendanceCode;

/** Flags a code whose published meaning contradicts the national one, e.g. Y7 as "avoidable". */
public final class CodeMeaningContradicted implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT004",
          Severity.ERROR,
          "Code meaning contradicts the national meaning",
          Links.REGULATIONS,
          List.of("R-ABS-03"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    List<CodeEntry> codes = school.model().codes();
    for (int i = 0; i < codes.size(); i++) {
      CodeEntry entry = codes.get(i);
      int row = i;
      AttendanceCode.find(entry.code())
          .ifPresent(
              code ->
                  code.contradictedBy(entry.meaning())
                      .ifPresent(
                          reason ->
                              out.report(
                                  school.at("/codes/" + row + "/meaning"),
                                  "the meaning given for '"
                                      + code.code()
                                      + "' contradicts the national one: "
                                      + reason,
                                  Hints.useNationalWording(code.meaning()))));
    }
  }
}
