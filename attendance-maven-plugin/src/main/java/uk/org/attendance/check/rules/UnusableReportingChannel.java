package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.AbsenceReporting;
import uk.org.attendance.model.AbsenceReporting.Channel;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.SchoolInfo;

/**
 * Flags a way of reporting an absence that parents cannot use because the policy leaves out what it
 * needs: a phone channel with no number, an email channel with no address, an app with no name. The
 * school's own phone, email or website serves the channel that needs it; in person and by letter
 * need nothing more.
 */
public final class UnusableReportingChannel implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT090",
          Severity.ERROR,
          "Absence-reporting channel gives no number, address or app name",
          Links.GUIDANCE,
          List.of("P1"));

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
      Lack lack =
          c.type() == null || Given.text(c.value())
              ? null
              : lack(c.type(), school.model().school());
      if (lack != null) {
        out.report(
            school.whereMissing("/absenceReporting/channels/" + i + "/value"),
            lack.message(),
            lack.hint());
      }
    }
  }

  /** What a channel of this type with no value of its own lacks, or null if parents can use it. */
  private static Lack lack(AbsenceReporting.ChannelType type, SchoolInfo s) {
    return switch (type) {
      case PHONE ->
          Given.text(s.phone())
              ? null
              : new Lack(
                  "parents are told to phone, but the policy gives no number",
                  Hints.addOfficePhone("the number to call"));
      case ANSWERPHONE ->
          Given.text(s.phone())
              ? null
              : new Lack(
                  "parents are told to leave a message on the answerphone, but the policy gives no number",
                  Hints.addOfficePhone("the answerphone's number"));
      case TEXT_MESSAGE ->
          Given.text(s.phone())
              ? null
              : new Lack(
                  "parents are told to send a text message, but the policy gives no number to text",
                  Hints.addOfficePhone("the number to text"));
      case EMAIL ->
          Given.text(s.email())
              ? null
              : new Lack(
                  "parents are told to email, but the policy gives no email address",
                  Hints.addOfficeEmail());
      case WEBSITE ->
          Given.text(s.website())
              ? null
              : new Lack(
                  "parents are told to report an absence on the website, but the policy gives no web address",
                  Hints.addWebsite());
      case APP ->
          new Lack(
              "parents are told to report an absence through an app, but the policy does not say which app",
              Hints.nameTheApp());
      case IN_PERSON, LETTER -> null;
    };
  }
}
