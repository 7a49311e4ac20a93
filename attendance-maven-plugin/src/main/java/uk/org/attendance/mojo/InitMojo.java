package uk.org.attendance.mojo;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.org.attendance.AttendanceCompiler;

/**
 * Writes a new, commented school file to fill in, and the schema beside it so that VS Code
 * completes and checks keys as you type. Never overwrites a school file.
 *
 * <p>Example: {@code mvn attendance:init -Dattendance.id=st-annes -Dattendance.name="St Anne's
 * Primary School"}
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

  /** The new school's id: lower-case letters, digits and hyphens. Also the file name. */
  @Parameter(property = "attendance.id", required = true)
  String id;

  /** The school's full name. */
  @Parameter(property = "attendance.name")
  String name;

  /** Where to write the file. */
  @Parameter(property = "attendance.schoolsDirectory", defaultValue = "${basedir}/src/attendance")
  File schoolsDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Path dir = schoolsDirectory.toPath();
    Path target = dir.resolve(id + ".yaml");
    String text;
    try {
      text = AttendanceCompiler.newSchoolFile(id, name, "school.schema.json");
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage());
    }
    if (Files.exists(target)) {
      throw new MojoFailureException(
          target
              + " already exists: attendance:init never overwrites a school file."
              + " Choose another id, or delete the file first.");
    }
    try {
      Files.createDirectories(dir);
      Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      Path schema = dir.resolve("school.schema.json");
      String schemaText = AttendanceCompiler.schemaText();
      if (!Files.exists(schema)
          || !Files.readString(schema, StandardCharsets.UTF_8).equals(schemaText)) {
        Files.writeString(schema, schemaText, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("could not write " + target + ": " + e.getMessage(), e);
    }
    getLog().info("Wrote " + target);
    getLog().info("Fill in every 'FILL IN' value, then run: mvn attendance:validate");
  }
}
