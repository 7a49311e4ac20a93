package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.text.Times;

/**
 * Flags text that gives a register-closing time the school's timings do not have: one session with
 * two closing times. Every phrasing counts ("registration closes: 9:00", "at 9.15 the registers
 * will be closed", "kept open until 9.00am", "before 9.15 am, when our register closes"), compared
 * with the same session and pupil group; the finding names both places.
 */
public final class ConflictingRegisterClose implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT020",
          Severity.ERROR,
          "Text gives a second register-closing time",
          Links.GUIDANCE,
          List.of("R-REG-02", "R-REG-03"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    StatedTimes.check(school, context, out, List.of(Times.Role.REGISTER_CLOSES));
  }
}
