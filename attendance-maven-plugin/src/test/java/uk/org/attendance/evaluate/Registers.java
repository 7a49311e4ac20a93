package uk.org.attendance.evaluate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small registers for tests, by school day and session: every pupil is present at every session
 * unless a test says otherwise. Day 0 is Monday 1 September 2025; school days are weekdays.
 */
final class Registers {

  final List<LocalDate> days = new ArrayList<>();
  private final Map<String, String[]> pupils = new LinkedHashMap<>();

  private Registers(int n) {
    for (LocalDate d = LocalDate.of(2025, 9, 1); days.size() < n; d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(d);
      }
    }
  }

  /** A register of {@code n} school days. */
  static Registers of(int n) {
    return new Registers(n);
  }

  /** A pupil present at every session. */
  Registers pupil(String id) {
    String[] codes = new String[days.size() * 2];
    for (int s = 0; s < codes.length; s++) {
      codes[s] = s % 2 == 0 ? "/" : "\\";
    }
    pupils.put(id, codes);
    return this;
  }

  /**
   * Marks {@code count} sessions from session {@code from} (day × 2, plus 1 for the afternoon);
   * null is no mark.
   */
  Registers mark(String id, int from, int count, String code) {
    for (int s = from; s < from + count; s++) {
      pupils.get(id)[s] = code;
    }
    return this;
  }

  /** The date of a school day. */
  LocalDate day(int i) {
    return days.get(i);
  }

  /** The register, one row per pupil per session. */
  String csv() {
    StringBuilder b = new StringBuilder("UPN,Date,Session,Mark\n");
    pupils.forEach(
        (id, codes) -> {
          for (int s = 0; s < codes.length; s++) {
            if (codes[s] != null) {
              b.append(id)
                  .append(',')
                  .append(days.get(s / 2))
                  .append(',')
                  .append(s % 2 == 0 ? "AM" : "PM")
                  .append(',')
                  .append(codes[s])
                  .append('\n');
            }
          }
        });
    return b.toString();
  }
}
