package uk.org.attendance.evaluate;

import java.util.EnumMap;
import java.util.Map;

/**
 * The columns a person named, for an export whose names are not the usual ones or could mean more
 * than one column: each is a column's name as its header writes it, or null to find it by name.
 *
 * @param pupil the pupil's id ({@code -Dattendance.pupilColumn})
 * @param date the date, in a register with a row per session ({@code -Dattendance.dateColumn})
 * @param session AM or PM ({@code -Dattendance.sessionColumn})
 * @param code the mark ({@code -Dattendance.codeColumn})
 * @param name the pupil's name ({@code -Dattendance.nameColumn})
 * @param yearGroup the year group ({@code -Dattendance.yearGroupColumn})
 * @param registrationGroup the registration group ({@code -Dattendance.registrationGroupColumn})
 */
public record ColumnChoice(
    String pupil,
    String date,
    String session,
    String code,
    String name,
    String yearGroup,
    String registrationGroup) {

  /** Every column found by its name. */
  public static final ColumnChoice NONE =
      new ColumnChoice(null, null, null, null, null, null, null);

  Map<Columns.Role, String> byRole() {
    Map<Columns.Role, String> m = new EnumMap<>(Columns.Role.class);
    put(m, Columns.Role.PUPIL, pupil);
    put(m, Columns.Role.DATE, date);
    put(m, Columns.Role.SESSION, session);
    put(m, Columns.Role.CODE, code);
    put(m, Columns.Role.NAME, name);
    put(m, Columns.Role.YEAR_GROUP, yearGroup);
    put(m, Columns.Role.REGISTRATION_GROUP, registrationGroup);
    return m;
  }

  private static void put(Map<Columns.Role, String> m, Columns.Role r, String v) {
    if (v != null && !v.isBlank()) {
      m.put(r, v);
    }
  }
}
