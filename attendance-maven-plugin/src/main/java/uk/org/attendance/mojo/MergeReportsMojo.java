package uk.org.attendance.mojo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.report.ReportMerger;

/**
 * Joins the check reports of every shard of a run ({@code -Dattendance.shard=K/N}) into the reports
 * of the whole estate: one SARIF log and every school's JUnit XML, the same, byte for byte, as one
 * unsharded check writes. Fails, as check does, on any unsuppressed error (and warning, with {@code
 * failOnWarning}), unless {@code allowDrafts}. Needs no project, so a bare CI job can run it; in a
 * project of several modules it runs once.
 */
@Mojo(name = "merge-reports", requiresProject = false, aggregator = true, threadSafe = true)
public class MergeReportsMojo extends AbstractMojo {

  /**
   * The shards' report folders, separated by commas: each a folder or a glob (e.g. {@code
   * reports/check-shard-*}), relative to where Maven runs; every folder at or below one that holds
   * check reports is a shard's.
   */
  @Parameter(property = "attendance.reports", required = true)
  List<String> reports;

  /**
   * Where the merged reports go; by default target/attendance/check in the project, or in the
   * folder Maven runs in.
   */
  @Parameter(property = "attendance.mergedReports")
  File outputDirectory;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  File buildDirectory;

  /** Fail on warnings too. */
  @Parameter(property = "attendance.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /** Report the errors without failing the build, as check does with the same setting. */
  @Parameter(property = "attendance.allowDrafts", defaultValue = "false")
  boolean allowDrafts;

  /** Skip this goal. */
  @Parameter(property = "attendance.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  /** Prints a finding of the merged log as check prints it. */
  private void print(ReportMerger.Reported f) {
    for (String line : f.text().split("\\R")) {
      switch (f.level()) {
        case "error" -> getLog().error(line);
        case "warning" -> getLog().warn(line);
        default -> getLog().info(line);
      }
    }
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("attendance:merge-reports skipped");
      return;
    }
    Path base = AbstractAttendanceMojo.executionRoot(session);
    if (outputDirectory == null) {
      // Without a pom, Maven's stand-in project leaves ${project.build.directory} unresolved.
      boolean real = buildDirectory != null && !buildDirectory.getPath().contains("${");
      outputDirectory =
          (real ? buildDirectory.toPath() : base.resolve("target"))
              .resolve("attendance")
              .resolve("check")
              .toFile();
    }
    Path out = base.resolve(outputDirectory.toPath()).normalize();
    ReportMerger.Merged merged;
    try {
      // Each finding is printed as the merged log is written: none is kept.
      merged = ReportMerger.merge(ReportMerger.folders(reports, base, out), out, this::print);
    } catch (ReportMerger.MergeException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "could not merge the reports into " + out + ": " + e.getMessage(), e);
    }
    getLog()
        .info(
            "Merged the reports of "
                + DiagnosticPrinter.plural(merged.folders().size(), "folder")
                + " ("
                + String.join(
                    ", ",
                    merged.folders().stream().map(p -> Diagnostic.displayPath(p, base)).toList())
                + ") into "
                + Diagnostic.displayPath(out, base)
                + ": "
                + DiagnosticPrinter.plural(merged.suites(), "JUnit suite")
                + ", "
                + DiagnosticPrinter.plural(merged.errors(), "error")
                + ", "
                + DiagnosticPrinter.plural(merged.warnings(), "warning")
                + ", "
                + merged.suppressed()
                + " suppressed");
    long failing = merged.failing(failOnWarning);
    // Without SARIF, what failed is counted from the JUnit test cases, as each shard decided.
    String what = !merged.sarif() ? "failed test case" : failOnWarning ? "finding" : "error";
    if (failing > 0 && allowDrafts) {
      getLog()
          .warn(
              DiagnosticPrinter.plural(failing, what)
                  + " in the school policies:"
                  + " the build goes on only because allowDrafts is set; a trust's CI should leave it off.");
      return;
    }
    if (failing > 0) {
      throw new MojoFailureException(
          DiagnosticPrinter.plural(failing, what)
              + " in the school policies (listed above). Fix each at the file, line and column given,"
              + " or, if the school accepts it, add a suppression with its reason.");
    }
  }
}
