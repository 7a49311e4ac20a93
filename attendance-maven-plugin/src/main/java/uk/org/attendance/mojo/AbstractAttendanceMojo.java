package uk.org.attendance.mojo;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import uk.org.attendance.build.Shard;

/** What every goal that reads the school files shares: where they are, skipping, and paths in messages. */
abstract class AbstractAttendanceMojo extends AbstractMojo {

  /** The folder of school YAML files (searched recursively). */
  @Parameter(property = "attendance.schoolsDirectory", defaultValue = "${project.basedir}/src/attendance")
  File schoolsDirectory;

  /** The date policies are checked on, e.g. for review dates (yyyy-mm-dd); empty means the build date in England. */
  @Parameter(property = "attendance.today")
  String today;

  /**
   * Let policies with outstanding errors build as drafts: {@code render} marks every page "Draft: not
   * ready to publish" and lists the findings first, and {@code check} reports the errors without
   * failing the build. Off by default, so that a green build means a policy ready to publish.
   */
  @Parameter(property = "attendance.allowDrafts", defaultValue = "false")
  boolean allowDrafts;

  /** Skip this goal. */
  @Parameter(property = "attendance.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  /** The goal's name, for messages. */
  abstract String goal();

  /** The goal's work, unless skipped. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("attendance:" + goal() + " skipped");
      return;
    }
    run();
  }

  /** The day policies are checked on: {@code today}, or the build date in England. */
  LocalDate checkingDate() throws MojoFailureException {
    if (today == null || today.isBlank()) {
      return LocalDate.now(ZoneId.of("Europe/London"));
    }
    try {
      return LocalDate.parse(today.strip());
    } catch (DateTimeParseException e) {
      throw new MojoFailureException("<today> must be a date written yyyy-mm-dd, e.g. 2025-09-01, not '" + today + "'");
    }
  }

  /** The part of the schools a goal works on, from its {@code shard} setting (K/N); the whole estate when empty. */
  static Shard shard(String value) throws MojoFailureException {
    try {
      return Shard.parse(value);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("<shard>: " + e.getMessage());
    }
  }

  /** Where Maven was started: paths in messages are relative to it, so terminals can open them. */
  Path executionRoot() {
    return executionRoot(session);
  }

  static Path executionRoot(MavenSession session) {
    return session == null || session.getExecutionRootDirectory() == null
        ? Path.of("").toAbsolutePath()
        : Path.of(session.getExecutionRootDirectory());
  }
}
