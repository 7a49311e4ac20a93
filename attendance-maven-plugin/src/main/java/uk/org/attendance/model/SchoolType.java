package uk.org.attendance.model;

/** How a school is run; decides which parts of the law apply (e.g. penalty notices). */
public enum SchoolType {
  MAINTAINED,
  ACADEMY,
  FEDERATION_MEMBER,
  INDEPENDENT
}
