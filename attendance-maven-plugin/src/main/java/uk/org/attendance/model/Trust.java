package uk.org.attendance.model;

/**
 * The federation or multi-academy trust whose base file a school extends.
 *
 * @param name e.g. "Herefordshire Marches Federation of Academies"
 * @param shortName e.g. "HMFA"
 * @param kind federation or multi-academy trust
 * @param website optional
 */
public record Trust(String name, String shortName, Kind kind, String website) {

  /** The legal form of the group. */
  public enum Kind {
    FEDERATION,
    MULTI_ACADEMY_TRUST
  }
}
