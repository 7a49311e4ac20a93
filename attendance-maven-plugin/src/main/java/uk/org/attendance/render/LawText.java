package uk.org.attendance.render;

import java.util.Map;
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
    return Rulebook.fill(s.template(), "the statement '" + s.key() + "'", values);
  }
}
