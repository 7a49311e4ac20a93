package uk.org.attendance.mojo;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Severity;

/** Prints findings to the Maven log in the compiler format, paths relative to where Maven ran. */
final class DiagnosticPrinter {

  private DiagnosticPrinter() {}

  /**
   * Prints each finding and a one-line total.
   *
   * @return the number of errors
   */
  static long print(List<Diagnostic> diagnostics, Path base, Log log) {
    for (Diagnostic d : diagnostics) {
      for (String line : d.format(base).split("\\R")) {
        if (d.severity() == Severity.ERROR) {
          log.error(line);
        } else if (d.severity() == Severity.WARNING) {
          log.warn(line);
        } else {
          log.info(line);
        }
      }
    }
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    if (errors + warnings > 0) {
      log.info(plural(errors, "error") + ", " + plural(warnings, "warning"));
    }
    return errors;
  }

  static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
