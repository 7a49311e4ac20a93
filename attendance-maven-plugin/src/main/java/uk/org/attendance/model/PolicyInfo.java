package uk.org.attendance.model;

/**
 * Facts about the policy document itself.
 *
 * @param title e.g. "Attendance Policy"
 * @param basedOn the model policy it follows, e.g. "Hertfordshire County Council model policy 2024"
 * @param ratified when and by whom it was ratified
 * @param reviewDue when it must next be reviewed
 * @param academicYear e.g. "2025/26"
 * @param version the school's version label
 * @param owner the role that owns the policy, e.g. "Headteacher"
 */
public record PolicyInfo(
    String title,
    String basedOn,
    Ratification ratified,
    PolicyDate reviewDue,
    String academicYear,
    String version,
    String owner) {

  /**
   * A ratification.
   *
   * @param date when
   * @param by the body or person, e.g. "Full Governing Body"
   */
  public record Ratification(PolicyDate date, String by) {}
}
