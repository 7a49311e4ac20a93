package uk.org.attendance.model;

import java.util.List;

/**
 * The school's own words for the standard sections of the policy, in Markdown. Every field is
 * optional: where a school adds nothing, the house style's wording stands alone.
 *
 * @param introduction opening words (vision, ethos)
 * @param whyAttendanceMatters why attendance matters
 * @param promotingAttendance how the school promotes and rewards attendance (WTISA para 26 P6)
 * @param absenceProcedures what happens when a pupil is absent, first-day calling (P5)
 * @param lateness how lateness is handled
 * @param barriers support and barriers: SEND, medical needs, mental health
 * @param partTimeTimetables part-time timetables
 * @param medicalAppointments medical and dental appointments
 * @param leaveOfAbsence leave of absence
 * @param localAuthoritySupport working with the local authority
 * @param deletionFromRoll leaving the school and deletion from the roll
 * @param absenceData how the school uses attendance data (P7)
 * @param rolesAndResponsibilities who does what
 * @param extraSections sections particular to this school
 */
public record Prose(
    String introduction,
    String whyAttendanceMatters,
    String promotingAttendance,
    String absenceProcedures,
    String lateness,
    String barriers,
    String partTimeTimetables,
    String medicalAppointments,
    String leaveOfAbsence,
    String localAuthoritySupport,
    String deletionFromRoll,
    String absenceData,
    String rolesAndResponsibilities,
    List<Section> extraSections) {

  public Prose {
    extraSections = Lists.of(extraSections);
  }

  /**
   * A section particular to this school.
   *
   * @param id stable identifier
   * @param title as printed
   * @param body Markdown
   */
  public record Section(String id, String title, String body) {}
}
