package uk.org.attendance.model;

/**
 * The local authority the school works with on attendance.
 *
 * @param name e.g. "Hertfordshire County Council"
 * @param codeOfConduct link to the LA's penalty-notice code of conduct
 * @param attendanceSupport the LA's attendance support service, if the policy names it
 */
public record LocalAuthority(String name, String codeOfConduct, SupportService attendanceSupport) {

  /**
   * An LA service.
   *
   * @param name e.g. "Statutory Attendance Support Team"
   * @param website optional
   * @param email optional
   * @param phone optional
   */
  public record SupportService(String name, String website, String email, String phone) {}
}
