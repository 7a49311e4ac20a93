package uk.org.attendance.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.org.attendance.text.Times;

/**
 * Finds the member schools of a trust's policy: a table of times that names each school on a line
 * of its own, followed by that school's times ("Kings Caple Primary Academy" / "School start time:
 * 8.45 am" / "School end time: 3.15 pm"). Two or more such schools make the policy a trust's: it
 * becomes a base file and one member file per school.
 */
final class TrustSplit {

  private static final Pattern SCHOOL =
      Pattern.compile(
          "^(?:The\\s+)?[A-Z][\\w'\u2019.&-]*(?:\\s+(?:[A-Z][\\w'\u2019.&-]*|of|and|the|on|in|upon|CE|C\\s+of\\s+E)){0,7}\\s+(?:School|Academy|College)$");
  private static final Pattern GROUP =
      Pattern.compile(
          "^(nursery|reception|year\\s*r|years?\\s*\\d{1,2}(?:\\s*(?:-|\u2013|to|and)\\s*\\d{1,2})?|key\\s+stage\\s+\\d|ks\\d|eyfs)\\b.*",
          Pattern.CASE_INSENSITIVE);

  /**
   * A member school and the lines that give its times.
   *
   * @param name as the source writes it
   * @param nameBlock the block that names it
   * @param from its first line of times (a block index)
   * @param to after its last line of times
   */
  record Member(String name, int nameBlock, int from, int to) {}

  private TrustSplit() {}

  static List<Member> members(Doc doc, List<DayFacts.Stmt> stmts) {
    List<Member> out = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      String w = SchoolFacts.stripMarks(doc.words[i]);
      if (w.length() > 80 || !SCHOOL.matcher(w).matches()) {
        continue;
      }
      int k = i + 1;
      for (; k < Math.min(doc.size(), i + 12); k++) {
        final int block = k;
        String next = SchoolFacts.stripMarks(doc.words[k]);
        boolean times =
            stmts.stream().anyMatch(s -> s.block() == block) || !Times.ranges(next).isEmpty();
        if (!times && !(GROUP.matcher(next).matches() && next.length() <= 40)) {
          break;
        }
        if (stmts.stream().anyMatch(s -> s.block() == block && s.field() == DayFacts.Field.ENDS)
            && (k + 1 >= doc.size()
                || !GROUP.matcher(SchoolFacts.stripMarks(doc.words[k + 1])).matches())) {
          // A school's lines end with its end of day.
          k++;
          break;
        }
      }
      final int start = i;
      final int end = k;
      if (k > i + 1 && stmts.stream().anyMatch(s -> s.block() > start && s.block() < end)) {
        out.add(new Member(w, i, i + 1, k));
        i = k - 1;
      }
    }
    return out.size() >= 2 ? out : List.of();
  }

  /**
   * The table's title just before the first member ("HMFA Federation Schools Registration Times").
   */
  static void consumeTitle(Doc doc, List<Member> members) {
    int before = members.get(0).nameBlock() - 1;
    if (before >= 0
        && doc.words[before]
            .toLowerCase(java.util.Locale.ROOT)
            .matches(".*\\b(times?|timings?|registration)\\b.*")
        && doc.words[before].length() <= 100) {
      doc.consumed[before] = true;
      doc.timeLeads.add(before);
    }
  }
}
