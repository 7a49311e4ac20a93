package uk.org.attendance.check.rules;

import java.util.List;
import java.util.stream.Collectors;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.AttendanceCode;

/** Flags leave of absence the school says it may grant outside the regulation 11 grounds. */
public final class LeaveOutsideRegulation11 implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT040",
          Severity.ERROR,
          "Leave granted outside the regulation 11 grounds",
          Links.REGULATIONS,
          List.of("R-LOA-01", "R-LOA-05"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    if (school.model().leave() == null) {
      return;
    }
    List<AttendanceCode> grounds = context.rules().leaveGrounds();
    String allowed = grounds.stream().map(AttendanceCode::code).collect(Collectors.joining(", "));
    List<String> granted = school.model().leave().grantedFor();
    for (int i = 0; i < granted.size(); i++) {
      String code = granted.get(i);
      boolean ok = AttendanceCode.find(code).map(grounds::contains).orElse(false);
      if (!ok) {
        out.report(
            school.at("/leave/grantedFor/" + i),
            "leave of absence cannot be granted as '" + code + "'; the grounds are " + allowed,
            AttendanceCode.find(code)
                .map(
                    c ->
                        Hints.removeFromGrantedFor(
                            c.code(), c.group().label().toLowerCase(java.util.Locale.ROOT)))
                .orElse(Hints.removeFromGrantedFor(code, null)));
      }
    }
  }
}
