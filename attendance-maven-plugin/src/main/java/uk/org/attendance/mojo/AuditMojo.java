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
import java.util.Locale;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.audit.AuditReport;
import uk.org.attendance.audit.Auditor;
import uk.org.attendance.check.Finding;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.files.AtomicFiles;
import uk.org.attendance.report.GitHubAnnotations;
import uk.org.attendance.report.JUnitWriter;
import uk.org.attendance.report.SarifWriter;

/**
 * Audits existing policies (Word, PDF, web page or text file; one file, or a folder of them)
 * against the DfE 2024 rules. Needs no project, school file or configuration: {@code mvn
 * uk.org.attendance:attendance-maven-plugin:audit -Dattendance.policy=our-policy.docx} works in any
 * folder. Prints every finding at its place, writes SARIF, JUnit XML and a web page for governors,
 * annotates GitHub pull requests, and fails on any error.
 */
@Mojo(name = "audit", requiresProject = false, threadSafe = true)
public class AuditMojo extends AbstractMojo {

  /**
   * The policy to audit: a .docx, .pdf, .html or .txt file, or a folder of them; several separated
   * by commas.
   */
  @Parameter(property = "attendance.policy", required = true)
  String policy;

  /**
   * Where the reports are written; by default target/attendance/audit in the project, or in the
   * folder Maven runs in.
   */
  @Parameter(property = "attendance.auditReports")
  File outputDirectory;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  File buildDirectory;

  /** Reports to write: sarif, junit, html (the log is always written). */
  @Parameter(property = "attendance.reportFormats", defaultValue = "sarif,junit,html")
  List<String> reportFormats;

  /** Fail on warnings too. */
  @Parameter(property = "attendance.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /** The date to check review dates against (yyyy-mm-dd); empty means today in England. */
  @Parameter(property = "attendance.today")
  String today;

  /** Skip this goal. */
  @Parameter(property = "attendance.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String pluginVersion;

  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  /** Where GitHub's variable is read from; a test replaces it. */
  Map<String, String> environment = System.getenv();

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("attendance:audit skipped");
      return;
    }
    Path base = AbstractAttendanceMojo.executionRoot(session);
    if (outputDirectory == null) {
      // Without a pom, Maven's stand-in project leaves ${project.build.directory} unresolved.
      boolean real = buildDirectory != null && !buildDirectory.getPath().contains("${");
      outputDirectory =
          (real ? buildDirectory.toPath() : base.resolve("target"))
              .resolve("attendance")
              .resolve("audit")
              .toFile();
    }
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
          "say which policy to audit: -Dattendance.policy=our-policy.docx (or a folder)");
    }
    LocalDate day = day();
    Auditor.Result result = new AttendanceCompiler().audit(inputs, day, outputDirectory.toPath());
    if (result.policies().isEmpty()) {
      throw new MojoFailureException(
          "no .docx, .pdf, .html or .txt file was found in "
              + String.join(", ", inputs.stream().map(Path::toString).toList()));
    }
    for (Auditor.Policy p : result.policies()) {
      for (Finding f : p.findings()) {
        String[] lines = f.diagnostic().format(base).split("\\R");
        String place =
            p.text() != null
                    && p.text().format() != uk.org.attendance.extract.PolicyText.Format.TEXT
                    && p.text().format() != uk.org.attendance.extract.PolicyText.Format.HTML
                ? p.place(f.diagnostic().at())
                : "";
        for (int i = 0; i < lines.length; i++) {
          log(f.diagnostic().severity(), lines[i]);
          if (i == 0 && !place.isEmpty()) {
            log(f.diagnostic().severity(), "  at: " + place);
          }
        }
      }
    }
    writeReports(result, base, day);
    if ("true".equals(environment.get("GITHUB_ACTIONS"))) {
      GitHubAnnotations.lines(result.findings(), base).forEach(System.out::println);
    }
    long errors =
        result.findings().stream().filter(f -> f.diagnostic().severity() == Severity.ERROR).count();
    long warnings =
        result.findings().stream()
            .filter(f -> f.diagnostic().severity() == Severity.WARNING)
            .count();
    getLog()
        .info(
            "Audited "
                + DiagnosticPrinter.plural(result.policies().size(), "policy")
                    .replace("policys", "policies")
                + " against the DfE rules on "
                + day
                + ": "
                + DiagnosticPrinter.plural(errors, "error")
                + ", "
                + DiagnosticPrinter.plural(warnings, "warning"));
    int failing = result.failing(failOnWarning).size();
    if (failing > 0) {
      throw new MojoFailureException(
          DiagnosticPrinter.plural(failing, failOnWarning ? "finding" : "error")
              + " in the policies (listed above, and in "
              + outputDirectory.toPath().resolve("audit.html")
              + "). Correct each at the place given.");
    }
  }

  private void log(Severity s, String line) {
    if (s == Severity.ERROR) {
      getLog().error(line);
    } else if (s == Severity.WARNING) {
      getLog().warn(line);
    } else {
      getLog().info(line);
    }
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

  private void writeReports(Auditor.Result result, Path base, LocalDate day)
      throws MojoExecutionException {
    Path out = outputDirectory.toPath();
    List<String> formats =
        reportFormats.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    try {
      if (formats.contains("sarif")) {
        AtomicFiles.write(
            out.resolve("audit.sarif"),
            SarifWriter.write(
                result.findings(),
                result.rules(),
                base,
                pluginVersion == null ? "dev" : pluginVersion));
      }
      if (formats.contains("junit")) {
        for (Auditor.Policy p : result.policies()) {
          String name = p.file().getFileName().toString().replaceAll("[^A-Za-z0-9.-]", "_");
          AtomicFiles.write(
              out.resolve("TEST-audit-" + name + ".xml"),
              JUnitWriter.suite(
                  "audit." + name, p.findings(), result.rules(), base, failOnWarning));
        }
      }
      if (formats.contains("html")) {
        AtomicFiles.write(out.resolve("audit.html"), AuditReport.html(result, base, day));
      }
      for (String f : formats) {
        if (!List.of("sarif", "junit", "html").contains(f)) {
          getLog().warn("unknown report format '" + f + "' ignored: use sarif, junit or html");
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "could not write the reports to " + out + ": " + e.getMessage(), e);
    }
  }
}
