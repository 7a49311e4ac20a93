package uk.org.attendance.model;

import java.util.List;

/**
 * The school day.
 *
 * @param groups one entry per pupil group with its own times (at least one)
 */
public record SchoolDay(List<PupilGroup> groups) {
  public SchoolDay {
    groups = Lists.of(groups);
  }
}
