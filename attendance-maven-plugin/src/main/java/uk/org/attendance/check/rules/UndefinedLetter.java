package uk.org.attendance.check.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.Escalation;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.School;

/**
 * Flags a band, lateness trigger or escalation stage that sends a letter the model does not define.
 */
public final class UndefinedLetter implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT063",
          Severity.ERROR,
          "Sends a letter that is not defined",
          Links.GUIDANCE,
          List.of("P5"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    School m = school.model();
    Set<String> ids = m.letters().stream().map(Letter::id).collect(Collectors.toSet());
    if (m.thresholds() != null) {
      for (int i = 0; i < m.thresholds().bands().size(); i++) {
        check(
            school,
            out,
            ids,
            m.thresholds().bands().get(i).letter(),
            "/thresholds/bands/" + i + "/letter");
      }
      for (int i = 0; i < m.thresholds().lateness().size(); i++) {
        check(
            school,
            out,
            ids,
            m.thresholds().lateness().get(i).letter(),
            "/thresholds/lateness/" + i + "/letter");
      }
    }
    for (int f = 0; f < m.escalation().size(); f++) {
      List<Escalation.Stage> stages = m.escalation().get(f).stages();
      for (int s = 0; s < stages.size(); s++) {
        check(
            school,
            out,
            ids,
            stages.get(s).letter(),
            "/escalation/" + f + "/stages/" + s + "/letter");
      }
    }
  }

  private static void check(
      ResolvedSchool school, Reporter out, Set<String> ids, String letter, String pointer) {
    if (letter != null && !ids.contains(letter)) {
      out.report(
          school.at(pointer),
          "this sends the letter '" + letter + "', which 'letters:' does not define",
          ids.isEmpty() ? Hints.addLetter() : Hints.didYouMean(letter, ids, "letters"));
    }
  }
}
