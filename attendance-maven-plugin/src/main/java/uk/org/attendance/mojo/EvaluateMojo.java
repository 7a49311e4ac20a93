package uk.org.attendance.mojo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.evaluate.ColumnChoice;
import uk.org.attendance.evaluate.EvaluateException;
import uk.org.attendance.evaluate.Evaluation;
import uk.org.attendance.evaluate.InputLimits;
import uk.org.attendance.files.AtomicFiles;

/**
 * Reads a school's {@code rules.json} (only that, never the YAML), a register export and,
 * optionally, the letters already sent, and writes, per pupil, attendance, persistent and severe
 * absence, the national penalty threshold, every flowchart's stage with the letters and actions due
 * and the evidence for each, and data-quality warnings: {@code evaluation.csv}, {@code
 * actions.csv}, {@code summary.csv}, {@code evaluation.json} and {@code evaluation.html}, with a
 * summary on the console. Runs once per build (from the repository root too) and needs no project.
 *
 * <p>Example: {@code mvn attendance:evaluate
 * -Dattendance.rules=schools/target/attendance/sutton/rules.json
 * -Dattendance.register=register.csv}
 */
@Mojo(name = "evaluate", requiresProject = false, aggregator = true, threadSafe = true)
public class EvaluateMojo extends AbstractMojo {

  /** The school's rules.json, as attendance:render writes it. */
  @Parameter(property = "attendance.rules", required = true)
  File rules;

  /** The register export: one row per pupil per session, or a mark grid. */
  @Parameter(property = "attendance.register", required = true)
  File register;

  /** The letters already sent (pupil, letter, date), as an MIS exports its communication log. */
  @Parameter(property = "attendance.lettersSent")
  File lettersSent;

  /**
   * What counts as "new": stages that became due on or after this date (e.g. the start of this
   * week).
   */
  @Parameter(property = "attendance.since")
  String since;

  /**
   * The column of pupil ids, where the export's names are unusual or more than one column could be
   * it.
   */
  @Parameter(property = "attendance.pupilColumn")
  String pupilColumn;

  /** The date column, in a register with one row per session. */
  @Parameter(property = "attendance.dateColumn")
  String dateColumn;

  /** The AM/PM column, in a register with one row per session. */
  @Parameter(property = "attendance.sessionColumn")
  String sessionColumn;

  /** The mark column, in a register with one row per session. */
  @Parameter(property = "attendance.codeColumn")
  String codeColumn;

  /** The pupils' name column. */
  @Parameter(property = "attendance.nameColumn")
  String nameColumn;

  /** The year-group column. */
  @Parameter(property = "attendance.yearGroupColumn")
  String yearGroupColumn;

  /** The registration-group column. */
  @Parameter(property = "attendance.registrationGroupColumn")
  String registrationGroupColumn;

  /** Where the outputs go. */
  @Parameter(
      property = "attendance.evaluationDirectory",
      defaultValue = "${project.build.directory}/attendance/evaluation")
  File outputDirectory;

  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Path base = AbstractAttendanceMojo.executionRoot(session);
    LocalDate from = null;
    if (since != null && !since.isBlank()) {
      from = Evaluation.date(since);
      if (from == null) {
        throw new MojoFailureException(
            "-Dattendance.since must be a date such as 2025-09-15 or 15/09/2025, not '"
                + since
                + "'");
      }
    }
    Evaluation e;
    try {
      e =
          Evaluation.run(
              new Evaluation.Request(
                  rules.toPath(),
                  register.toPath(),
                  lettersSent == null ? null : lettersSent.toPath(),
                  from,
                  new ColumnChoice(
                      pupilColumn,
                      dateColumn,
                      sessionColumn,
                      codeColumn,
                      nameColumn,
                      yearGroupColumn,
                      registrationGroupColumn),
                  InputLimits.DEFAULT));
    } catch (EvaluateException ex) {
      throw new MojoFailureException(ex.diagnostic().format(base));
    } catch (RuntimeException ex) {
      throw new MojoExecutionException(
          "attendance:evaluate stopped on an internal error ("
              + ex
              + "); this is a bug in the plugin: please report it, with the register's header row but not its data",
          ex);
    }
    for (Diagnostic d : e.warnings()) {
      for (String line : d.format(base).split("\\R")) {
        if (d.severity() == Severity.WARNING) {
          getLog().warn(line);
        } else {
          getLog().info(line);
        }
      }
    }
    Path out = outputDirectory.toPath();
    Map<String, String> files = e.files();
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        AtomicFiles.write(out.resolve(f.getKey()), f.getValue());
      }
    } catch (IOException ex) {
      throw new MojoExecutionException("cannot write to " + out + ": " + ex.getMessage(), ex);
    }
    getLog().info(e.summary());
    e.report().forEach(getLog()::info);
    getLog()
        .info(
            "Wrote "
                + String.join(", ", files.keySet())
                + " to "
                + Diagnostic.displayPath(out, base));
  }
}
