package uk.org.attendance.model;

/** The age range a school teaches. */
public enum Phase {
  NURSERY,
  INFANT,
  JUNIOR,
  PRIMARY,
  MIDDLE,
  SECONDARY,
  ALL_THROUGH
}
