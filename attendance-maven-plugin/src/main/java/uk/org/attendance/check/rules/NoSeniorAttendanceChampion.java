package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.Person;
import uk.org.attendance.model.ResolvedSchool;

/**
 * Flags a policy that does not name its senior attendance champion. Whether parents can reach them
 * (their email or phone, or the school office's number) is {@link UnreachableContact}.
 */
public final class NoSeniorAttendanceChampion implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT030",
          Severity.ERROR,
          "Senior attendance champion not named",
          Links.GUIDANCE,
          List.of("P2"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    Person sac =
        school.model().contacts() == null
            ? null
            : school.model().contacts().seniorAttendanceChampion();
    if (sac == null) {
      out.report(
          school.whereMissing("/contacts/seniorAttendanceChampion"),
          "the policy does not name the senior attendance champion (the senior leader responsible for attendance)",
          Hints.nameSeniorAttendanceChampion(context.document()));
    }
  }
}
