package uk.org.attendance.check.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.PenaltyNotices;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.School;
import uk.org.attendance.reference.FactField;
import uk.org.attendance.reference.MergeField;

/**
 * Flags a school that uses notices to improve but leaves out any of what R-PN-10 says one must set
 * out: in the model, the support given, the further support offered, what counts as sufficient
 * improvement, when a penalty notice may come early, the improvement period and which letter is the
 * notice; in that letter, the pupil's record, the parent's duty, each of those contents, and a
 * clear warning that a penalty notice may follow. Each missing element is its own finding. The
 * period's length is ATT016.
 */
public final class NoticeToImproveIncomplete implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT093",
          Severity.ERROR,
          "Notice to improve leaves out something it must set out",
          Links.GUIDANCE,
          List.of("R-PN-10"));

  private static final String AT = "/penaltyNotices/noticeToImprove";
  private static final Pattern WARNING =
      Pattern.compile("\\bpenalty\\s+notice", Pattern.CASE_INSENSITIVE);

  /** One thing the letter must carry: any of these fields, what it is, and the hint's words. */
  private record Element(List<String> fields, String what, String hint) {}

  private static final List<Element> LETTER =
      List.of(
          new Element(
              List.of(
                  MergeField.AttendancePercent.name(),
                  MergeField.SessionsMissed.name(),
                  MergeField.UnauthorisedSessions.name()),
              "the pupil's attendance record",
              Hints.addAttendanceRecordToLetter()),
          new Element(
              List.of(FactField.ParentalDuty.name()),
              "the parent's legal duty to make sure their child attends",
              Hints.addParentalDutyToLetter()),
          new Element(
              List.of(FactField.NoticeToImproveSupportGiven.name()),
              "the support given so far",
              Hints.addNoticeToImproveFieldToLetter("NoticeToImproveSupportGiven", "supportGiven")),
          new Element(
              List.of(FactField.NoticeToImproveSupportOffered.name()),
              "the further support on offer",
              Hints.addNoticeToImproveFieldToLetter(
                  "NoticeToImproveSupportOffered", "supportOffered")),
          new Element(
              List.of(
                  FactField.NoticeToImprovePeriod.name(), MergeField.ImprovementPeriodEnd.name()),
              "the improvement period",
              Hints.addImprovementPeriodToLetter()),
          new Element(
              List.of(FactField.NoticeToImproveSufficientImprovement.name()),
              "what counts as sufficient improvement",
              Hints.addNoticeToImproveFieldToLetter(
                  "NoticeToImproveSufficientImprovement", "sufficientImprovement")),
          new Element(
              List.of(FactField.NoticeToImproveEarlyIssue.name()),
              "when a penalty notice may be issued before the period ends",
              Hints.addNoticeToImproveFieldToLetter("NoticeToImproveEarlyIssue", "earlyIssue")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    School m = school.model();
    PenaltyNotices.NoticeToImprove nti =
        m.penaltyNotices() == null ? null : m.penaltyNotices().noticeToImprove();
    if (nti == null || !Boolean.TRUE.equals(nti.used())) {
      return;
    }
    contents(school, nti, context, out);
    letter(school, nti, out);
  }

  /** What the model must give. */
  private static void contents(
      ResolvedSchool school,
      PenaltyNotices.NoticeToImprove nti,
      CheckContext context,
      Reporter out) {
    String says = "the school uses notices to improve, but the policy does not say ";
    if (!Given.text(nti.supportGiven())) {
      out.report(
          school.whereMissing(AT + "/supportGiven"),
          says + "what support the family will already have been given",
          Hints.addNoticeToImproveKey("supportGiven"));
    }
    if (!Given.text(nti.supportOffered())) {
      out.report(
          school.whereMissing(AT + "/supportOffered"),
          says + "what further support a notice to improve offers",
          Hints.addNoticeToImproveKey("supportOffered"));
    }
    if (!Given.text(nti.sufficientImprovement())) {
      out.report(
          school.whereMissing(AT + "/sufficientImprovement"),
          says + "what counts as sufficient improvement during the improvement period",
          Hints.addNoticeToImproveKey("sufficientImprovement"));
    }
    if (!Given.text(nti.earlyIssue())) {
      out.report(
          school.whereMissing(AT + "/earlyIssue"),
          says + "when a penalty notice may be issued before the improvement period ends",
          Hints.addNoticeToImproveKey("earlyIssue"));
    }
    int min = context.rules().penalties().noticeToImproveMinWeeks();
    int max = context.rules().penalties().noticeToImproveMaxWeeks();
    if (nti.minWeeks() == null && nti.maxWeeks() == null) {
      out.report(
          school.whereMissing(AT + "/minWeeks"),
          says + "how long the improvement period is",
          Hints.addImprovementPeriod("'minWeeks:' and 'maxWeeks:'", min, max));
    } else if (nti.minWeeks() == null) {
      out.report(
          school.whereMissing(AT + "/minWeeks"),
          "the school uses notices to improve, but the policy gives only the longest improvement period, not the shortest",
          Hints.addImprovementPeriod("'minWeeks:'", min, max));
    } else if (nti.maxWeeks() == null) {
      out.report(
          school.whereMissing(AT + "/maxWeeks"),
          "the school uses notices to improve, but the policy gives only the shortest improvement period, not the longest",
          Hints.addImprovementPeriod("'maxWeeks:'", min, max));
    } else if (nti.minWeeks() > nti.maxWeeks()) {
      out.report(
          school.at(AT + "/minWeeks"),
          "the shortest improvement period ("
              + nti.minWeeks()
              + " weeks) is longer than the longest ("
              + nti.maxWeeks()
              + " weeks)",
          Hints.swapImprovementPeriod());
    }
  }

  /** The letter must exist and carry every element. */
  private static void letter(
      ResolvedSchool school, PenaltyNotices.NoticeToImprove nti, Reporter out) {
    List<Letter> letters = school.model().letters();
    Set<String> ids = letters.stream().map(Letter::id).collect(Collectors.toSet());
    if (!Given.text(nti.letter())) {
      List<String> likely = likely(letters);
      out.report(
          school.whereMissing(AT + "/letter"),
          "the school uses notices to improve, but the policy does not say which letter is the notice",
          Hints.addNoticeToImproveLetter(likely.size() == 1 ? likely.get(0) : null));
      return;
    }
    int index = -1;
    for (int i = 0; i < letters.size() && index < 0; i++) {
      if (letters.get(i).id().equals(nti.letter())) {
        index = i;
      }
    }
    if (index < 0) {
      out.report(
          school.at(AT + "/letter"),
          "the notice to improve is the letter '"
              + nti.letter()
              + "', which 'letters:' does not define",
          ids.isEmpty() ? Hints.addLetter() : Hints.didYouMean(nti.letter(), ids, "letters"));
      return;
    }
    Letter letter = letters.get(index);
    String body = "/letters/" + index + "/body";
    List<String> used = letter.mergeFields();
    for (Element e : LETTER) {
      if (e.fields().stream().noneMatch(used::contains)) {
        out.report(
            school.at(body),
            "the notice to improve '" + letter.id() + "' does not set out " + e.what(),
            e.hint());
      }
    }
    if (!WARNING.matcher(withoutFields(letter.body())).find()) {
      out.report(
          school.at(body),
          "the notice to improve '"
              + letter.id()
              + "' does not warn clearly that a penalty notice may follow",
          Hints.warnOfPenaltyNotice());
    }
  }

  /** The letters that look like the notice: of its kind, or else named for it. */
  private static List<String> likely(List<Letter> letters) {
    List<String> ofKind =
        letters.stream()
            .filter(l -> l.kind() == Letter.Kind.NOTICE_TO_IMPROVE)
            .map(Letter::id)
            .toList();
    if (!ofKind.isEmpty()) {
      return ofKind;
    }
    return letters.stream()
        .filter(
            l ->
                (l.id() + " " + l.title())
                    .toLowerCase(java.util.Locale.ROOT)
                    .replace('-', ' ')
                    .contains("notice to improve"))
        .map(Letter::id)
        .toList();
  }

  /** The body without its fields, so "penalty notice" counts only in the letter's own words. */
  private static String withoutFields(String body) {
    return Letter.MERGE_FIELD.matcher(body).replaceAll(" ");
  }
}
