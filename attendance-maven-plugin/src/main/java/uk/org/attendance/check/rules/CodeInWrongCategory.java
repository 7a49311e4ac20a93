package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.CodeEntry;
import uk.org.attendance.model.CodeEntry.CodeCategory;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.AttendanceCode;
import uk.org.attendance.reference.CodeGroup;
import uk.org.attendance.reference.Treatment;

/**
 * Flags a code listed under a heading that contradicts how it counts nationally, e.g. D, Q, X or Y1
 * to Y7 as authorised absence, or Z and # as unauthorised absence.
 */
public final class CodeInWrongCategory implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT003",
          Severity.ERROR,
          "Code is listed under the wrong heading",
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
      if (entry.category() == null) {
        continue;
      }
      int row = i;
      AttendanceCode.find(entry.code())
          .ifPresent(
              code -> {
                if (!fits(code, entry.category())) {
                  out.report(
                      school.at("/codes/" + row + "/category"),
                      "'"
                          + code.code()
                          + "' is listed as "
                          + label(entry.category())
                          + ", but nationally it is "
                          + describe(code),
                      Hints.listCodeUnder(code.code(), label(expected(code))));
                }
              });
    }
  }

  static boolean fits(AttendanceCode code, CodeCategory category) {
    switch (category) {
      case PRESENT:
        return code.treatment() == Treatment.ATTENDANCE;
      case APPROVED_EDUCATIONAL_ACTIVITY:
        return code.group() == CodeGroup.ATTENDING_ELSEWHERE;
      case AUTHORISED_ABSENCE:
        return code.treatment() == Treatment.AUTHORISED_ABSENCE;
      case UNAUTHORISED_ABSENCE:
        return code.treatment() == Treatment.UNAUTHORISED_ABSENCE;
      case UNABLE_TO_ATTEND:
        return code.group() == CodeGroup.UNABLE_TO_ATTEND;
      case NOT_COUNTED:
        return code.treatment() == Treatment.NOT_COUNTED;
      case ADMINISTRATIVE:
        return code.group() == CodeGroup.ADMINISTRATIVE;
      default:
        return false;
    }
  }

  static CodeCategory expected(AttendanceCode code) {
    switch (code.group()) {
      case PRESENT:
        return CodeCategory.PRESENT;
      case ATTENDING_ELSEWHERE:
        return code.treatment() == Treatment.NOT_COUNTED
            ? CodeCategory.NOT_COUNTED
            : CodeCategory.APPROVED_EDUCATIONAL_ACTIVITY;
      case UNABLE_TO_ATTEND:
        return CodeCategory.UNABLE_TO_ATTEND;
      case ADMINISTRATIVE:
        return CodeCategory.ADMINISTRATIVE;
      case UNAUTHORISED:
        return CodeCategory.UNAUTHORISED_ABSENCE;
      default:
        return code.treatment() == Treatment.NOT_COUNTED
            ? CodeCategory.NOT_COUNTED
            : CodeCategory.AUTHORISED_ABSENCE;
    }
  }

  private static String describe(AttendanceCode code) {
    String counting;
    switch (code.treatment()) {
      case ATTENDANCE:
        counting = "counted as attendance";
        break;
      case AUTHORISED_ABSENCE:
        counting = "an authorised absence";
        break;
      case UNAUTHORISED_ABSENCE:
        counting = "an unauthorised absence";
        break;
      default:
        counting = "not counted as a possible session";
    }
    return counting + " (" + code.group().label() + ")";
  }

  static String label(CodeCategory c) {
    return "'" + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "'";
  }
}
