package uk.org.attendance.check.rules;

import java.util.List;
import java.util.stream.Collectors;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.CodeEntry;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.AttendanceCode;
import uk.org.attendance.reference.WithdrawnCode;

/** Flags a code in the school's table that is not a national attendance code. */
public final class UnknownCode implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT001",
          Severity.ERROR,
          "Code is not a national attendance code",
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
      String code = codes.get(i).code();
      if (AttendanceCode.find(code).isEmpty() && WithdrawnCode.find(code).isEmpty()) {
        out.report(
            school.at("/codes/" + i + "/code"),
            "'" + code + "' is not a national attendance code",
            Hints.theCodesAre(
                AttendanceCode.all().stream()
                    .map(AttendanceCode::code)
                    .collect(Collectors.joining(" "))));
      }
    }
  }
}
