package uk.org.attendance.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.Suppression;

/**
 * Runs every rule on a school and applies the school's suppressions. A suppressed finding is kept,
 * marked with the school's reason; a suppression that names no rule, or matches nothing, is itself
 * reported. Immutable and thread-safe.
 */
public final class Checker {

  /** A suppression names a rule id the checker does not have. */
  public static final RuleInfo UNKNOWN_SUPPRESSION =
      new RuleInfo("ATT098", Severity.ERROR, "Suppression names a rule that does not exist", null, List.of());
  /** A suppression matches no finding: the problem was fixed, so the suppression can go. */
  public static final RuleInfo UNUSED_SUPPRESSION =
      new RuleInfo("ATT099", Severity.WARNING, "Suppression matches no finding", null, List.of());

  private final List<Rule> rules;
  private final Map<String, RuleInfo> byId;

  /**
   * @param rules the rules to run, e.g. {@code Rules.ALL}
   */
  public Checker(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    this.byId = rules.stream().map(Rule::info).collect(Collectors.toMap(RuleInfo::id, Function.identity()));
  }

  /** Every rule's description, in order, for reports. */
  public List<RuleInfo> infos() {
    List<RuleInfo> all = new ArrayList<>(rules.stream().map(Rule::info).toList());
    all.add(UNKNOWN_SUPPRESSION);
    all.add(UNUSED_SUPPRESSION);
    return all;
  }

  /**
   * Checks one school.
   *
   * @param school the resolved school
   * @param context the rulebook and date
   * @return every finding, sorted by file, line and column, suppressed ones marked
   */
  public List<Finding> check(ResolvedSchool school, Rule.CheckContext context) {
    List<Diagnostic> raw = new ArrayList<>();
    for (Rule rule : rules) {
      Reporter reporter = new Reporter(rule.info());
      rule.check(school, context, reporter);
      raw.addAll(reporter.findings());
    }
    List<Suppression> suppressions = school.model().suppressions();
    Set<String> used = new HashSet<>();
    List<Finding> out = new ArrayList<>();
    for (Diagnostic d : raw) {
      String reason = null;
      for (Suppression s : suppressions) {
        if (s.rule().equals(d.ruleId())) {
          reason = s.reason();
          used.add(s.rule());
          break;
        }
      }
      out.add(new Finding(school.id(), d, reason));
    }
    for (int i = 0; i < suppressions.size(); i++) {
      Suppression s = suppressions.get(i);
      String pointer = "/suppressions/" + i + "/rule";
      if (!byId.containsKey(s.rule())) {
        out.add(new Finding(school.id(), new Diagnostic(UNKNOWN_SUPPRESSION.id(), Severity.ERROR, school.at(pointer),
            "the school suppresses '" + s.rule() + "', which is not a rule", Hints.didYouMean(s.rule(), byId.keySet(), "rules"),
            null), null));
      } else if (!used.contains(s.rule())) {
        out.add(new Finding(school.id(), new Diagnostic(UNUSED_SUPPRESSION.id(), Severity.WARNING, school.at(pointer),
            "the school suppresses " + s.rule() + " (" + byId.get(s.rule()).summary().toLowerCase(java.util.Locale.ROOT)
                + "), but nothing here triggers it", "delete this suppression", null), null));
      }
    }
    out.sort(null);
    return out;
  }
}
