package uk.org.attendance.check.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.SchoolText;
import uk.org.attendance.check.Severity;
import uk.org.attendance.model.ClockTime;
import uk.org.attendance.model.ResolvedSchool;

/**
 * Flags text that gives a register-closing time the school's timings do not have: one session
 * with two closing times.
 */
public final class ConflictingRegisterClose implements Rule {
  static final RuleInfo INFO =
      new RuleInfo("ATT020", Severity.ERROR, "Text gives a second register-closing time", Links.GUIDANCE, List.of("R-REG-02", "R-REG-03"));

  private static final String TIME = "(\\d{1,2}[:.]\\d{2}\\s*(?:[aApP]\\.?[mM]\\.?)?|\\d{1,2}\\s*[aApP]\\.?[mM]\\.?)";
  private static final List<Pattern> MENTIONS =
      List.of(
          Pattern.compile("regist(?:er|ers|ration)\\s+(?:will\\s+be\\s+|is\\s+|are\\s+)?clos(?:e|es|ed)\\s*(?:at|by)?\\s*:?\\s*" + TIME,
              Pattern.CASE_INSENSITIVE),
          Pattern.compile(TIME + ",?\\s+when\\s+(?:our|the)\\s+registers?\\s+clos", Pattern.CASE_INSENSITIVE));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    Set<ClockTime> closes = new TreeSet<>();
    RegisterSessions.of(school).stream()
        .filter(s -> s.register() != null && s.register().closes() != null)
        .forEach(s -> closes.add(s.register().closes()));
    if (closes.isEmpty()) {
      return;
    }
    String known = closes.stream().map(ClockTime::iso).collect(Collectors.joining(" and "));
    for (SchoolText.Entry e : SchoolText.of(school.model())) {
      for (Pattern p : MENTIONS) {
        Matcher m = p.matcher(e.text());
        while (m.find()) {
          ClockTime said;
          try {
            said = ClockTime.parse(m.group(1));
          } catch (IllegalArgumentException notATime) {
            continue;
          }
          if (!closes.contains(said)) {
            // "9.00am." at the end of a sentence: the full stop is not part of the time.
            String written = m.group(1).strip().replaceFirst("(?i)(\\d\\s*[ap]m)\\.$", "$1");
            out.report(school.at(e.pointer(), m.group()),
                "this text says the register closes at " + written + ", but the school's register closes at " + known,
                "use one closing time everywhere: change the text, or the register times in 'schoolDay'");
          }
        }
      }
    }
  }
}
