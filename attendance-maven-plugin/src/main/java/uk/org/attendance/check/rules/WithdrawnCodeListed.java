package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.WithdrawnCode;

/** Flags a code withdrawn on or before 19 August 2024 (H, F, J, a bare Y) listed as usable. */
public final class WithdrawnCodeListed implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT002",
          Severity.ERROR,
          "Code was withdrawn and must not be used",
          Links.REGULATIONS,
          List.of("R-ABS-03"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    for (int i = 0; i < school.model().codes().size(); i++) {
      String code = school.model().codes().get(i).code();
      int row = i;
      WithdrawnCode.find(code)
          .ifPresent(
              w ->
                  out.report(
                      school.at("/codes/" + row + "/code"),
                      "'" + w.code() + "' (" + w.oldMeaning() + ") is no longer a valid code",
                      Hints.removeIt(w.replacement())));
    }
  }
}
