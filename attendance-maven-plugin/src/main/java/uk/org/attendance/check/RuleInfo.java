package uk.org.attendance.check;

import java.util.List;
import java.util.Objects;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.reference.Rulebook;

/**
 * What a rule is: stable id, default severity, one-line summary (no trailing full stop), where to
 * read more, and the national rule ids it enforces.
 *
 * @param id stable, never reused, e.g. "ATT010"
 * @param severity default severity
 * @param summary one line, also the README table's description, with placeholders for the rule
 *     set's values (see {@link #summary(Rulebook)})
 * @param link guidance link printed as "see:"
 * @param enforces rule ids in dfe-2024-rules.md, e.g. ["R-PN-04"]
 */
public record RuleInfo(
    String id, Severity severity, String summary, String link, List<String> enforces) {

  public RuleInfo {
    Objects.requireNonNull(id);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(summary);
    enforces = List.copyOf(enforces);
    if (summary.endsWith(".")) {
      throw new IllegalArgumentException("a summary has no trailing full stop: " + id);
    }
  }

  /**
   * The summary with a rule set's values: a summary names national values by placeholder ({@code
   * {thresholdSessions}}, {@code {firstFullAmount|money}}, {@code {codeIllness}}), so it states
   * whichever rule set is in force.
   */
  public String summary(Rulebook rules) {
    return rules.fill(summary, "the summary of " + id);
  }

  /**
   * This rule as a report lists it for a run against one rule set: its summary with that set's
   * values.
   */
  public RuleInfo stated(Rulebook rules) {
    return new RuleInfo(id, severity, summary(rules), link, enforces);
  }
}
