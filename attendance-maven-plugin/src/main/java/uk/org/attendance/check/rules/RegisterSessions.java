package uk.org.attendance.check.rules;

import java.util.ArrayList;
import java.util.List;
import uk.org.attendance.model.PupilGroup;
import uk.org.attendance.model.Register;
import uk.org.attendance.model.ResolvedSchool;

/** Every register of a school (each group's morning and afternoon), with its pointer. */
final class RegisterSessions {

  /**
   * One register.
   *
   * @param group the pupil group
   * @param session "morning" or "afternoon"
   * @param register the register, or null if the group has none for that session
   * @param pointer e.g. {@code /schoolDay/groups/0/morningRegister}
   */
  record Session(PupilGroup group, String session, Register register, String pointer) {

    /** Minutes the register is open, or null if either time is missing. */
    Integer windowMinutes() {
      if (register == null || register.opens() == null || register.closes() == null) {
        return null;
      }
      return register.opens().minutesUntil(register.closes());
    }

    String describe() {
      return "the "
          + session
          + " register"
          + ("all-pupils".equals(group.id()) ? "" : " for " + group.name());
    }
  }

  private RegisterSessions() {}

  static List<Session> of(ResolvedSchool school) {
    List<Session> out = new ArrayList<>();
    List<PupilGroup> groups =
        school.model().schoolDay() == null ? List.of() : school.model().schoolDay().groups();
    for (int i = 0; i < groups.size(); i++) {
      PupilGroup g = groups.get(i);
      out.add(
          new Session(
              g, "morning", g.morningRegister(), "/schoolDay/groups/" + i + "/morningRegister"));
      out.add(
          new Session(
              g,
              "afternoon",
              g.afternoonRegister(),
              "/schoolDay/groups/" + i + "/afternoonRegister"));
    }
    return out;
  }
}
