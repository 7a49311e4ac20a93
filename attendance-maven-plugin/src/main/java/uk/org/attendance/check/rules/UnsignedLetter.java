package uk.org.attendance.check.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.Person;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.School;

/**
 * Flags a letter no named person signs: one with neither a signatory nor a signing role, or one
 * signed in a role the school does not fill (signed by the headteacher, with no headteacher named).
 * A school that defines no letters gets the plugin's standard ones, so their signers are checked.
 */
public final class UnsignedLetter implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT092",
          Severity.ERROR,
          "Letter is not signed by a named person",
          Links.GUIDANCE,
          List.of("P5"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    School m = school.model();
    if (m.letters().isEmpty()) {
      Set<Letter.Signer> unfilled = new LinkedHashSet<>();
      context.defaultLetters().stream()
          .filter(l -> signer(m, l) == null && l.signedBy() != null)
          .forEach(l -> unfilled.add(l.signedBy()));
      for (Letter.Signer s : unfilled) {
        out.report(
            school.whereMissing("/contacts/" + key(s)),
            "the standard letters (used because the policy defines none under 'letters:') are signed by "
                + role(s)
                + ", but the policy does not name "
                + role(s),
            Hints.fillSigningRole(key(s), list(s)));
      }
      return;
    }
    for (int i = 0; i < m.letters().size(); i++) {
      Letter l = m.letters().get(i);
      if (signer(m, l) != null) {
        continue;
      }
      if (l.signedBy() == null) {
        out.report(
            school.whereMissing("/letters/" + i + "/signedBy"),
            "nobody signs the letter '" + l.id() + "': it names no signatory and no signing role",
            Hints.addSignedBy());
      } else {
        out.report(
            school.at("/letters/" + i + "/signedBy"),
            "the letter '"
                + l.id()
                + "' is signed by "
                + role(l.signedBy())
                + ", but the policy does not name "
                + role(l.signedBy()),
            Hints.fillSigningRoleOrSignatory(key(l.signedBy()), list(l.signedBy())));
      }
    }
  }

  /** The person who signs, or null if nobody named does. */
  private static Person signer(School m, Letter l) {
    Person p = m.signatoryOf(l);
    return p == null || !Given.text(p.name()) ? null : p;
  }

  /** The key under 'contacts:' that fills a signing role. */
  static String key(Letter.Signer s) {
    return switch (s) {
      case HEADTEACHER -> "headteacher";
      case SENIOR_ATTENDANCE_CHAMPION -> "seniorAttendanceChampion";
      case DAY_TO_DAY_CONTACT -> "dayToDay";
      case INDIVIDUAL_SUPPORT_CONTACT -> "individualSupport";
      case ATTENDANCE_GOVERNOR -> "attendanceGovernor";
    };
  }

  /** The role in words. */
  static String role(Letter.Signer s) {
    return switch (s) {
      case HEADTEACHER -> "the headteacher";
      case SENIOR_ATTENDANCE_CHAMPION -> "the senior attendance champion";
      case DAY_TO_DAY_CONTACT -> "the day-to-day attendance contact";
      case INDIVIDUAL_SUPPORT_CONTACT -> "the contact for more detailed support";
      case ATTENDANCE_GOVERNOR -> "the attendance governor";
    };
  }

  /** Whether the role is filled by a list of people, the first of whom signs. */
  private static boolean list(Letter.Signer s) {
    return s == Letter.Signer.DAY_TO_DAY_CONTACT || s == Letter.Signer.INDIVIDUAL_SUPPORT_CONTACT;
  }
}
