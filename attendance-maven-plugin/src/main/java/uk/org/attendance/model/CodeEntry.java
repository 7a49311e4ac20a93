package uk.org.attendance.model;

/**
 * One row of the code table a school publishes.
 *
 * @param code the code as published, e.g. "Y7"
 * @param meaning the school's wording
 * @param category the heading the school lists it under
 * @param note a local note (e.g. how the school uses it)
 */
public record CodeEntry(String code, String meaning, CodeCategory category, String note) {

  /** The headings schools list codes under. */
  public enum CodeCategory {
    PRESENT,
    APPROVED_EDUCATIONAL_ACTIVITY,
    AUTHORISED_ABSENCE,
    UNAUTHORISED_ABSENCE,
    UNABLE_TO_ATTEND,
    NOT_COUNTED,
    ADMINISTRATIVE
  }
}
