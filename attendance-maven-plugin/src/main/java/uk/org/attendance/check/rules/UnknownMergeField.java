package uk.org.attendance.check.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.School;
import uk.org.attendance.model.Thresholds;
import uk.org.attendance.reference.FactField;
import uk.org.attendance.reference.MergeField;

/**
 * Flags a letter that uses a field the catalogue does not have, a fact the school's model does not
 * give (e.g. {@code {{AttendanceTarget}}} with no target), or a band the school does not have.
 */
public final class UnknownMergeField implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT064",
          Severity.ERROR,
          "Letter uses a merge field not in the catalogue",
          Links.GUIDANCE,
          List.of("P5"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    School m = school.model();
    List<String> known = new ArrayList<>();
    Arrays.stream(MergeField.values()).forEach(f -> known.add(f.name()));
    Arrays.stream(FactField.values()).forEach(f -> known.add(f.name()));
    List<Letter> letters = m.letters();
    for (int i = 0; i < letters.size(); i++) {
      for (String field : letters.get(i).mergeFields()) {
        String problem = problem(field, m);
        if (problem != null) {
          out.report(
              school.at("/letters/" + i + "/body", "{{" + field),
              "the letter '" + letters.get(i).id() + "' uses {{" + field + "}}, " + problem,
              field.startsWith(FactField.BAND_PREFIX)
                  ? Hints.bandsAreUnderThresholds()
                  : FactField.find(field).isPresent()
                      ? Hints.addFactOrReword()
                      : Hints.didYouMean(field, known, "fields"));
        }
      }
    }
  }

  private static String problem(String field, School m) {
    if (field.startsWith(FactField.BAND_PREFIX)) {
      String id = field.substring(FactField.BAND_PREFIX.length());
      boolean exists =
          m.thresholds() != null
              && m.thresholds().bands().stream().map(Thresholds.Band::id).anyMatch(id::equals);
      return exists ? null : "but the school has no attendance band '" + id + "'";
    }
    if (MergeField.find(field).isPresent()) {
      return null;
    }
    Optional<FactField> fact = FactField.find(field);
    if (fact.isPresent()) {
      return fact.get().availableFor(m)
          ? null
          : "but the school's model does not give it ("
              + fact.get().meaning().toLowerCase(java.util.Locale.UK)
              + ")";
    }
    return "which the catalogue does not have";
  }
}
