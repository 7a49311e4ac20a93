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
   * @param input what the school was read from: a school file, or an existing policy document
   * @param defaultLetters the letters a school that names none is given (so they can be checked
   *     too: who signs them)
   */
  record CheckContext(
      Rulebook rules,
      java.time.LocalDate today,
      Input input,
      java.util.List<uk.org.attendance.model.Letter> defaultLetters) {

    public CheckContext {
      defaultLetters = java.util.List.copyOf(defaultLetters);
    }

    /** Checking a school file, with the letters a school that names none is given. */
    public CheckContext(
        Rulebook rules,
        java.time.LocalDate today,
        java.util.List<uk.org.attendance.model.Letter> defaultLetters) {
      this(rules, today, Input.MODEL, defaultLetters);
    }

    /**
     * Checking what was read from somewhere other than a school file (no default letters apply).
     */
    public CheckContext(Rulebook rules, java.time.LocalDate today, Input input) {
      this(rules, today, input, java.util.List.of());
    }

    /** Whether the school was read from a policy document (audit) rather than a school file. */
    public boolean document() {
      return input.document();
    }

    /** How a reader finds a place: "line 58", or "paragraph 12" in a Word document. */
    public String place(uk.org.attendance.model.SourceRef at) {
      return input.place().apply(at.line());
    }
  }

  /**
   * What a school was read from.
   *
   * @param document true for a policy document read by audit, false for a school file
   * @param place how a line of it is described to a reader
   */
  record Input(boolean document, java.util.function.IntFunction<String> place) {
    /** A school file. */
    public static final Input MODEL = new Input(false, line -> "line " + line);
  }
}
