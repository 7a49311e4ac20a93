package uk.org.attendance.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter the school sends.
 *
 * @param id stable identifier, e.g. "below-96-first"
 * @param title the letter's name for staff, e.g. "Attendance below 96% (first letter)"
 * @param subject the subject line a parent reads, e.g. "{{PupilFirstName}}'s attendance"; the title
 *     when not given
 * @param kind what the letter is about, which decides the facts printed beside it
 * @param purpose why it is sent
 * @param trigger when it is sent, in words
 * @param signedBy which of the school's named contacts signs it
 * @param signatory a named signatory, where none of the contacts signs
 * @param body the letter text in Markdown, with fields written {@code {{PupilFullName}}}
 */
public record Letter(
    String id,
    String title,
    String subject,
    Kind kind,
    String purpose,
    String trigger,
    Signer signedBy,
    Person signatory,
    String body) {

  /** What a letter is about. */
  public enum Kind {
    /** Attendance has fallen and the school is concerned. */
    ATTENDANCE_CONCERN,
    /** Attendance has reached the persistent absence level. */
    PERSISTENT_ABSENCE,
    /** Attendance has reached the severe absence level. */
    SEVERE_ABSENCE,
    /** Repeated late arrivals. */
    LATENESS,
    /** Unauthorised absence, which may lead to a penalty notice. */
    UNAUTHORISED_ABSENCE,
    /** A warning that a penalty notice may be requested. */
    PENALTY_WARNING,
    /** A notice to improve (R-PN-10). */
    NOTICE_TO_IMPROVE,
    /** A request for leave has been agreed. */
    LEAVE_AGREED,
    /** A request for leave has been refused. */
    LEAVE_REFUSED,
    /** Absence for illness or medical reasons. */
    MEDICAL,
    /** Attendance has improved. */
    IMPROVEMENT,
    /** Anything else. */
    OTHER
  }

  /** Which of the school's named contacts signs a letter. */
  public enum Signer {
    HEADTEACHER,
    SENIOR_ATTENDANCE_CHAMPION,
    DAY_TO_DAY_CONTACT,
    INDIVIDUAL_SUPPORT_CONTACT,
    ATTENDANCE_GOVERNOR
  }

  /**
   * The field syntax: {@code {{FieldName}}} (letters and digits), or {@code {{Band.<band-id>}}} for
   * one of the school's attendance bands.
   */
  public static final Pattern MERGE_FIELD =
      Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*(?:\\.[a-z0-9][a-z0-9-]*)?)\\s*}}");

  /** The fields the body uses (merge and fact fields), in order of first use. */
  public List<String> mergeFields() {
    Set<String> fields = new LinkedHashSet<>();
    if (body != null) {
      Matcher m = MERGE_FIELD.matcher(body);
      while (m.find()) {
        fields.add(m.group(1));
      }
    }
    return List.copyOf(fields);
  }
}
