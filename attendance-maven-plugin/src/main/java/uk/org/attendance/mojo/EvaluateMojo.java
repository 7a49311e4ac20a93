package uk.org.attendance.mojo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.org.attendance.evaluate.Evaluation;
import uk.org.attendance.report.AtomicFiles;

/**
 * Reads a school's {@code rules.json} (only that, never the YAML) and a register export, and
 * writes, per pupil, attendance, persistent and severe absence, the national penalty threshold,
 * the escalation stage reached and the letter due: {@code evaluation.csv} and
 * {@code evaluation.json}, with a summary on the console. Rows it cannot use are listed with their
 * row numbers and left out, never counted silently.
 *
 * <p>Example: {@code mvn attendance:evaluate -Dattendance.rules=target/attendance/sutton/rules.json
 * -Dattendance.register=register.csv}
 */
@Mojo(name = "evaluate", requiresProject = false, threadSafe = true)
public class EvaluateMojo extends AbstractMojo {

  /** The school's rules.json, as attendance:render writes it. */
  @Parameter(property = "attendance.rules", required = true)
  File rules;

  /** The register export: CSV with pupil, date, session and code columns. */
  @Parameter(property = "attendance.register", required = true)
  File register;

  /** Where evaluation.csv and evaluation.json go. */
  @Parameter(property = "attendance.evaluationDirectory", defaultValue = "${project.build.directory}/attendance/evaluation")
  File outputDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Evaluation e;
    try {
      e = Evaluation.run(rules.toPath(), register.toPath());
    } catch (IOException ex) {
      throw new MojoFailureException("cannot evaluate: " + ex.getMessage());
    }
    for (var bad : e.register().badRows()) {
      getLog().warn(register + ":" + bad.row() + ": row left out: " + bad.message());
    }
    Path out = outputDirectory.toPath();
    try {
      AtomicFiles.write(out.resolve("evaluation.csv"), e.csv());
      AtomicFiles.write(out.resolve("evaluation.json"), e.json());
    } catch (IOException ex) {
      throw new MojoExecutionException("cannot write to " + out + ": " + ex.getMessage(), ex);
    }
    getLog().info(e.summary());
    getLog().info("Wrote " + out.resolve("evaluation.csv") + " and evaluation.json");
  }
}
