package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.AbsenceReporting;
import uk.org.attendance.model.AbsenceReporting.Channel;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.SchoolInfo;

/**
 * Flags a way of reporting an absence that parents cannot use because the policy leaves out what
 * it needs: a phone channel with no number, an email channel with no address, an app with no name.
 * The school's own phone, email or website serves the channel that needs it; in person and by
 * letter need nothing more.
 */
public final class UnusableReportingChannel implements Rule {
  static final RuleInfo INFO =
      new RuleInfo("ATT090", Severity.ERROR, "Absence-reporting channel gives no number, address or app name",
          Links.GUIDANCE, List.of("P1"));

  private static final String PHONE = "add the office number as 'phone:' under 'school:', or give this channel ";

  /** What a channel lacks: the words to say so and how to mend it. */
  private record Lack(String message, String hint) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    AbsenceReporting r = school.model().absenceReporting();
    if (r == null) {
      return;
    }
    for (int i = 0; i < r.channels().size(); i++) {
      Channel c = r.channels().get(i);
      Lack lack = c.type() == null || Given.text(c.value()) ? null : lack(c.type(), school.model().school());
      if (lack != null) {
        out.report(school.whereMissing("/absenceReporting/channels/" + i + "/value"), lack.message(), lack.hint());
      }
    }
  }

  /** What a channel of this type with no value of its own lacks, or null if parents can use it. */
  private static Lack lack(AbsenceReporting.ChannelType type, SchoolInfo s) {
    return switch (type) {
      case PHONE -> Given.text(s.phone()) ? null
          : new Lack("parents are told to phone, but the policy gives no number", PHONE + "the number to call as 'value:'");
      case ANSWERPHONE -> Given.text(s.phone()) ? null
          : new Lack("parents are told to leave a message on the answerphone, but the policy gives no number",
              PHONE + "the answerphone's number as 'value:'");
      case TEXT_MESSAGE -> Given.text(s.phone()) ? null
          : new Lack("parents are told to send a text message, but the policy gives no number to text",
              PHONE + "the number to text as 'value:'");
      case EMAIL -> Given.text(s.email()) ? null
          : new Lack("parents are told to email, but the policy gives no email address",
              "add the office address as 'email:' under 'school:', or give this channel the address to write to as 'value:'");
      case WEBSITE -> Given.text(s.website()) ? null
          : new Lack("parents are told to report an absence on the website, but the policy gives no web address",
              "add the school's web address as 'website:' under 'school:', or give this channel the page's address as 'value:'");
      case APP -> new Lack("parents are told to report an absence through an app, but the policy does not say which app",
          "give this channel the app's name, as parents will find it in their app store, as 'value:'");
      case IN_PERSON, LETTER -> null;
    };
  }
}
