package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.attendance.diagnostic.Diagnostic;

class UnusableReportingChannelTest {
  final UnusableReportingChannel rule = new UnusableReportingChannel();

  @Test
  void flagsEveryChannelParentsCannotUseWhenTheSchoolGivesNoDetails() {
    // The base school gives no phone, email or website of its own.
    assertFindings(
        rule,
        """
        absenceReporting:
          channels:
            # expect: ATT090
            - type: phone
            # expect: ATT090
            - type: answerphone
            # expect: ATT090
            - type: text-message
            # expect: ATT090
            - type: email
            # expect: ATT090
            - type: app
            # expect: ATT090
            - type: website
            - type: in-person
            - type: letter
        """);
  }

  @Test
  void acceptsChannelsThatGiveTheirOwnNumberAddressOrAppName() {
    assertFindings(
        rule,
        """
        absenceReporting:
          channels:
            - {type: phone, value: 01234 567890}
            - {type: answerphone, value: 01234 567891}
            - {type: text-message, value: 07700 900123}
            - {type: email, value: absence@school.example}
            - {type: app, value: School Messenger}
            - {type: website, value: https://school.example/absence}
        """);
  }

  @Test
  void theSchoolsOwnPhoneEmailAndWebsiteServeTheChannelsThatNeedThem() {
    assertFindings(
        rule,
        """
        school:
          phone: 01234 567890
          email: office@school.example
          website: https://school.example
        absenceReporting:
          channels:
            - type: phone
            - type: answerphone
            - type: text-message
            - type: email
            - type: website
            # expect: ATT090
            - type: app
        """);
  }

  @Test
  void aPhoneNumberDoesNotServeEmailNorAnEmailAddressThePhone() {
    assertFindings(
        rule,
        """
        school:
          email: office@school.example
        absenceReporting:
          channels:
            # expect: ATT090
            - type: phone
            - type: email
        """);
    assertFindings(
        rule,
        """
        school:
          phone: 01234 567890
        absenceReporting:
          channels:
            - type: phone
            # expect: ATT090
            - type: email
            # expect: ATT090
            - type: website
        """);
  }

  @Test
  void aBlankValueIsFlaggedWhereItIsWritten() {
    assertFindings(
        rule,
        """
        absenceReporting:
          channels:
            - type: phone
              # expect: ATT090
              value: "  "
        """);
  }

  @Test
  void saysWhatIsMissingAndWhereToAddIt() {
    List<Diagnostic> found =
        RuleHarness.run(
            rule,
            """
        extends: base.yaml
        absenceReporting:
          channels: [{type: phone}, {type: email}, {type: app}]
        """);
    assertEquals(
        List.of(
            "parents are told to phone, but the policy gives no number",
            "parents are told to email, but the policy gives no email address",
            "parents are told to report an absence through an app, but the policy does not say which app"),
        found.stream().map(Diagnostic::message).toList());
    assertEquals(
        List.of(
            "add the office number as 'phone:' under 'school:', or give this channel the number to call as 'value:'",
            "add the office address as 'email:' under 'school:', or give this channel the address to write to as 'value:'",
            "give this channel the app's name, as parents will find it in their app store, as 'value:'"),
        found.stream().map(Diagnostic::hint).toList());
  }

  @Test
  void aTrustsChannelIsFlaggedInTheTrustsFileForEachMemberWithoutAPhone() {
    String trust =
        RuleHarness.BASE.replace(
            "channels: [{type: phone, value: 01234 567890}]", "channels: [{type: phone}]");
    assertEquals(
        List.of("m1 trust.yaml:" + lineOf(trust, "channels: [{type: phone}]")),
        RuleHarness.runTrust(
            rule,
            trust,
            "school: {id: m1, name: Member One}\n",
            "school: {id: m2, name: Member Two, phone: 01234 567890}\n"));
  }

  static int lineOf(String text, String words) {
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(words)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + words);
  }
}
