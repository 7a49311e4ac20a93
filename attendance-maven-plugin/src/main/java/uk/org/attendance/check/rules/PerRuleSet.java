package uk.org.attendance.check.rules;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import uk.org.attendance.reference.Rulebook;

/**
 * Something a rule works out from the rule set (a pattern built from a code's letter or a
 * threshold), made once per rule set, not once per school. Thread-safe.
 */
final class PerRuleSet<T> {

  private final Function<Rulebook, T> make;
  private final Map<Rulebook, T> made = Collections.synchronizedMap(new IdentityHashMap<>());

  PerRuleSet(Function<Rulebook, T> make) {
    this.make = make;
  }

  T of(Rulebook rules) {
    return made.computeIfAbsent(rules, make);
  }
}
