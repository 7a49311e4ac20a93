package uk.org.attendance.render;

import static uk.org.attendance.text.Formats.money;
import static uk.org.attendance.text.Formats.percent;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.org.attendance.model.PenaltyNotices;
import uk.org.attendance.model.PupilGroup;
import uk.org.attendance.model.School;
import uk.org.attendance.model.Thresholds;
import uk.org.attendance.reference.FactField;
import uk.org.attendance.reference.Rulebook;
import uk.org.attendance.text.Formats;

/**
 * The values of the fact fields for one school: what {@code {{FirstNoticeReduced}}} or {@code
 * {{Band.below-96}}} becomes in its letters. Only facts the model gives are present.
 */
public final class Facts {

  /**
   * The parent's duty (R-LEG-03; Education Act 1996 sections 7 and 444), as every notice to improve
   * states it.
   */
  static final String PARENTAL_DUTY =
      "Parents must make sure that their child of compulsory school age receives a suitable"
          + " full-time education and, once the child is registered at a school, attends it regularly (section 7 and"
          + " section 444 of the Education Act 1996).";

  private Facts() {}

  private static PenaltyNotices.NoticeToImprove nti(School m) {
    return m.penaltyNotices().noticeToImprove();
  }

  /** "3 to 6 weeks", or "4 weeks" for a fixed period, shortest first. */
  static String weeks(int a, int b) {
    int low = Math.min(a, b);
    int high = Math.max(a, b);
    return low == high ? low + (low == 1 ? " week" : " weeks") : low + " to " + high + " weeks";
  }

  /**
   * @param m the school
   * @param rules the national rules
   * @return field name to printed value, in catalogue order, bands last
   */
  public static Map<String, String> of(School m, Rulebook rules) {
    Map<String, String> f = new LinkedHashMap<>();
    Rulebook.Penalties p = rules.penalties();
    for (FactField field : FactField.values()) {
      if (!field.availableFor(m)) {
        continue;
      }
      switch (field) {
        case AttendanceTarget:
          f.put(field.name(), percent(m.thresholds().target()));
          break;
        case FirstNoticeFull:
          f.put(field.name(), money(p.firstFullAmount()));
          break;
        case FirstNoticeFullDays:
          f.put(field.name(), String.valueOf(p.firstFullDays()));
          break;
        case FirstNoticeReduced:
          f.put(field.name(), money(p.firstReducedAmount()));
          break;
        case FirstNoticeReducedDays:
          f.put(field.name(), String.valueOf(p.firstReducedDays()));
          break;
        case LocalAuthority:
          f.put(field.name(), m.school().localAuthority().name());
          break;
        // The notice to improve's contents (R-PN-10) are the school's own words.
        case NoticeToImproveEarlyIssue:
          f.put(field.name(), nti(m).earlyIssue().strip());
          break;
        case NoticeToImprovePeriod:
          f.put(field.name(), weeks(nti(m).minWeeks(), nti(m).maxWeeks()));
          break;
        case NoticeToImproveSufficientImprovement:
          f.put(field.name(), nti(m).sufficientImprovement().strip());
          break;
        case NoticeToImproveSupportGiven:
          f.put(field.name(), nti(m).supportGiven().strip());
          break;
        case NoticeToImproveSupportOffered:
          f.put(field.name(), nti(m).supportOffered().strip());
          break;
        // R-LEG-03: the parent's duty under sections 7 and 444 of the Education Act 1996, in the
        // rulebook's words.
        case ParentalDuty:
          f.put(field.name(), PARENTAL_DUTY);
          break;
        case PersistentAbsence:
          f.put(field.name(), percent(rules.absence().persistentPercent()));
          break;
        case RegisterCloses:
          f.put(
              field.name(),
              Formats.list(
                  m.schoolDay().groups().stream()
                      .filter(
                          g -> g.morningRegister() != null && g.morningRegister().closes() != null)
                      .map(PupilGroup::morningRegister)
                      .map(r -> Formats.time(r.closes()))
                      .distinct()
                      .toList()));
          break;
        case ReportingDeadline:
          f.put(field.name(), Formats.time(m.absenceReporting().deadline()));
          break;
        case SchoolName:
          f.put(field.name(), m.school().name());
          break;
        case SchoolPhone:
          f.put(field.name(), m.school().phone());
          break;
        case SecondNotice:
          f.put(field.name(), money(p.secondAmount()));
          break;
        case ThresholdSessions:
          f.put(field.name(), String.valueOf(p.thresholdSessions()));
          break;
        case ThresholdWeeks:
          f.put(field.name(), String.valueOf(p.thresholdSchoolWeeks()));
          break;
        default:
          throw new IllegalStateException("no value for " + field);
      }
    }
    if (m.thresholds() != null) {
      for (Thresholds.Band b : m.thresholds().bands()) {
        f.put(FactField.BAND_PREFIX + b.id(), Bands.range(b));
      }
    }
    return f;
  }
}
