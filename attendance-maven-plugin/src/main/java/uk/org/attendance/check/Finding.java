package uk.org.attendance.check;

import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Severity;

/**
 * A diagnostic in a report: which school it concerns, and whether the school has accepted it.
 * Suppressed findings stay in every report, marked, and do not fail the build.
 *
 * @param school the school's id, or null for a file that did not load
 * @param diagnostic the finding
 * @param suppressedBecause the school's written reason, or null if not suppressed
 */
public record Finding(String school, Diagnostic diagnostic, String suppressedBecause)
    implements Comparable<Finding> {

  /** Whether the school has accepted this finding. */
  public boolean suppressed() {
    return suppressedBecause != null;
  }

  /** Whether it counts against the build, given whether warnings do. */
  public boolean fails(boolean failOnWarning) {
    if (suppressed()) {
      return false;
    }
    return diagnostic.severity() == Severity.ERROR
        || (failOnWarning && diagnostic.severity() == Severity.WARNING);
  }

  /**
   * The finding in the compiler format; a suppressed one on one line, labelled "suppressed" rather
   * than with its severity, with the school's reason.
   */
  public String format(java.nio.file.Path base) {
    if (!suppressed()) {
      return diagnostic.format(base);
    }
    Diagnostic d = diagnostic;
    String where =
        Diagnostic.displayPath(d.at().file(), base)
            + (d.at().line() > 0
                ? ":" + d.at().line() + (d.at().column() > 0 ? ":" + d.at().column() : "")
                : "");
    return where
        + ": suppressed: "
        + d.message()
        + " ["
        + d.ruleId()
        + "] ("
        + suppressedBecause
        + ")";
  }

  @Override
  public int compareTo(Finding o) {
    return diagnostic.compareTo(o.diagnostic);
  }
}
