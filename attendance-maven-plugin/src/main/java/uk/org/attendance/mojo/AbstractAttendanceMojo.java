package uk.org.attendance.mojo;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import uk.org.attendance.build.Shard;

/**
 * What every goal that reads the school files shares: where they are, skipping, and paths in
 * messages.
 */
abstract class AbstractAttendanceMojo extends AbstractMojo {

  /** The folder of school YAML files (searched recursively). */
  @Parameter(
      property = "attendance.schoolsDirectory",
      defaultValue = "${project.basedir}/src/attendance")
  File schoolsDirectory;

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

  /**
   * The part of the schools a goal works on, from its {@code shard} setting (K/N); the whole estate
   * when empty.
   */
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
