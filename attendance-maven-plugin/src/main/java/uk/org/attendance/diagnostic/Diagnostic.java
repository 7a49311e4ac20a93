package uk.org.attendance.diagnostic;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import uk.org.attendance.model.SourceRef;

/**
 * One finding: what is wrong, where, what to do, and where to read more.
 *
 * <p>Printed in the compiler format that editors turn into links:
 *
 * <pre>
 * schools/models/x.yaml:14:9: error: unknown key 'ratifed' in 'policy' [LOAD-KEY]
 *   hint: did you mean 'ratified'?
 *   see: https://...
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ruleId stable id, e.g. {@code LOAD-KEY} or {@code ATT001}
 * @param severity error, warning or note
 * @param at where
 * @param message what is wrong, in plain English, no trailing full stop
 * @param hint what to do (may be null)
 * @param link where to read more (may be null)
 */
public record Diagnostic(
    String ruleId, Severity severity, SourceRef at, String message, String hint, String link)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::at)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::ruleId)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(message, "message");
  }

  /** An error. */
  public static Diagnostic error(String ruleId, SourceRef at, String message, String hint) {
    return new Diagnostic(ruleId, Severity.ERROR, at, message, hint, null);
  }

  /** The same finding with a "see:" link. */
  public Diagnostic withLink(String newLink) {
    return new Diagnostic(ruleId, severity, at, message, hint, newLink);
  }

  /**
   * Formats in the compiler style, with the path relative to {@code base} when the file lies inside
   * it (so terminals and editors can open it), otherwise as given.
   *
   * @param base usually the directory Maven was started in
   * @return one to three lines, without a trailing newline
   */
  public String format(Path base) {
    StringBuilder sb = new StringBuilder();
    sb.append(displayPath(at.file(), base));
    if (at.line() > 0) {
      sb.append(':').append(at.line());
      if (at.column() > 0) {
        sb.append(':').append(at.column());
      }
    }
    sb.append(": ").append(severity.label()).append(": ").append(message);
    sb.append(" [").append(ruleId).append(']');
    if (hint != null && !hint.isBlank()) {
      sb.append(System.lineSeparator()).append("  hint: ").append(hint);
    }
    if (link != null && !link.isBlank()) {
      sb.append(System.lineSeparator()).append("  see: ").append(link);
    }
    return sb.toString();
  }

  /** The file's path relative to {@code base} if inside it, with forward slashes. */
  public static String displayPath(Path file, Path base) {
    Path abs = file.toAbsolutePath().normalize();
    if (base != null) {
      Path b = base.toAbsolutePath().normalize();
      if (abs.startsWith(b)) {
        return b.relativize(abs).toString().replace('\\', '/');
      }
    }
    return abs.toString().replace('\\', '/');
  }

  @Override
  public int compareTo(Diagnostic o) {
    return ORDER.compare(this, o);
  }
}
