package uk.org.attendance.mojo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.CheckResult;
import uk.org.attendance.build.Shard;
import uk.org.attendance.check.Finding;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.files.AtomicFiles;
import uk.org.attendance.report.CheckReports;
import uk.org.attendance.report.GitHubAnnotations;
import uk.org.attendance.report.ReportMerger;

/**
 * Checks every school against the DfE 2024 rules and reports every finding: in the build log (the
 * compiler format), as SARIF 2.1.0 and JUnit XML under {@code target/attendance/check/}, and as
 * GitHub annotations when run in GitHub Actions. Fails the build on any unsuppressed error (and
 * warning, with {@code failOnWarning}).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractPolicyMojo {

  /** Where the SARIF and JUnit reports are written. */
  @Parameter(
      property = "attendance.checkReports",
      defaultValue = "${project.build.directory}/attendance/check")
  File outputDirectory;

  /**
   * Check only part K of N of the schools, written K/N (e.g. 2/4), to spread the work across CI
   * runners: a school is always in the same part, a federation's base and members together. {@code
   * attendance:merge-reports} joins the parts' reports into the reports of the whole estate. Empty:
   * every school.
   */
  @Parameter(property = "attendance.shard")
  String shard;

  /** Fail the build on warnings too. */
  @Parameter(property = "attendance.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /** Report formats to write: sarif, junit (the log is always written). */
  @Parameter(property = "attendance.reportFormats", defaultValue = "sarif,junit")
  List<String> reportFormats;

  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String pluginVersion;

  /** Where GitHub's variable is read from; a test replaces it. */
  Map<String, String> environment = System.getenv();

  @Override
  String goal() {
    return "check";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    LocalDate day = checkingDate();
    Path base = executionRoot();
    Shard part = shard(shard);
    CheckResult result = new AttendanceCompiler().check(schoolsDirectory.toPath(), day, part);
    List<Finding> reported = result.reported();
    print(reported, base);
    writeReports(result, reported, base, part);
    if ("true".equals(environment.get("GITHUB_ACTIONS"))) {
      GitHubAnnotations.lines(reported, base).forEach(System.out::println);
    }
    long errors = count(reported, Severity.ERROR);
    long warnings = count(reported, Severity.WARNING);
    long suppressed = reported.stream().filter(Finding::suppressed).count();
    getLog()
        .info(
            "Checked "
                + DiagnosticPrinter.plural(result.schools().size(), "school")
                + (part.all() ? "" : " (shard " + part + ")")
                + " against the DfE rules"
                + " on "
                + day
                + ": "
                + DiagnosticPrinter.plural(errors, "error")
                + ", "
                + DiagnosticPrinter.plural(warnings, "warning")
                + ", "
                + suppressed
                + " suppressed");
    long failing = reported.stream().filter(f -> f.fails(failOnWarning)).count();
    if (failing > 0 && allowDrafts) {
      long drafts =
          reported.stream()
              .filter(f -> f.fails(false))
              .map(Finding::school)
              .filter(java.util.Objects::nonNull)
              .distinct()
              .count();
      getLog()
          .warn(
              DiagnosticPrinter.plural(failing, failOnWarning ? "finding" : "error")
                  + " in the school policies: "
                  + DiagnosticPrinter.plural(drafts, "policy is a draft", "policies are drafts")
                  + ", not ready to publish. The build goes on only because allowDrafts is set; a trust's CI should leave it off.");
      return;
    }
    if (failing > 0) {
      throw new MojoFailureException(
          DiagnosticPrinter.plural(failing, failOnWarning ? "finding" : "error")
              + " in the school policies (listed above). Fix each at the file, line and column given,"
              + " or, if the school accepts it, add a suppression with its reason.");
    }
  }

  private void print(List<Finding> findings, Path base) {
    for (Finding f : findings) {
      if (f.suppressed()) {
        // One line, and no "error:" in it, so problem matchers do not count it.
        getLog().info(f.format(base));
        continue;
      }
      for (String line : f.diagnostic().format(base).split("\\R")) {
        if (f.diagnostic().severity() == Severity.ERROR) {
          getLog().error(line);
        } else if (f.diagnostic().severity() == Severity.WARNING) {
          getLog().warn(line);
        } else {
          getLog().info(line);
        }
      }
    }
  }

  private void writeReports(CheckResult result, List<Finding> reported, Path base, Shard part)
      throws MojoExecutionException {
    Path out = outputDirectory.toPath();
    List<String> formats =
        reportFormats.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    try {
      // The folder holds this run's reports only: one left by an earlier run (of another shard, or
      // of a school since removed) would be merged as this run's. The JUnit files this run writes
      // over are left to be replaced; the others are deleted.
      ReportMerger.clearCheckReports(out, false);
      if (!part.all()) {
        AtomicFiles.write(out.resolve(ReportMerger.SHARD_FILE), part + "\n");
      }
      if (formats.contains("sarif")) {
        CheckReports.sarif(
            out, reported, result.rules(), base, pluginVersion == null ? "dev" : pluginVersion);
      }
      if (formats.contains("junit")) {
        CheckReports.junit(
            out,
            CheckReports.suites(result.schools(), result.findings(), base),
            result.rules(),
            base,
            failOnWarning);
      }
      for (String f : formats) {
        if (!f.equals("sarif") && !f.equals("junit")) {
          getLog().warn("unknown report format '" + f + "' ignored: use sarif or junit");
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "could not write the reports to " + out + ": " + e.getMessage(), e);
    }
  }

  private static long count(List<Finding> reported, Severity s) {
    return reported.stream().filter(f -> !f.suppressed() && f.diagnostic().severity() == s).count();
  }
}
