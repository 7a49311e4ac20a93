package uk.org.attendance.mojo;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.build.Shard;

/**
 * Writes every school's attendance policy as an accessible PDF (PDF/UA-1 and PDF/A-2a) and a
 * self-contained web page, under {@code target/attendance/<school-id>/}; and, for each trust base,
 * the federation-wide policy with every member's times. Output is byte-for-byte reproducible.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class RenderMojo extends AbstractPolicyMojo {

  /** Where the documents are written, one folder per school. */
  @Parameter(
      property = "attendance.outputDirectory",
      defaultValue = "${project.build.directory}/attendance")
  File outputDirectory;

  /**
   * A school's or trust's own templates folder (a copy of the plugin's templates/), to re-brand.
   */
  @Parameter(property = "attendance.templatesDirectory")
  File templatesDirectory;

  /** Render every school even when nothing it depends on has changed. */
  @Parameter(property = "attendance.force", defaultValue = "false")
  boolean force;

  /**
   * Also write {@code policy.annotated.html}: the web page with the source of every block shown,
   * for governors.
   */
  @Parameter(property = "attendance.annotated", defaultValue = "false")
  boolean annotated;

  /**
   * Make only these outputs (comma-separated): policy.pdf, policy.html, policy.annotated.html,
   * leaflet.pdf, leaflet.html, letters.sample.pdf, letters.html, letters.docx, fields.csv,
   * rules.json. Empty: every output.
   */
  @Parameter(property = "attendance.artefacts")
  List<String> artefacts;

  /**
   * Render only part K of N of the schools, written K/N (e.g. 2/4), to spread the work across CI
   * runners: a school is always in the same part, a federation's members and its federation-wide
   * policy together. Empty: every school.
   */
  @Parameter(property = "attendance.shard")
  String shard;

  /**
   * How long to wait, in seconds, for another build writing to the same output folder to finish
   * before failing.
   */
  @Parameter(property = "attendance.waitForLock", defaultValue = "120")
  int waitForLock = 120;

  /** The date written into documents; Maven's reproducible-build timestamp. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}")
  String outputTimestamp;

  @Override
  String goal() {
    return "render";
  }

  @Override
  void run() throws MojoFailureException {
    Instant timestamp = timestamp(outputTimestamp);
    Path base = executionRoot();
    Shard part = shard(shard);
    AttendanceCompiler.RenderResult result =
        new AttendanceCompiler()
            .render(
                schoolsDirectory.toPath(),
                outputDirectory.toPath(),
                new AttendanceCompiler.RenderOptions(
                        templatesDirectory == null ? null : templatesDirectory.toPath(),
                        timestamp,
                        checkingDate(),
                        force,
                        allowDrafts,
                        annotated,
                        null,
                        chosen())
                    .inShard(part)
                    .waitingForLock(java.time.Duration.ofSeconds(waitForLock)));
    long errors = DiagnosticPrinter.print(result.diagnostics(), base, getLog());
    getLog()
        .info(
            "Wrote "
                + DiagnosticPrinter.plural(result.written().size(), "document")
                + " to "
                + uk.org.attendance.diagnostic.Diagnostic.displayPath(
                    outputDirectory.toPath(), base)
                + (part.all() ? "" : " (shard " + part + ")")
                + (result.upToDate() > 0
                    ? "; "
                        + result.upToDate()
                        + " up to date (use -Dattendance.force to render them again)"
                    : ""));
    if (errors > 0) {
      throw new MojoFailureException(
          DiagnosticPrinter.plural(errors, "error")
              + " while making the documents (listed above); no document was left half-written");
    }
  }

  /** The outputs asked for, checked against the names there are; null for all. */
  java.util.Set<String> chosen() throws MojoFailureException {
    if (artefacts == null || artefacts.isEmpty()) {
      return null;
    }
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String a : artefacts) {
      String name = a.strip();
      if (!uk.org.attendance.render.outputs.Outputs.names().contains(name)) {
        throw new MojoFailureException(
            "there is no output called '"
                + name
                + "': choose from "
                + String.join(", ", uk.org.attendance.render.outputs.Outputs.names()));
      }
      out.add(name);
    }
    return out;
  }

  /** Maven's outputTimestamp: ISO-8601 or seconds since 1970; absent means 1 January 1980. */
  static Instant timestamp(String value) throws MojoFailureException {
    if (value == null || value.isBlank() || value.length() < 2) {
      return Instant.parse("1980-01-01T00:00:00Z");
    }
    if (value.chars().allMatch(Character::isDigit)) {
      return Instant.ofEpochSecond(Long.parseLong(value));
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new MojoFailureException(
          "project.build.outputTimestamp '"
              + value
              + "' is not a date such as 2026-01-01T00:00:00Z");
    }
  }
}
