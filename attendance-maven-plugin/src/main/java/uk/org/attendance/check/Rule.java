package uk.org.attendance.check;

import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.Rulebook;

/**
 * One check of a school's policy. A rule is stateless: it reads the school and the rulebook and
 * reports findings at the school's source locations. It never throws to report a finding.
 */
public interface Rule {

  /** The rule's id, severity, summary and link. */
  RuleInfo info();

  /**
   * Checks one school.
   *
   * @param school the resolved school, with source locations
   * @param context the rulebook and the checking date
   * @param out where findings go
   */
  void check(ResolvedSchool school, CheckContext context, Reporter out);

  /**
   * What the checker knows besides the school.
   *
   * @param rules the national rules
   * @param today the date the policy is checked on (for review dates)
   * @param defaultLetters the letters a school that names none is given (so they can be checked
   *     too: who signs them)
   */
  record CheckContext(Rulebook rules, java.time.LocalDate today, java.util.List<uk.org.attendance.model.Letter> defaultLetters) {

    public CheckContext {
      defaultLetters = java.util.List.copyOf(defaultLetters);
    }
  }
}
