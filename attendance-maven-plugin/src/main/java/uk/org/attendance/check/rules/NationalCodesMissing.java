package uk.org.attendance.check.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.CodeEntry;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.AttendanceCode;

/** Warns when a school publishes a code table that leaves out national codes. */
public final class NationalCodesMissing implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT005",
          Severity.WARNING,
          "Published code table leaves out national codes",
          Links.REGULATIONS,
          List.of("R-ABS-03"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    List<CodeEntry> codes = school.model().codes();
    if (codes.isEmpty()) {
      return; // no table published: the policy prints the national table
    }
    Set<AttendanceCode> listed =
        codes.stream()
            .map(c -> AttendanceCode.find(c.code()))
            .flatMap(java.util.Optional::stream)
            .collect(Collectors.toSet());
    String missing =
        AttendanceCode.all().stream()
            .filter(c -> !listed.contains(c))
            .map(AttendanceCode::code)
            .collect(Collectors.joining(" "));
    if (!missing.isEmpty()) {
      out.report(
          school.at("/codes"),
          "the code table leaves out national codes: " + missing,
          Hints.addCodesOrDelete());
    }
  }
}
