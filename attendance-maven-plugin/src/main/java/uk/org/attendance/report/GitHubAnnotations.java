package uk.org.attendance.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.org.attendance.check.Finding;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Severity;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}), capped as GitHub
 * caps them: 10 errors and 10 warnings per step. The rest are in the SARIF and the log.
 */
public final class GitHubAnnotations {

  /** GitHub shows at most this many annotations of each level per step. */
  public static final int PER_LEVEL = 10;

  private GitHubAnnotations() {}

  /**
   * @param findings every finding (suppressed ones are left out)
   * @param base paths relative to the repository root
   * @return the lines to print on standard output
   */
  public static List<String> lines(List<Finding> findings, Path base) {
    List<String> out = new ArrayList<>();
    int errors = 0;
    int warnings = 0;
    int left = 0;
    for (Finding f : findings) {
      if (f.suppressed()) {
        continue;
      }
      Diagnostic d = f.diagnostic();
      boolean error = d.severity() == Severity.ERROR;
      if ((error && errors >= PER_LEVEL) || (!error && warnings >= PER_LEVEL)) {
        left++;
        continue;
      }
      if (error) {
        errors++;
      } else {
        warnings++;
      }
      StringBuilder b = new StringBuilder("::").append(error ? "error" : "warning");
      b.append(" file=").append(property(Diagnostic.displayPath(d.at().file(), base)));
      if (d.at().line() > 0) {
        b.append(",line=").append(d.at().line());
        if (d.at().column() > 0) {
          b.append(",col=").append(d.at().column());
        }
      }
      b.append(",title=").append(property(d.ruleId()));
      b.append("::").append(data(d.message() + (d.hint() == null ? "" : "\nhint: " + d.hint())));
      out.add(b.toString());
    }
    if (left > 0) {
      out.add(
          "::notice title=attendance::"
              + left
              + " more findings are in the build log and the SARIF report");
    }
    return out;
  }

  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
