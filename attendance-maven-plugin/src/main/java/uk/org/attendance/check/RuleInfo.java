package uk.org.attendance.check;

import java.util.List;
import java.util.Objects;
import uk.org.attendance.diagnostic.Severity;

/**
 * What a rule is: stable id, default severity, one-line summary (no trailing full stop), where to
 * read more, and the national rule ids it enforces.
 *
 * @param id stable, never reused, e.g. "ATT010"
 * @param severity default severity
 * @param summary one line, also the README table's description
 * @param link guidance link printed as "see:"
 * @param enforces rule ids in dfe-2024-rules.md, e.g. ["R-PN-04"]
 */
public record RuleInfo(String id, Severity severity, String summary, String link, List<String> enforces) {

  public RuleInfo {
    Objects.requireNonNull(id);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(summary);
    enforces = List.copyOf(enforces);
    if (summary.endsWith(".")) {
      throw new IllegalArgumentException("a summary has no trailing full stop: " + id);
    }
  }
}
