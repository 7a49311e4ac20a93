package uk.org.attendance.reference;

/** How a code counts in attendance statistics (DfE 2024/25 data sets; R-ABS-03). */
public enum Treatment {
  /** Counts as attendance (present, or an approved educational activity). */
  ATTENDANCE("attendance", "Attendance"),
  /** A possible session, absent with authority. */
  AUTHORISED_ABSENCE("authorised", "Authorised absence"),
  /** A possible session, absent without authority. */
  UNAUTHORISED_ABSENCE("unauthorised", "Unauthorised absence"),
  /** Not a possible session: left out of attendance figures. */
  NOT_COUNTED("not-counted", "Not a possible session");

  private final String id;
  private final String label;

  Treatment(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** As rules.json spells it: "attendance", "authorised", "unauthorised" or "not-counted". */
  public String id() {
    return id;
  }

  /** As the national code tables say it, e.g. "Authorised absence". */
  public String label() {
    return label;
  }
}
