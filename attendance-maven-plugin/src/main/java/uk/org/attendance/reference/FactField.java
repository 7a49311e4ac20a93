package uk.org.attendance.reference;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import uk.org.attendance.model.PenaltyNotices;
import uk.org.attendance.model.School;

/**
 * Fields a letter may quote that the compiler fills in from the school's model and the rulebook
 * (never from the MIS, and never retyped): {@code {{FirstNoticeReduced}}} becomes "£80". A band of
 * the school's is quoted as {@code {{Band.<band-id>}}}, e.g. {@code {{Band.below-96}}} becomes
 * "below 96%".
 */
public enum FactField {
  // keep-sorted start
  AttendanceTarget(
      "The school's attendance target",
      s -> s.thresholds() != null && s.thresholds().target() != null),
  FirstNoticeFull("A first penalty notice, paid within 28 days (R-PN-04)", s -> true),
  FirstNoticeFullDays("Days to pay a first notice in full (R-PN-04)", s -> true),
  FirstNoticeReduced("A first penalty notice, paid within 21 days (R-PN-04)", s -> true),
  FirstNoticeReducedDays("Days to pay the reduced amount (R-PN-04)", s -> true),
  LocalAuthority("The school's local authority", s -> true),
  NoticeToImproveEarlyIssue(
      "When a penalty notice may be issued before a notice to improve's period ends, in the school's words",
      s -> given(nti(s) == null ? null : nti(s).earlyIssue())),
  NoticeToImprovePeriod(
      "The improvement period a notice to improve gives, e.g. 3 to 6 weeks",
      s -> nti(s) != null && nti(s).minWeeks() != null && nti(s).maxWeeks() != null),
  NoticeToImproveSufficientImprovement(
      "What the school counts as sufficient improvement after a notice to improve, in its words",
      s -> given(nti(s) == null ? null : nti(s).sufficientImprovement())),
  NoticeToImproveSupportGiven(
      "The support a family has been given before a notice to improve, in the school's words",
      s -> given(nti(s) == null ? null : nti(s).supportGiven())),
  NoticeToImproveSupportOffered(
      "The further support a notice to improve offers, in the school's words",
      s -> given(nti(s) == null ? null : nti(s).supportOffered())),
  ParentalDuty(
      "The parent's legal duty to make sure their child is educated and attends school regularly (R-LEG-03)",
      s -> true),
  PersistentAbsence("The national persistent-absence level (R-ABS-01)", s -> true),
  RegisterCloses(
      "When the morning register closes",
      s ->
          s.schoolDay().groups().stream()
              .anyMatch(g -> g.morningRegister() != null && g.morningRegister().closes() != null)),
  ReportingDeadline(
      "By when to report an absence",
      s -> s.absenceReporting() != null && s.absenceReporting().deadline() != null),
  SchoolName("The school's full name", s -> true),
  SchoolPhone("The school office's phone number", s -> s.school().phone() != null),
  SecondNotice("A second penalty notice (R-PN-05)", s -> true),
  ThresholdSessions("Sessions in the national penalty threshold (R-PN-01)", s -> true),
  ThresholdWeeks("School weeks in the national penalty threshold (R-PN-01)", s -> true);

  // keep-sorted end

  /** The prefix of a band field: {@code Band.<band-id>}. */
  public static final String BAND_PREFIX = "Band.";

  private final String meaning;
  private final Predicate<School> available;

  FactField(String meaning, Predicate<School> available) {
    this.meaning = meaning;
    this.available = available;
  }

  private static PenaltyNotices.NoticeToImprove nti(School s) {
    return s.penaltyNotices() == null ? null : s.penaltyNotices().noticeToImprove();
  }

  private static boolean given(String text) {
    return text != null && !text.isBlank();
  }

  /** What the field holds. */
  public String meaning() {
    return meaning;
  }

  /** Whether the school's model has the fact. */
  public boolean availableFor(School school) {
    return available.test(school);
  }

  /** The fact field with this exact name, if there is one. */
  public static Optional<FactField> find(String name) {
    return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
  }
}
