package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.Contacts;
import uk.org.attendance.model.Person;
import uk.org.attendance.model.ResolvedSchool;

/**
 * Flags a contact the guidance requires (the senior attendance champion, a day-to-day or an
 * individual-support contact) whom parents have no way to reach: no email, no phone, and no school
 * phone number to reach them through the office. Whether they are named at all is ATT030 to ATT032.
 */
public final class UnreachableContact implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT091",
          Severity.ERROR,
          "Attendance contact has no email or phone, and the school gives no phone number",
          Links.GUIDANCE,
          List.of("P2", "P3", "P4"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    Contacts c = school.model().contacts();
    if (c == null || Given.text(school.model().school().phone())) {
      return; // nobody named (ATT030 to ATT032), or everyone can be reached through the office
    }
    check(
        school,
        out,
        c.seniorAttendanceChampion(),
        "seniorAttendanceChampion",
        "the senior attendance champion");
    for (int i = 0; i < c.dayToDay().size(); i++) {
      check(school, out, c.dayToDay().get(i), "dayToDay/" + i, "the day-to-day attendance contact");
    }
    for (int i = 0; i < c.individualSupport().size(); i++) {
      check(
          school,
          out,
          c.individualSupport().get(i),
          "individualSupport/" + i,
          "the contact for more detailed support");
    }
  }

  private static void check(ResolvedSchool school, Reporter out, Person p, String key, String who) {
    if (p == null || Given.text(p.email()) || Given.text(p.phone())) {
      return;
    }
    String list = key.contains("/") ? key.substring(0, key.indexOf('/')) : key;
    out.report(
        school.at("/contacts/" + key),
        "parents have no way to reach "
            + p.name()
            + ", "
            + who
            + ": the policy gives no email or phone for them, and no school phone number to reach them through the office",
        Hints.addContactDetails(list));
  }
}
