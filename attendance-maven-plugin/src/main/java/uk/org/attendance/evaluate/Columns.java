package uk.org.attendance.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.attendance.diagnostic.Hints;

/**
 * The columns an export may have, the names MIS exports give them, and which column is which in a
 * given header. Names are compared ignoring case, spaces and punctuation ("Attendance Date",
 * "attendance_date"). When two columns could play one part (a record {@code ID} and a {@code
 * Student ID}; a {@code Pupil} name and a {@code UPN}), that is an error naming both and the
 * parameter that chooses one: guessing would silently evaluate the wrong pupils.
 */
final class Columns {

  /** A part a column can play. */
  enum Role {
    PUPIL(
        "pupil",
        "pupilColumn",
        "UPN",
        "Pupil ID",
        "Pupil",
        "Adno",
        "Admission Number",
        "Admission No",
        "Student ID",
        "ID",
        "Pupil Reference",
        "Pupil Ref",
        "Pupil Number",
        "Student Number"),
    DATE("date", "dateColumn", "Date", "Attendance Date", "Session Date", "Day", "Mark Date"),
    SESSION("session", "sessionColumn", "Session", "AM/PM", "AM or PM", "Period", "Session Name"),
    CODE("code", "codeColumn", "Code", "Mark", "Attendance Code", "Attendance Mark", "Mark Code"),
    NAME("name", "nameColumn", "Name", "Pupil Name", "Student Name", "Full Name", "Legal Name"),
    FORENAME(
        "forename",
        "nameColumn",
        "Forename",
        "First Name",
        "Legal Forename",
        "Preferred Forename",
        "Given Name"),
    SURNAME(
        "surname",
        "nameColumn",
        "Surname",
        "Last Name",
        "Legal Surname",
        "Preferred Surname",
        "Family Name"),
    YEAR_GROUP(
        "year group",
        "yearGroupColumn",
        "Year Group",
        "Year",
        "NC Year",
        "Yr",
        "Year Taught In",
        "Curriculum Year"),
    REGISTRATION_GROUP(
        "registration group",
        "registrationGroupColumn",
        "Registration Group",
        "Reg Group",
        "Reg",
        "Form",
        "Form Group",
        "Tutor Group",
        "Class",
        "Reg Class"),
    LETTER(
        "letter",
        "letterColumn",
        "Letter",
        "Letter ID",
        "Letter Type",
        "Letter Name",
        "Template",
        "Communication",
        "Communication Type",
        "Document"),
    SENT(
        "date sent",
        "sentColumn",
        "Date Sent",
        "Date",
        "Sent",
        "Sent On",
        "Sent Date",
        "Communication Date",
        "Letter Date");

    final String label;
    final String parameter;
    final List<String> names;

    Role(String label, String parameter, String... names) {
      this.label = label;
      this.parameter = "-Dattendance." + parameter;
      this.names = List.of(names);
    }

    boolean accepts(String header) {
      String n = normalise(header);
      return !n.isEmpty() && names.stream().anyMatch(a -> normalise(a).equals(n));
    }
  }

  private Columns() {}

  /**
   * Finds each role's column.
   *
   * @param file for messages
   * @param line the header's line
   * @param header the header's names
   * @param headerColumns where each name starts, for messages
   * @param roles the roles to look for
   * @param required the roles that must be found
   * @param chosen the columns a person named, by role (a role may be absent)
   * @return each found role's column index
   * @throws EvaluateException if a required role has no column, a chosen name is not in the header,
   *     or two columns could play one role
   */
  static Map<Role, Integer> find(
      Path file,
      int line,
      String[] header,
      int[] headerColumns,
      List<Role> roles,
      List<Role> required,
      Map<Role, String> chosen)
      throws EvaluateException {
    Map<Role, Integer> at = new EnumMap<>(Role.class);
    for (Role r : roles) {
      String name = chosen.get(r);
      if (name == null || name.isBlank()) {
        continue;
      }
      List<Integer> hits = new ArrayList<>();
      for (int i = 0; i < header.length; i++) {
        if (header[i].strip().equalsIgnoreCase(name.strip())) {
          hits.add(i);
        }
      }
      if (hits.isEmpty()) {
        for (int i = 0; i < header.length; i++) {
          if (!normalise(header[i]).isEmpty() && normalise(header[i]).equals(normalise(name))) {
            hits.add(i);
          }
        }
      }
      if (hits.isEmpty()) {
        throw Problems.error(
            Problems.COLUMNS,
            file,
            line,
            1,
            "there is no column '"
                + Problems.shown(name)
                + "' (named by "
                + r.parameter
                + "); the header has: "
                + list(header),
            Hints.giveOneOfTheHeadersNames(r.parameter));
      }
      if (hits.size() > 1) {
        throw Problems.error(
            Problems.COLUMNS,
            file,
            line,
            headerColumns[hits.get(1)],
            "more than one column is called '"
                + Problems.shown(name)
                + "': "
                + describe(header, hits),
            Hints.renameOneInTheExport());
      }
      at.put(r, hits.get(0));
    }
    for (Role r : roles) {
      if (at.containsKey(r)) {
        continue;
      }
      List<Integer> hits = new ArrayList<>();
      for (int i = 0; i < header.length; i++) {
        if (r.accepts(header[i]) && !at.containsValue(i)) {
          hits.add(i);
        }
      }
      if (hits.size() > 1) {
        throw Problems.error(
            Problems.COLUMNS,
            file,
            line,
            headerColumns[hits.get(1)],
            "more than one column could be the " + r.label + ": " + describe(header, hits),
            Hints.chooseColumnWith(r.parameter, Problems.shown(header[hits.get(1)].strip())));
      }
      if (hits.size() == 1) {
        at.put(r, hits.get(0));
      } else if (required.contains(r)) {
        throw Problems.error(
            Problems.COLUMNS,
            file,
            line,
            1,
            "there is no " + r.label + " column; the header has: " + list(header),
            Hints.nameTheColumn(String.join(", ", r.names), r.parameter));
      }
    }
    return at;
  }

  /**
   * Lower case, letters and digits only: "Attendance_Date" and "attendance date" are the same name.
   */
  static String normalise(String header) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static String describe(String[] header, List<Integer> hits) {
    return hits.stream()
        .map(i -> "'" + Problems.shown(header[i].strip()) + "' (column " + (i + 1) + ")")
        .collect(Collectors.joining(" and "));
  }

  private static String list(String[] header) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < header.length && i < 12; i++) {
      names.add(header[i].isBlank() ? "(blank)" : Problems.shown(header[i].strip()));
    }
    return String.join(", ", names)
        + (header.length > 12 ? " and " + Problems.plural(header.length - 12, "more column") : "");
  }
}
