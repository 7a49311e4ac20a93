package uk.org.attendance.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import uk.org.attendance.report.CsvCells;

/**
 * Totals for the whole register and for each year group and registration group the export names:
 * pupils, attendance, persistent and severe absence, the national threshold, letters and actions
 * due.
 *
 * @param kind "all", "year group" or "registration group"
 * @param group the group's name ("" for all)
 * @param pupils pupils in it
 * @param possible possible sessions
 * @param present sessions present
 * @param persistent persistently absent pupils
 * @param severe severely absent pupils
 * @param threshold pupils who have met the national threshold
 * @param lettersDue letters due
 * @param newLettersDue letters due that became due on or after "since"
 * @param actionsDue stage actions due (stages with no letter)
 */
public record GroupSummary(
    String kind,
    String group,
    int pupils,
    long possible,
    long present,
    int persistent,
    int severe,
    int threshold,
    int lettersDue,
    int newLettersDue,
    int actionsDue) {

  /**
   * The group as people say it: "Year 7" (a year group already named "Year ..."), "year group 7",
   * "registration group 7A"; text that would start a spreadsheet formula is neutralised.
   */
  public String label() {
    String name = CsvCells.neutralised(group);
    return group.toLowerCase(Locale.ROOT).startsWith("year") ? name : kind + " " + name;
  }

  /** Attendance across the group, one decimal place, or null with no possible sessions. */
  public BigDecimal attendancePercent() {
    return Words.percent(present, possible);
  }

  /**
   * The totals: all pupils first, then each year group and each registration group in natural order
   * (Year 2 before Year 10).
   */
  static List<GroupSummary> of(List<Evaluator.PupilResult> pupils) {
    List<GroupSummary> out = new ArrayList<>();
    out.add(total("all", "", pupils));
    out.addAll(by("year group", pupils, Evaluator.PupilResult::yearGroup));
    out.addAll(by("registration group", pupils, Evaluator.PupilResult::registrationGroup));
    return out;
  }

  private static List<GroupSummary> by(
      String kind,
      List<Evaluator.PupilResult> pupils,
      Function<Evaluator.PupilResult, String> key) {
    Map<String, List<Evaluator.PupilResult>> groups = new TreeMap<>(NATURAL);
    for (Evaluator.PupilResult p : pupils) {
      if (!key.apply(p).isEmpty()) {
        groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p);
      }
    }
    List<GroupSummary> out = new ArrayList<>();
    groups.forEach((name, members) -> out.add(total(kind, name, members)));
    return out;
  }

  private static GroupSummary total(String kind, String group, List<Evaluator.PupilResult> pupils) {
    long possible = 0;
    long present = 0;
    int persistent = 0;
    int severe = 0;
    int threshold = 0;
    int letters = 0;
    int fresh = 0;
    int actions = 0;
    for (Evaluator.PupilResult p : pupils) {
      possible += p.possible();
      present += p.present();
      persistent += p.persistent() ? 1 : 0;
      severe += p.severe() ? 1 : 0;
      threshold += p.thresholdMetOn() != null ? 1 : 0;
      letters += p.lettersDue().size();
      fresh +=
          (int)
              p.stages().stream()
                  .filter(s -> s.status() == StageResult.LetterStatus.DUE && s.isNew())
                  .map(StageResult::letter)
                  .distinct()
                  .count();
      actions += p.actionsDue().size();
    }
    return new GroupSummary(
        kind,
        group,
        pupils.size(),
        possible,
        present,
        persistent,
        severe,
        threshold,
        letters,
        fresh,
        actions);
  }

  /** Text with its numbers compared as numbers: "Year 2" before "Year 10", "7A" before "10B". */
  static final Comparator<String> NATURAL =
      (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
          char x = a.charAt(i);
          char y = b.charAt(j);
          if (Character.isDigit(x) && Character.isDigit(y)) {
            int si = i;
            int sj = j;
            while (i < a.length() && Character.isDigit(a.charAt(i))) {
              i++;
            }
            while (j < b.length() && Character.isDigit(b.charAt(j))) {
              j++;
            }
            String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
            String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
            int c =
                na.length() != nb.length()
                    ? Integer.compare(na.length(), nb.length())
                    : na.compareTo(nb);
            if (c != 0) {
              return c;
            }
          } else {
            int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
            if (c != 0) {
              return c;
            }
            i++;
            j++;
          }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
      };
}
