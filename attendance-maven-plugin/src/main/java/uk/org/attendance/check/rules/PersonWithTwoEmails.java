package uk.org.attendance.check.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.Contacts;
import uk.org.attendance.model.Person;
import uk.org.attendance.model.ResolvedSchool;

/** Flags one person given two different email addresses. */
public final class PersonWithTwoEmails implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT061",
          Severity.ERROR,
          "One person has two different email addresses",
          Links.GUIDANCE,
          List.of("P2", "P3"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    Contacts c = school.model().contacts();
    if (c == null) {
      return;
    }
    List<Map.Entry<String, Person>> people = new ArrayList<>();
    add(people, "/contacts/seniorAttendanceChampion", c.seniorAttendanceChampion());
    addAll(people, "/contacts/dayToDay", c.dayToDay());
    addAll(people, "/contacts/individualSupport", c.individualSupport());
    add(people, "/contacts/attendanceGovernor", c.attendanceGovernor());
    addAll(people, "/contacts/others", c.others());
    Map<String, Map.Entry<String, Person>> seen = new HashMap<>();
    for (Map.Entry<String, Person> e : people) {
      Person p = e.getValue();
      if (p.email() == null) {
        continue;
      }
      Map.Entry<String, Person> first = seen.putIfAbsent(key(p.name()), e);
      if (first != null && !first.getValue().email().equalsIgnoreCase(p.email())) {
        out.report(
            school.at(e.getKey() + "/email"),
            p.name()
                + " is given two email addresses: "
                + first.getValue().email()
                + " and "
                + p.email(),
            Hints.oneAddressPerPerson());
      }
    }
  }

  private static void add(List<Map.Entry<String, Person>> out, String pointer, Person p) {
    if (p != null) {
      out.add(Map.entry(pointer, p));
    }
  }

  private static void addAll(
      List<Map.Entry<String, Person>> out, String pointer, List<Person> list) {
    for (int i = 0; i < list.size(); i++) {
      out.add(Map.entry(pointer + "/" + i, list.get(i)));
    }
  }

  /** "Mrs K. Johnson" and "Mrs K Johnson" are one person. */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replaceAll("[.,]", " ")
        .replaceAll("^(mrs|mr|miss|ms|dr|mx)\\s+", "")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
