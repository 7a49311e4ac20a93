package uk.org.attendance.reference;

/** How a code counts in attendance statistics (DfE 2024/25 data sets; R-ABS-03). */
public enum Treatment {
  /** Counts as attendance (present, or an approved educational activity). */
  ATTENDANCE,
  /** A possible session, absent with authority. */
  AUTHORISED_ABSENCE,
  /** A possible session, absent without authority. */
  UNAUTHORISED_ABSENCE,
  /** Not a possible session: left out of attendance figures. */
  NOT_COUNTED
}
