package uk.org.attendance.mojo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.files.AtomicFiles;
import uk.org.attendance.importer.PolicyImporter;
import uk.org.attendance.text.Markup;

/**
 * Imports a school's existing attendance policy (Word, PDF, web page or text file; one file, or a
 * folder of them, or several separated by commas) as a draft school file to maintain: facts in
 * their fields, the school's words in the prose, where each value was read, FILL IN where the
 * source states two values or none, and the audit's findings beside what they concern. A trust's
 * policy listing each school's times becomes a base file and one file per school. Needs no project:
 * {@code mvn uk.org.attendance:attendance-maven-plugin:import -Dattendance.policy=our-policy.docx}
 * works in any folder. Never overwrites a file; run in a folder with no pom.xml, it also writes
 * one, so that {@code mvn attendance:check} and {@code mvn attendance:render} work there next.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractMojo {

  /**
   * The policy to import: a .docx, .pdf, .html or .txt file, or a folder of them; several separated
   * by commas.
   */
  @Parameter(property = "attendance.policy", required = true)
  String policy;

  /** Where the school files are written (the folder the other goals read). */
  @Parameter(property = "attendance.schoolsDirectory", defaultValue = "${basedir}/src/attendance")
  File schoolsDirectory;

  /**
   * The date the audit's findings are on, e.g. for review dates (yyyy-mm-dd); empty means today in
   * England.
   */
  @Parameter(property = "attendance.today")
  String today;

  /** Skip this goal. */
  @Parameter(property = "attendance.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String pluginVersion;

  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  /** Whether Maven was started in a project (a test sets it). */
  Boolean projectPresent;

  /** Where Maven was started (a test sets it; otherwise from the session). */
  Path executionRoot;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("attendance:import skipped");
      return;
    }
    Path base =
        executionRoot != null ? executionRoot : AbstractAttendanceMojo.executionRoot(session);
    List<Path> inputs = new ArrayList<>();
    for (String p : (policy == null ? "" : policy).split(",")) {
      if (!p.isBlank()) {
        Path path = base.resolve(p.strip()).normalize();
        if (!Files.exists(path)) {
          throw new MojoFailureException(
              "the policy '"
                  + p.strip()
                  + "' does not exist (looked for "
                  + path
                  + "): give a .docx, .pdf, .html or .txt file, or a folder of them, with -Dattendance.policy=");
        }
        inputs.add(path);
      }
    }
    if (inputs.isEmpty()) {
      throw new MojoFailureException(
          "say which policy to import: -Dattendance.policy=our-policy.docx (or a folder)");
    }
    Path dir =
        (schoolsDirectory == null ? base.resolve("src/attendance") : schoolsDirectory.toPath())
            .toAbsolutePath()
            .normalize();
    LocalDate day = day();
    PolicyImporter.Result result = new AttendanceCompiler().importPolicies(inputs, dir, day);
    DiagnosticPrinter.print(result.problems(), base, getLog());
    if (result.drafts().isEmpty() && !result.failed()) {
      throw new MojoFailureException(
          "no .docx, .pdf, .html or .txt file was found in "
              + String.join(", ", inputs.stream().map(Path::toString).toList()));
    }
    if (result.failed()) {
      throw new MojoFailureException(
          DiagnosticPrinter.plural(
                  result.problems().stream().filter(d -> d.severity() == Severity.ERROR).count(),
                  "error")
              + " (listed above): nothing was written. Correct each at the place given, then import again.");
    }
    long fill = 0;
    for (PolicyImporter.Drafted d : result.drafts()) {
      Path target = dir.resolve(d.file());
      List<String> lines = d.text().lines().toList();
      long here = 0;
      for (int i = 0; i < lines.size(); i++) {
        int at = lines.get(i).indexOf("\"FILL IN");
        if (at >= 0 && !lines.get(i).stripLeading().startsWith("#")) {
          here++;
          String key = lines.get(i).strip().replaceFirst(":.*$", "");
          getLog()
              .warn(
                  relative(base, target)
                      + ":"
                      + (i + 1)
                      + ":"
                      + (at + 1)
                      + ": warning: '"
                      + key
                      + "' needs filling in: "
                      + lines
                          .get(i)
                          .substring(at + 1)
                          .replaceAll("\"\\s*(#.*)?$", "")
                          .replaceFirst("^FILL IN:\\s*", ""));
        }
      }
      fill += here;
      getLog()
          .info(
              "Wrote "
                  + relative(base, target)
                  + " from "
                  + d.source().getFileName()
                  + ": "
                  + DiagnosticPrinter.plural(here, "value")
                  + " to fill in ("
                  + d.choices().size()
                  + " where the source states two different values), "
                  + DiagnosticPrinter.plural(d.findings(), "finding")
                  + " of the audit written beside what they concern");
    }
    boolean wrotePom = writePom(base, dir);
    getLog()
        .info(
            "Imported "
                + DiagnosticPrinter.plural(inputs.size(), "policy").replace("policys", "policies")
                + " into "
                + DiagnosticPrinter.plural(result.drafts().size(), "school file")
                + " on "
                + day
                + ".");
    getLog()
        .info(
            "Next: replace every FILL IN"
                + (fill == 0 ? "" : " (" + fill + ")")
                + ", then run mvn attendance:check"
                + (wrotePom
                    ? " in this folder"
                    : " -Dattendance.schoolsDirectory=" + relative(base, dir))
                + ".");
  }

  /**
   * Outside a project, a pom.xml that declares the plugin, so the next goals can run here; never
   * written over an existing file.
   */
  private boolean writePom(Path base, Path dir) throws MojoExecutionException {
    boolean inProject =
        projectPresent != null
            ? projectPresent
            : session != null
                && session.getRequest() != null
                && session.getRequest().isProjectPresent();
    Path pom = base.resolve("pom.xml");
    if (inProject || Files.exists(pom)) {
      return false;
    }
    String schools = relative(base, dir).replace('\\', '/');
    String version =
        pluginVersion == null || pluginVersion.isBlank() ? "0.1.0-SNAPSHOT" : pluginVersion;
    String text =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!-- Written by attendance:import, so that \"mvn attendance:check\" and \"mvn attendance:render\" work in this folder. -->\n"
            + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
            + "         xsi:schemaLocation=\"http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd\">\n"
            + "  <modelVersion>4.0.0</modelVersion>\n"
            + "  <groupId>local.school</groupId>\n"
            + "  <artifactId>attendance-policy</artifactId>\n"
            + "  <version>1</version>\n"
            + "  <packaging>pom</packaging>\n"
            + "  <properties>\n"
            + "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>\n"
            + "  </properties>\n"
            + "  <build>\n"
            + "    <plugins>\n"
            + "      <plugin>\n"
            + "        <groupId>uk.org.attendance</groupId>\n"
            + "        <artifactId>attendance-maven-plugin</artifactId>\n"
            + "        <version>"
            + version
            + "</version>\n"
            + "        <configuration>\n"
            + "          <schoolsDirectory>"
            + Markup.escape(schools)
            + "</schoolsDirectory>\n"
            + "        </configuration>\n"
            + "      </plugin>\n"
            + "    </plugins>\n"
            + "  </build>\n"
            + "</project>\n";
    try {
      AtomicFiles.writeNew(pom, text);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      throw new MojoExecutionException("could not write " + pom + ": " + e.getMessage(), e);
    }
    getLog()
        .info(
            "Wrote pom.xml, so that mvn attendance:check and mvn attendance:render work in this folder");
    return true;
  }

  private static String relative(Path base, Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    return abs.startsWith(b) ? b.relativize(abs).toString() : abs.toString();
  }

  private LocalDate day() throws MojoFailureException {
    if (today == null || today.isBlank()) {
      return LocalDate.now(ZoneId.of("Europe/London"));
    }
    try {
      return LocalDate.parse(today.strip());
    } catch (DateTimeParseException e) {
      throw new MojoFailureException(
          "-Dattendance.today must be a date written yyyy-mm-dd, e.g. 2025-09-01, not '"
              + today
              + "'");
    }
  }
}
