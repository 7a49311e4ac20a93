package uk.org.attendance.check;

import java.util.ArrayList;
import java.util.List;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.SourceRef;

/**
 * Collects one rule's findings for one school, filling in the rule's id, severity and link, so a
 * rule only says where and what. Not thread-safe: one per rule per school.
 */
public final class Reporter {

  private final RuleInfo info;
  private final List<Diagnostic> found = new ArrayList<>();

  public Reporter(RuleInfo info) {
    this.info = info;
  }

  /** A finding at the rule's own severity. */
  public void report(SourceRef at, String message, String hint) {
    report(info.severity(), at, message, hint);
  }

  /** A finding at a lower severity (e.g. a point the rules mark UNCONFIRMED). */
  public void warn(SourceRef at, String message, String hint) {
    report(Severity.WARNING, at, message, hint);
  }

  /** A finding at a given severity. */
  public void report(Severity severity, SourceRef at, String message, String hint) {
    found.add(new Diagnostic(info.id(), severity, at, message, hint, info.link()));
  }

  /** What was reported, in order. */
  public List<Diagnostic> findings() {
    return List.copyOf(found);
  }
}
