package uk.org.attendance.mojo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import uk.org.attendance.report.GitHubAnnotations;
import uk.org.attendance.report.JUnitWriter;
import uk.org.attendance.report.ReportMerger;
import uk.org.attendance.report.SarifWriter;

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
    print(result.reported(), base);
    writeReports(result, base, part);
    if ("true".equals(environment.get("GITHUB_ACTIONS"))) {
      GitHubAnnotations.lines(result.reported(), base).forEach(System.out::println);
    }
    long errors = count(result, Severity.ERROR);
    long warnings = count(result, Severity.WARNING);
    long suppressed = result.reported().stream().filter(Finding::suppressed).count();
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
    int failing = result.failing(failOnWarning).size();
    if (failing > 0 && allowDrafts) {
      long drafts =
          result.failing(false).stream()
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

  private void writeReports(CheckResult result, Path base, Shard part)
      throws MojoExecutionException {
    Path out = outputDirectory.toPath();
    List<String> formats =
        reportFormats.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    try {
      // The folder holds this run's reports only: one left by an earlier run (of another shard, or
      // of a school since removed) would be merged as this run's.
      ReportMerger.clearCheckReports(out, formats.contains("junit"));
      if (!part.all()) {
        AtomicFiles.write(out.resolve(ReportMerger.SHARD_FILE), part + "\n");
      }
      if (formats.contains("sarif")) {
        AtomicFiles.write(
            out.resolve("attendance.sarif"),
            SarifWriter.write(
                result.reported(),
                result.rules(),
                base,
                pluginVersion == null ? "dev" : pluginVersion));
      }
      if (formats.contains("junit")) {
        Map<String, List<Finding>> suites = new LinkedHashMap<>();
        result.schools().forEach(id -> suites.put(id, new java.util.ArrayList<>()));
        for (Finding f : result.findings()) {
          String key =
              f.school() != null
                  ? f.school()
                  : "file-"
                      + uk.org.attendance.diagnostic.Diagnostic.displayPath(
                              f.diagnostic().at().file(), base)
                          .replaceAll("[^A-Za-z0-9.-]", "_");
          suites.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : suites.entrySet()) {
          AtomicFiles.write(
              out.resolve("TEST-attendance-" + e.getKey() + ".xml"),
              JUnitWriter.suite(
                  "attendance." + e.getKey(), e.getValue(), result.rules(), base, failOnWarning));
        }
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

  private static long count(CheckResult result, Severity s) {
    return result.reported().stream()
        .filter(f -> !f.suppressed() && f.diagnostic().severity() == s)
        .count();
  }
}
