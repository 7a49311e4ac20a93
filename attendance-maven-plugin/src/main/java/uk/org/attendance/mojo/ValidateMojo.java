package uk.org.attendance.mojo;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.load.SchoolLoader;

/**
 * Loads every school model and checks it against the schema: YAML syntax, unknown keys, types,
 * required values, times, dates, emails and trust inheritance. Fails the build on any error, after
 * listing every one.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractAttendanceMojo {

  @Override
  String goal() {
    return "validate";
  }

  @Override
  void run() throws MojoFailureException {
    SchoolLoader.Result result = new AttendanceCompiler().validate(schoolsDirectory.toPath());
    Path base = executionRoot();
    long errors = DiagnosticPrinter.print(result.diagnostics(), base, getLog());
    if (errors > 0) {
      throw new MojoFailureException(
          DiagnosticPrinter.plural(errors, "error")
              + " in the school models (listed above):"
              + " fix each at the file, line and column given");
    }
    getLog()
        .info(
            "Validated "
                + DiagnosticPrinter.plural(result.schools().size(), "school")
                + " from "
                + DiagnosticPrinter.plural(result.files().size(), "file")
                + " in "
                + uk.org.attendance.diagnostic.Diagnostic.displayPath(
                    schoolsDirectory.toPath(), base));
  }
}
