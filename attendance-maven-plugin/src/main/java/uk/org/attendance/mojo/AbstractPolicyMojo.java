package uk.org.attendance.mojo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that judge the policies ({@code check} and {@code render}) share beyond reading
 * the school files: the day they are checked on, and whether a policy with errors may build as a
 * draft. {@code validate} reads only the files, so it takes neither.
 */
abstract class AbstractPolicyMojo extends AbstractAttendanceMojo {

  /**
   * The date policies are checked on, e.g. for review dates (yyyy-mm-dd); empty means the build
   * date in England.
   */
  @Parameter(property = "attendance.today")
  String today;

  /**
   * Let policies with outstanding errors build as drafts: {@code render} marks every page "Draft:
   * not ready to publish" and lists the findings first, and {@code check} reports the errors
   * without failing the build. Off by default, so that a green build means a policy ready to
   * publish.
   */
  @Parameter(property = "attendance.allowDrafts", defaultValue = "false")
  boolean allowDrafts;

  /** The day policies are checked on: {@code today}, or the build date in England. */
  LocalDate checkingDate() throws MojoFailureException {
    if (today == null || today.isBlank()) {
      return LocalDate.now(ZoneId.of("Europe/London"));
    }
    try {
      return LocalDate.parse(today.strip());
    } catch (DateTimeParseException e) {
      throw new MojoFailureException(
          "<today> must be a date written yyyy-mm-dd, e.g. 2025-09-01, not '" + today + "'");
    }
  }
}
