package uk.org.attendance.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.SourceMap;
import uk.org.attendance.model.SourceRef;
import uk.org.attendance.model.Suppression;

/**
 * Runs every rule on a school and applies the school's suppressions. A suppressed finding is kept,
 * marked with the school's reason; a suppression that names no rule, or matches nothing, is itself
 * reported. Immutable and thread-safe.
 */
public final class Checker {

  /** A suppression names a rule id the checker does not have. */
  public static final RuleInfo UNKNOWN_SUPPRESSION =
      new RuleInfo(
          "ATT098",
          Severity.ERROR,
          "Suppression names a rule that does not exist",
          null,
          List.of());

  /** A suppression names a place ('at' or 'group') the school file does not have. */
  public static final RuleInfo UNKNOWN_PLACE =
      new RuleInfo(
          "ATT088",
          Severity.ERROR,
          "Suppression names a place that does not exist",
          null,
          List.of());

  /** A suppression says no place, so it hides the rule everywhere in the school, now and later. */
  public static final RuleInfo WHOLE_SCHOOL =
      new RuleInfo(
          "ATT089", Severity.WARNING, "Suppression applies to the whole school", null, List.of());

  /** A suppression matches no finding: the problem was fixed, so the suppression can go. */
  public static final RuleInfo UNUSED_SUPPRESSION =
      new RuleInfo("ATT099", Severity.WARNING, "Suppression matches no finding", null, List.of());

  /** A rule failed on a school: a bug in the plugin, reported at the school's file. */
  public static final String INTERNAL = "CHECK-INTERNAL";

  private final List<Rule> rules;
  private final Map<String, RuleInfo> byId;

  /**
   * @param rules the rules to run, e.g. {@code Rules.ALL}
   */
  public Checker(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    this.byId =
        rules.stream().map(Rule::info).collect(Collectors.toMap(RuleInfo::id, Function.identity()));
  }

  /** Every rule's description, in order, for reports. */
  public List<RuleInfo> infos() {
    List<RuleInfo> all = new ArrayList<>(rules.stream().map(Rule::info).toList());
    all.add(UNKNOWN_PLACE);
    all.add(WHOLE_SCHOOL);
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
      try {
        rule.check(school, context, reporter);
        raw.addAll(reporter.findings());
      } catch (RuntimeException e) {
        // Never a stack trace for the user: a rule that fails (for example one that reports at a
        // place the school does not have) is a bug in the plugin, reported like any other problem.
        raw.add(
            Diagnostic.error(
                INTERNAL,
                SourceRef.of(school.source().primaryFile()),
                "the plugin failed while checking this school against "
                    + rule.info().id()
                    + " ("
                    + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + ")",
                Hints.reportBugWithFile()));
      }
    }
    List<Suppression> suppressions = school.model().suppressions();
    List<String> places = new ArrayList<>();
    List<SourceMap.Span> spans = new ArrayList<>();
    for (Suppression s : suppressions) {
      String place = place(school, s);
      places.add(place);
      spans.add(place == null ? null : school.source().span(place));
    }
    Set<Integer> used = new HashSet<>();
    List<Finding> out = new ArrayList<>();
    for (Diagnostic d : raw) {
      if (d.ruleId().equals(INTERNAL)) {
        out.add(new Finding(school.id(), d, null)); // a bug is never suppressed
        continue;
      }
      String reason = null;
      // A suppression that says where it applies wins over a whole-school one.
      for (int pass = 0; pass < 2 && reason == null; pass++) {
        for (int i = 0; i < suppressions.size(); i++) {
          Suppression s = suppressions.get(i);
          boolean scoped = s.scoped();
          if ((pass == 0) != scoped || !s.rule().equals(d.ruleId())) {
            continue;
          }
          if (scoped && (places.get(i) == null || !spans.get(i).contains(d.at()))) {
            continue;
          }
          reason = s.reason();
          used.add(i);
          break;
        }
      }
      out.add(new Finding(school.id(), d, reason));
    }
    for (int i = 0; i < suppressions.size(); i++) {
      Suppression s = suppressions.get(i);
      String pointer = "/suppressions/" + i + "/rule";
      if (s.scoped() && places.get(i) == null) {
        String where =
            s.at() != null ? "/suppressions/" + i + "/at" : "/suppressions/" + i + "/group";
        out.add(
            new Finding(
                school.id(),
                new Diagnostic(
                    UNKNOWN_PLACE.id(),
                    Severity.ERROR,
                    school.at(where),
                    s.at() != null
                        ? "the suppression applies at '"
                            + s.at()
                            + "', which the school file does not have"
                        : "the suppression applies to the group '"
                            + s.group()
                            + "', which 'schoolDay' does not have",
                    s.at() != null
                        ? Hints.writeSuppressionPlace()
                        : Hints.didYouMean(s.group(), groupIds(school), "group ids"),
                    null),
                null));
        continue;
      }
      if (byId.containsKey(s.rule()) && !s.scoped() && used.contains(i)) {
        out.add(
            new Finding(
                school.id(),
                new Diagnostic(
                    WHOLE_SCHOOL.id(),
                    Severity.WARNING,
                    school.at(pointer),
                    "the suppression of "
                        + s.rule()
                        + " applies to the whole school, so it also hides the same problem anywhere"
                        + " it appears later",
                    Hints.saySuppressionPlace(),
                    null),
                null));
      }
      if (!byId.containsKey(s.rule())) {
        out.add(
            new Finding(
                school.id(),
                new Diagnostic(
                    UNKNOWN_SUPPRESSION.id(),
                    Severity.ERROR,
                    school.at(pointer),
                    "the school suppresses '" + s.rule() + "', which is not a rule",
                    Hints.didYouMean(s.rule(), byId.keySet(), "rules"),
                    null),
                null));
      } else if (!used.contains(i)) {
        out.add(
            new Finding(
                school.id(),
                new Diagnostic(
                    UNUSED_SUPPRESSION.id(),
                    Severity.WARNING,
                    school.at(pointer),
                    "the school suppresses "
                        + s.rule()
                        + " ("
                        + byId.get(s.rule())
                            .summary(context.rules())
                            .toLowerCase(java.util.Locale.ROOT)
                        + "), but nothing here triggers it",
                    Hints.deleteSuppression(),
                    null),
                null));
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * The pointer a suppression applies to, or null if it names a place the school lacks (or none).
   */
  private static String place(ResolvedSchool school, Suppression s) {
    if (s.at() != null) {
      String p = Suppression.pointer(s.at());
      return school.source().has(p) ? p : null;
    }
    if (s.group() != null) {
      List<String> ids = groupIds(school);
      int i = ids.indexOf(s.group());
      return i < 0 ? null : "/schoolDay/groups/" + i;
    }
    return null;
  }

  private static List<String> groupIds(ResolvedSchool school) {
    return school.model().schoolDay() == null
        ? List.of()
        : school.model().schoolDay().groups().stream().map(g -> String.valueOf(g.id())).toList();
  }
}
