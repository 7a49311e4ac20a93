package uk.org.attendance.render;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import uk.org.attendance.reference.AttendanceCode;
import uk.org.attendance.reference.Rulebook;
import uk.org.attendance.reference.Statements;

/**
 * A rule set's statements of law with its values filled in, formatted for parents: the only
 * sentences of law a document prints. Thread-safe.
 */
public final class LawText {

  private final Rulebook rules;
  private final Map<String, Object> values;

  public LawText(Rulebook rules) {
    this.rules = rules;
    this.values = rules.values();
  }

  /**
   * @param key the statement's key, e.g. "penalty.threshold"
   * @return its words, with the rule set's values, and its rule ids as the source
   */
  public Fact get(String key) {
    Statements.Statement s = rules.statements().get(key);
    return new Fact(fill(s), Src.law(s));
  }

  /** The rule set this text states. */
  public Rulebook rules() {
    return rules;
  }

  private String fill(Statements.Statement s) {
    Matcher m = Statements.PLACEHOLDER.matcher(s.template());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (!values.containsKey(m.group(1))) {
        throw new IllegalStateException("the statement '" + s.key() + "' names '" + m.group(1)
            + "', which the rule set does not have");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(format(values.get(m.group(1)), m.group(2), s.key())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String format(Object value, String format, String key) {
    if (format == null) {
      return value instanceof Double ? Formats.number((Double) value) : String.valueOf(value);
    }
    switch (format) {
      case "money":
        return Formats.money((Integer) value);
      case "words":
        return Formats.words((Integer) value);
      case "ordinal":
        return Formats.ordinal((Integer) value);
      case "percent":
        return Formats.percent(((Number) value).doubleValue());
      case "codes":
        @SuppressWarnings("unchecked")
        List<AttendanceCode> codes = (List<AttendanceCode>) value;
        return Formats.list(codes.stream().map(AttendanceCode::code).toList());
      default:
        throw new IllegalStateException("the statement '" + key + "' uses the unknown format '" + format + "'");
    }
  }
}
