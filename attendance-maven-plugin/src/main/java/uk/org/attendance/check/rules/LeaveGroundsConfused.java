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
import uk.org.attendance.reference.AttendanceCode;
import uk.org.attendance.reference.CodeGroup;
import uk.org.attendance.reference.CodeRole;
import uk.org.attendance.reference.Rulebook;
import uk.org.attendance.reference.Treatment;
import uk.org.attendance.text.Screened;

/**
 * Flags leave of absence confused with other kinds of absence: educational activities (trips, work
 * experience, sport, dual registration, local-authority provision) described as leave the school
 * grants; illness or religious observance described as leave granted; and illness, medical
 * appointments, religious observance, closures, transport or a parent's travel for work treated as
 * exceptional circumstances, each of which has a code of its own.
 */
public final class LeaveGroundsConfused implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT044",
          Severity.ERROR,
          "Leave of absence confused with another kind of absence",
          Links.REGULATIONS,
          List.of("R-LOA-01", "R-LOA-05"));

  private static final Screened LEAVE_GRANTED =
      Screened.of(
          "leave\\s+(?:of\\s+absence\\s+)?(?:may|can|will|could)?\\s*(?:also\\s+|only\\s+|sometimes\\s+)?(?:be\\s+)?(?:granted|given|authori[sz]ed)"
              + "|(?:grant|grants|granted|give|gives|authori[sz]e)\\s+(?:a\\s+)?leave|(?:has|have)\\s+granted\\s+leave",
          Pattern.CASE_INSENSITIVE,
          "leave");
  private static final Pattern EDUCATIONAL =
      Pattern.compile(
          "educational\\s+(?:activit\\w+|visits?|trips?)|work\\s+experience|sporting\\s+activit\\w+|dual[- ]registration"
              + "|another\\s+school\\s+at\\s+which|provision\\s+arranged\\s+by\\s+the\\s+local\\s+authority",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_LEAVE =
      Pattern.compile(
          "\\b(?:too\\s+(?:ill|unwell)|unwell|illness|sick(?:ness)?|infectious)\\b|religious\\s+(?:or\\s+cultural\\s+)?observances?",
          Pattern.CASE_INSENSITIVE);
  private static final Screened EXCEPTIONAL =
      Screened.of("exceptional\\s+circumstances?", Pattern.CASE_INSENSITIVE, "exceptional");
  private static final Screened OWN_CODE =
      Screened.of(
          "\\b(?:too\\s+(?:ill|unwell)|unwell|illness|sick(?:ness)?)\\b|(?:medical|dental|doctor'?s?|hospital)\\s+(?:or\\s+dental\\s+)?appointments?"
              + "|\\bsuch\\s+appointments\\b|religious\\s+observance|site,?\\s+or\\s+part\\s+of\\s+it,?\\s+is\\s+closed|school\\s+(?:site\\s+)?is\\s+closed"
              + "|transport\\s+(?:provided|normally\\s+provided)|disruption\\s+to\\s+travel|travelling\\s+(?:with\\s+their\\s+parents/carers\\s+)?for\\s+occupational",
          Pattern.CASE_INSENSITIVE,
          "too",
          "unwell",
          "illness",
          "sick",
          "appointment",
          "religious",
          "closed",
          "transport",
          "disruption",
          "occupational");

  private static final Screened EXCEPTIONAL_INCLUDES =
      Screened.of(
          "exceptional\\s+circumstances?[^.;]{0,60}?\\b(?:such\\s+as|include|includes|including|e\\.?g\\.?|for\\s+example|like)\\b[^.;]*?"
              + "(?:too\\s+(?:ill|unwell)|unwell|illness|sick|appointments?|religious\\s+observance|transport|disruption\\s+to\\s+travel|occupational)",
          Pattern.CASE_INSENSITIVE,
          "exceptional");
  private static final Screened IN_EXCEPTIONAL =
      Screened.of(
          "(?:too\\s+(?:ill|unwell)|unwell|illness|sick|appointments?|religious\\s+observance)[^.;]{0,80}?\\b(?:only\\s+)?(?:in|as|under|for)\\s+"
              + "(?:an?\\s+)?exceptional\\s+circumstances?",
          Pattern.CASE_INSENSITIVE,
          "exceptional");

  /**
   * The codes for approved educational activity off site, which count as attendance (§1.1 code
   * table).
   */
  private static String educational() {
    return String.join(
        ", ",
        AttendanceCode.all().stream()
            .filter(
                c ->
                    c.group() == CodeGroup.ATTENDING_ELSEWHERE
                        && c.treatment() == Treatment.ATTENDANCE)
            .map(AttendanceCode::code)
            .toList());
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    Rulebook rules = context.rules();
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      String t = s.text();
      String lower = s.lower();
      Matcher g = LEAVE_GRANTED.found(t, lower);
      boolean granted = g != null && !Phrases.deniedBefore(t, g.start());
      if (granted) {
        Matcher e = EDUCATIONAL.matcher(t);
        if (e.find()) {
          out.report(
              s.at(e.start()),
              "this text treats "
                  + e.group().toLowerCase(java.util.Locale.ROOT)
                  + " as leave of absence;"
                  + " educational activities off site are attendance (codes "
                  + educational()
                  + ") or dual registration ("
                  + rules.code(CodeRole.DUAL_REGISTRATION).code()
                  + "), not leave",
              Hints.approvedEducationalActivities());
          continue;
        }
        Matcher n = NOT_LEAVE.matcher(t);
        if (n.find()) {
          boolean religious = n.group().toLowerCase(java.util.Locale.ROOT).startsWith("religious");
          boolean otherGround = lower.matches(".*\\b(appointments?|interviews?)\\b.*");
          if (religious || !otherGround) {
            out.report(
                s.at(n.start()),
                "this text treats "
                    + n.group().toLowerCase(java.util.Locale.ROOT)
                    + " as leave the school"
                    + " grants;"
                    + (religious
                        ? " religious observance on a day set apart by the parents' religious body is authorised absence (code "
                            + rules.code(CodeRole.RELIGIOUS_OBSERVANCE).code()
                            + "), not leave"
                        : " illness is authorised absence (code "
                            + rules.code(CodeRole.ILLNESS).code()
                            + "), not leave of absence"),
                Hints.keepLeaveForRegulation11());
            continue;
          }
        }
      }
      // Exceptional circumstances said to include a ground with a code of its own: as a list item
      // led in by "exceptional circumstances ... include:", or in one sentence ("exceptional
      // circumstances such as illness", "appointments ... only in exceptional circumstances"). Each
      // needs the word "exceptional" in the sentence or its lead-in, so that is looked for first.
      if (!s.mayMatchWithLead(EXCEPTIONAL)) {
        continue;
      }
      Matcher o = OWN_CODE.found(t, lower);
      if (o == null
          || Phrases.deniedBefore(t, o.start())
          || lower.matches(".*\\b(is|are)\\s+not\\s+(an?\\s+)?exceptional.*")) {
        continue;
      }
      boolean underLead =
          s.lead() != null
              && EXCEPTIONAL.find(s.lead(), s.lowerLead())
              && !Phrases.DENIED_OR_PAST.matcher(s.lead()).find();
      boolean inSentence = EXCEPTIONAL_INCLUDES.find(t, lower) || IN_EXCEPTIONAL.find(t, lower);
      if (underLead || inSentence) {
        out.report(
            s.at(o.start()),
            "this text counts "
                + o.group().toLowerCase(java.util.Locale.ROOT)
                + " as exceptional"
                + " circumstances; it has a code of its own (illness "
                + rules.code(CodeRole.ILLNESS).code()
                + ", medical appointments "
                + rules.code(CodeRole.MEDICAL_APPOINTMENT).code()
                + ", religious observance "
                + rules.code(CodeRole.RELIGIOUS_OBSERVANCE).code()
                + ", closures "
                + rules.code(CodeRole.PREMISES_PARTLY_CLOSED).code()
                + "/"
                + rules.code(CodeRole.SITE_CLOSED).code()
                + ", transport "
                + rules.code(CodeRole.TRANSPORT_NOT_PROVIDED).code()
                + ", travel disruption "
                + rules.code(CodeRole.TRAVEL_DISRUPTED).code()
                + ", a parent's travel for work "
                + rules.code(CodeRole.TRAVELLING_FOR_WORK).code()
                + "), and exceptional-circumstances leave ("
                + rules.code(CodeRole.EXCEPTIONAL_CIRCUMSTANCES).code()
                + ") is for other events",
            Hints.onlyRareEvents());
      }
    }
  }
}
