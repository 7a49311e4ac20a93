package uk.org.attendance.check.rules;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import uk.org.attendance.check.Hints;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.Severity;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.MergeField;

/** Flags a letter that uses a merge field the field catalogue does not have. */
public final class UnknownMergeField implements Rule {
  static final RuleInfo INFO =
      new RuleInfo("ATT064", Severity.ERROR, "Letter uses a merge field not in the catalogue", Links.GUIDANCE, List.of("P5"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    List<String> known = Arrays.stream(MergeField.values()).map(Enum::name).collect(Collectors.toList());
    List<Letter> letters = school.model().letters();
    for (int i = 0; i < letters.size(); i++) {
      for (String field : letters.get(i).mergeFields()) {
        if (MergeField.find(field).isEmpty()) {
          out.report(school.at("/letters/" + i + "/body", "{{" + field),
              "the letter '" + letters.get(i).id() + "' uses the merge field {{" + field + "}}, which the catalogue does not have",
              Hints.didYouMean(field, known, "fields"));
        }
      }
    }
  }
}
