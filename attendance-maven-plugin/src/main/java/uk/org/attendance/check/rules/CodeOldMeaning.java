package uk.org.attendance.check.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.SchoolText;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.CodeRole;
import uk.org.attendance.text.Screened;

/**
 * Flags a code given its meaning from before 19 August 2024 in words: T as absence of Gypsy, Roma
 * and Traveller families (now any pupil travelling with a parent whose trade requires it), and
 * withdrawn codes such as H or J described as in use.
 */
public final class CodeOldMeaning implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT006",
          Severity.ERROR,
          "Code described with its meaning from before August 2024",
          Links.REGULATIONS,
          List.of("R-ABS-03"));

  private static final PerRuleSet<Pattern> TRAVEL_CODE =
      new PerRuleSet<>(r -> travelCode(r.code(CodeRole.TRAVELLING_FOR_WORK).code()));

  /** The travelling-for-work code by its letter, or its old wording. */
  private static Pattern travelCode(String t) {
    String q = Pattern.quote(t);
    return Pattern.compile(
        "\\bcode\\s+'?"
            + q
            + "'?\\b|'"
            + q
            + "'|\\("
            + q
            + "\\)|^"
            + q
            + "\\b|travelling\\s+(?:with\\s+\\S+\\s+)?(?:parents?\\S*\\s+)?for\\s+occupational",
        Pattern.CASE_INSENSITIVE);
  }

  private static final Screened COMMUNITIES =
      Screened.of(
          "\\b(?:Gypsy|Gypsies|Roma|(?:Irish\\s+and\\s+Scottish\\s+)?Travellers?\\s+(?:families|family|communit\\w+|absence|children)|Showmen|Bargees|New\\s+Travellers|Traveller\\s+family|GRT)\\b",
          0,
          "Gyps",
          "Roma",
          "Traveller",
          "Showmen",
          "Bargees",
          "GRT");
  private static final Screened WITHDRAWN =
      Screened.of(
          "\\b(?:code|coded|mark(?:ed)?|recorded)\\s+(?:as\\s+)?'?(H|F|J)'?(?=[\\s,.;)]|$)(?!\\d)|'(H|F|J)'\\s+(?:code|mark)",
          0,
          "code",
          "mark",
          "recorded");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    String travel = context.rules().code(CodeRole.TRAVELLING_FOR_WORK).code();
    Pattern travelCode = TRAVEL_CODE.of(context.rules());
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      String t = s.text();
      // The rare words first: the code's letter is in most sentences that name a code.
      Matcher c = COMMUNITIES.found(t, s.lower());
      if (c != null
          && travelCode.matcher(s.withContext()).find()
          && !Phrases.deniedBefore(t, c.start())) {
        out.report(
            s.at(c.start()),
            "this text gives code "
                + travel
                + " its meaning from before August 2024 (Traveller absence); since 19"
                + " August 2024 "
                + travel
                + " is for any pupil travelling with a parent whose trade or business requires travel",
            Hints.travellingForWork());
      }
      Matcher w = WITHDRAWN.found(t, s.lower());
      if (w != null && !Phrases.deniedBefore(t, w.start())) {
        String code = w.group(1) != null ? w.group(1) : w.group(2);
        out.report(
            s.at(w.start()),
            "this text uses code " + code + ", which is no longer a valid code",
            Hints.removeIt(
                uk.org.attendance.reference.WithdrawnCode.find(code)
                    .map(x -> x.replacement())
                    .orElse(null)));
      }
    }
  }
}
