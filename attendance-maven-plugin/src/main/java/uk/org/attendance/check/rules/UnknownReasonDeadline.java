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
import uk.org.attendance.text.Numbers;
import uk.org.attendance.text.Screened;

/** Flags a deadline other than 5 school days for replacing code N. */
public final class UnknownReasonDeadline implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT028",
          Severity.ERROR,
          "Code {codeReasonNotYetEstablished} is not replaced within {unknownReasonDays} school days",
          Links.GUIDANCE,
          List.of("R-REG-05"));

  private static final PerRuleSet<Pattern> CODE =
      new PerRuleSet<>(r -> code(r.code(CodeRole.REASON_NOT_YET_ESTABLISHED).code()));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    checkText(school, context, out);
    int days = context.rules().registers().unknownReasonDays();
    String n = context.rules().code(CodeRole.REASON_NOT_YET_ESTABLISHED).code();
    Integer stated =
        school.model().registers() == null
            ? null
            : school.model().registers().unknownReasonReplacedWithinDays();
    if (stated != null && stated != days) {
      out.report(
          school.at("/registers/unknownReasonReplacedWithinDays"),
          "the policy replaces code "
              + n
              + " within "
              + stated
              + " school days; it must be replaced within "
              + days,
          Hints.changeTo(days));
    }
  }

  private static final Screened WITHIN =
      Screened.of(
          "\\bwithin\\s+(" + Numbers.NUMBER + ")\\s+(?:school\\s+|working\\s+)?days?\\b",
          Pattern.CASE_INSENSITIVE,
          "within");

  /** The code, by its letter or its meaning. */
  private static Pattern code(String n) {
    String q = Pattern.quote(n);
    return Pattern.compile(
        "(?:\\bcode\\s+'?"
            + q
            + "'?\\b|'"
            + q
            + "'|\\b"
            + q
            + "\\s+code|^"
            + q
            + "\\b|reason\\s+(?:for\\s+absence\\s+)?not\\s+yet\\s+(?:established|provided))",
        Pattern.CASE_INSENSITIVE);
  }

  /** The time to replace code N, stated in words. */
  private static void checkText(ResolvedSchool school, CheckContext context, Reporter out) {
    int days = context.rules().registers().unknownReasonDays();
    String code = context.rules().code(CodeRole.REASON_NOT_YET_ESTABLISHED).code();
    Pattern codeN = CODE.of(context.rules());
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      String t = s.text();
      // Only a time "within" some days is reported: that word is rarer than the code's letter.
      if (!WITHIN.mayMatch(t, s.lower()) || !codeN.matcher(t).find()) {
        continue;
      }
      Matcher m = WITHIN.pattern().matcher(t);
      while (m.find()) {
        int n = Numbers.parse(m.group(1)).orElse(days);
        if (n != days) {
          out.report(
              s.at(m.start()),
              "this text replaces code "
                  + code
                  + " within "
                  + n
                  + " days; it must be replaced within "
                  + days
                  + " school days",
              Hints.write(days + " school days"));
        }
      }
    }
  }
}
