package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.model.Person;
import uk.org.attendance.model.ResolvedSchool;

/**
 * Shared checks for the contact lists the guidance requires: that someone is named. Whether parents
 * can reach them is {@link UnreachableContact}.
 */
final class Contacts {
  private Contacts() {}

  static void checkList(
      ResolvedSchool school,
      uk.org.attendance.check.Rule.CheckContext context,
      Reporter out,
      String key,
      String purpose) {
    uk.org.attendance.model.Contacts c = school.model().contacts();
    List<Person> people =
        c == null ? List.of() : "dayToDay".equals(key) ? c.dayToDay() : c.individualSupport();
    if (people.isEmpty()) {
      out.report(
          school.whereMissing("/contacts/" + key),
          "the policy names nobody for parents to contact about attendance " + purpose,
          Hints.nameContact(context.document(), key, purpose));
    }
  }
}
