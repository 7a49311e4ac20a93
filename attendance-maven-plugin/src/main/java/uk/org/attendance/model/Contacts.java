package uk.org.attendance.model;

import java.util.List;

/**
 * The people a policy must name (WTISA para 26: the senior attendance champion, day-to-day and
 * individual-support contacts) and the attendance governor.
 *
 * @param headteacher the headteacher (or head of school), who may sign letters
 * @param seniorAttendanceChampion the senior leader responsible for the strategic approach
 * @param dayToDay who to contact about attendance day to day
 * @param individualSupport who to contact for more detailed support
 * @param attendanceGovernor the governor who monitors attendance
 * @param others anyone else the policy names (e.g. the headteacher)
 */
public record Contacts(
    Person headteacher,
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

  /**
   * The person who fills a signing role, or null if the school names nobody in it.
   *
   * @param signer the role
   * @return the person, the first listed where the role is a list
   */
  public Person person(Letter.Signer signer) {
    if (signer == null) {
      return null;
    }
    switch (signer) {
      case HEADTEACHER:
        return headteacher;
      case SENIOR_ATTENDANCE_CHAMPION:
        return seniorAttendanceChampion;
      case DAY_TO_DAY_CONTACT:
        return dayToDay.isEmpty() ? null : dayToDay.get(0);
      case INDIVIDUAL_SUPPORT_CONTACT:
        return individualSupport.isEmpty() ? null : individualSupport.get(0);
      case ATTENDANCE_GOVERNOR:
        return attendanceGovernor;
      default:
        throw new IllegalStateException("no contact for " + signer);
    }
  }
}
