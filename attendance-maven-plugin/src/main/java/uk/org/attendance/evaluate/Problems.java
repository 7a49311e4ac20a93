package uk.org.attendance.evaluate;

import java.nio.file.Path;
import java.util.Locale;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.SourceRef;

/** The ids and wording of evaluate's messages, and the helpers that locate them. */
final class Problems {

  /** A file that cannot be read at all: missing, too big, not text. */
  static final String FILE = "EVAL-FILE";

  /** A limit on the size or shape of an input. */
  static final String LIMIT = "EVAL-LIMIT";

  /** A header whose columns cannot be found, or could be more than one column. */
  static final String COLUMNS = "EVAL-COLUMNS";

  /** A run in which no row could be used. */
  static final String ROWS = "EVAL-ROWS";

  /** A row left out. */
  static final String ROW = "EVAL-ROW";

  /** Something in the register an officer should look at. */
  static final String DATA = "EVAL-DATA";

  /** The rules.json cannot be used. */
  static final String RULES = "EVAL-RULES";

  /** A parameter that cannot be used. */
  static final String PARAMETER = "EVAL-PARAMETER";

  /** The longest piece of a file's text quoted in a message. */
  private static final int QUOTE = 40;

  private Problems() {}

  static EvaluateException error(
      String id, Path file, int line, int column, String message, String hint) {
    return new EvaluateException(
        new Diagnostic(id, Severity.ERROR, new SourceRef(file, line, column), message, hint, null));
  }

  static Diagnostic warning(String id, Path file, int line, int column, String message) {
    return new Diagnostic(
        id,
        Severity.WARNING,
        new SourceRef(file, Math.max(0, line), Math.max(0, column)),
        message,
        null,
        null);
  }

  static Diagnostic note(String id, Path file, String message) {
    return new Diagnostic(id, Severity.NOTE, new SourceRef(file, 0, 0), message, null, null);
  }

  /**
   * A value from a file, safe to print: control characters (which could move a terminal's cursor or
   * hide text) shown as '?', and anything longer than 40 characters cut short.
   */
  static String shown(String value) {
    StringBuilder b = new StringBuilder();
    int n = value.codePointCount(0, value.length());
    int i = 0;
    for (int k = 0; k < value.length() && i < QUOTE; i++) {
      int cp = value.codePointAt(k);
      k += Character.charCount(cp);
      b.appendCodePoint(
          Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT ? '?' : cp);
    }
    if (n > QUOTE) {
      b.append("…");
    }
    return b.toString();
  }

  /** A whole number with thousands separators, as people write it: 100,000. */
  static String count(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  /** "1 row" or "2 rows". */
  static String plural(long n, String word) {
    return count(n) + " " + word + (n == 1 ? "" : "s");
  }
}
