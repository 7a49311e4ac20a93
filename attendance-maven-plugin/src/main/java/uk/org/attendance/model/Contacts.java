package uk.org.attendance.model;

import java.util.List;

/**
 * The people a policy must name (WTISA para 26: the senior attendance champion, day-to-day and
 * individual-support contacts) and the attendance governor.
 *
 * @param seniorAttendanceChampion the senior leader responsible for the strategic approach
 * @param dayToDay who to contact about attendance day to day
 * @param individualSupport who to contact for more detailed support
 * @param attendanceGovernor the governor who monitors attendance
 * @param others anyone else the policy names (e.g. the headteacher)
 */
public record Contacts(
    Person seniorAttendanceChampion,
    List<Person> dayToDay,
    List<Person> individualSupport,
    Person attendanceGovernor,
    List<Person> others) {

  public Contacts {
    dayToDay = Lists.of(dayToDay);
    individualSupport = Lists.of(individualSupport);
    others = Lists.of(others);
  }
}
