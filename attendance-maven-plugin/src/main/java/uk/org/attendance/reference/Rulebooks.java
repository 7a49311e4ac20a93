package uk.org.attendance.reference;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The rule sets the checker knows, newest last. */
public final class Rulebooks {

  private Rulebooks() {}

  /**
   * The rules in force from 19 August 2024: SI 2024/208, SI 2024/210 and the statutory guidance
   * "Working together to improve school attendance". Values and rule ids from {@code
   * dfe-2024-rules.md}, verified as of 23 November 2026.
   */
  public static final Rulebook DFE_2024 =
      new Rulebook(
          "DfE attendance rules from 19 August 2024",
          LocalDate.of(2024, 8, 19),
          LocalDate.of(2026, 11, 23),
          new Rulebook.Penalties(
              10, // R-PN-01: 10 sessions
              10, // R-PN-01: rolling 10 school weeks
              AttendanceCode.thresholdCodes(), // R-PN-01: G, N, O, U
              80, // R-PN-04: £80 if paid within 21 days
              21,
              160, // R-PN-04: £160 if paid within 28 days
              28,
              160, // R-PN-05: second notice, flat £160 within 28 days
              28,
              2, // R-PN-06: at most 2 per parent per child in 3 years
              3,
              3, // R-PN-10: improvement period of 3 to 6 weeks
              6,
              60, // R-PN-11: s105 notices £60 / £120 (confidence M)
              120),
          new Rulebook.Absence(
              10.0, // R-ABS-01: persistently absent at 10% or more
              50.0), // R-ABS-02: severely absent at 50% or more
          new Rulebook.Registers(
              30, // R-REG-03: register open at most 30 minutes, the same for every session
              5, // R-REG-05: N replaced within 5 school days
              6), // R-REG-07: entries kept 6 years
          new Rulebook.Returns(
              5, // R-LA-01: new-pupil return within 5 days
              10, // R-LA-03: 10 continuous school days of unauthorised absence
              15, // R-LA-04: 15 school days of illness
              20), // R-LA-06: deletion after 20 continuous school days, after joint enquiries
          new Rulebook.SchoolYear(
              2, // R-DAY-01: two sessions a day, morning and afternoon
              380, // R-DAY-02: 380 sessions a year
              32 * 60 + 30, // R-DAY-03: 32.5 hours a week (expectation)
              6), // R-EXC-01: provision from the sixth school day
          new Rulebook.Prosecution(
              1000, // R-LEG-01: s444(1), level 3
              2500, // R-LEG-02: s444(1A), level 4
              3, // R-LEG-02: and/or 3 months
              // The sections of the Education Act 1996 a policy may rightly cite about attendance:
              // the
              // duties (7, 8, 19), registration (434), children missing education (436A), school
              // attendance orders (437-443), the offences and their subsections (444), penalty
              // notices
              // (444A, 444B), prosecution (446), education supervision orders (447), "parent"
              // (576).
              List.of(
                  "7", "8", "19", "434", "436A", "437", "438", "439", "440", "441", "442", "443",
                  "444", "444(1)", "444(1A)", "444(1B)", "444(2)", "444(2A)", "444(3)", "444(3A)",
                  "444(3B)", "444(3C)", "444(3D)", "444(3E)", "444(3F)", "444(4)", "444(5)",
                  "444(6)", "444(7)", "444(7A)", "444(8)", "444(8A)", "444(8B)", "444(9)", "444ZA",
                  "444A", "444B", "446", "447", "576")),
          // R-LOA-01: the regulation 11 grounds (with M, from the reg 10 leave table)
          List.of(
              AttendanceCode.C1,
              AttendanceCode.M,
              AttendanceCode.J1,
              AttendanceCode.S,
              AttendanceCode.C2,
              AttendanceCode.C),
          // §1.1 code table; R-REG-02 (L, U), R-REG-05 (N), R-PN-01 (#), R-LOA-01 (M, C2, C)
          java.util.Map.ofEntries(
              java.util.Map.entry(CodeRole.LATE_BEFORE_CLOSE, AttendanceCode.L),
              java.util.Map.entry(CodeRole.LATE_AFTER_CLOSE, AttendanceCode.U),
              java.util.Map.entry(CodeRole.REASON_NOT_YET_ESTABLISHED, AttendanceCode.N),
              java.util.Map.entry(CodeRole.HOLIDAY_NOT_GRANTED, AttendanceCode.G),
              java.util.Map.entry(CodeRole.PLANNED_CLOSURE, AttendanceCode.CLOSED),
              java.util.Map.entry(CodeRole.ILLNESS, AttendanceCode.I),
              java.util.Map.entry(CodeRole.RELIGIOUS_OBSERVANCE, AttendanceCode.R),
              java.util.Map.entry(CodeRole.PART_TIME_TIMETABLE, AttendanceCode.C2),
              java.util.Map.entry(CodeRole.EXCEPTIONAL_CIRCUMSTANCES, AttendanceCode.C),
              java.util.Map.entry(CodeRole.TRAVELLING_FOR_WORK, AttendanceCode.T),
              java.util.Map.entry(CodeRole.MEDICAL_APPOINTMENT, AttendanceCode.M),
              java.util.Map.entry(CodeRole.DUAL_REGISTRATION, AttendanceCode.D),
              java.util.Map.entry(CodeRole.TRANSPORT_NOT_PROVIDED, AttendanceCode.Y1),
              java.util.Map.entry(CodeRole.TRAVEL_DISRUPTED, AttendanceCode.Y2),
              java.util.Map.entry(CodeRole.PREMISES_PARTLY_CLOSED, AttendanceCode.Y3),
              java.util.Map.entry(CodeRole.SITE_CLOSED, AttendanceCode.Y4)),
          new Rulebook.Links(
              "https://www.gov.uk/government/publications/working-together-to-improve-school-attendance",
              "https://www.legislation.gov.uk/uksi/2024/208",
              "https://www.legislation.gov.uk/uksi/2024/210",
              "https://www.legislation.gov.uk/ukpga/1996/56/section/444",
              "https://www.gov.uk/government/publications/length-of-the-school-week-minimum-expectation",
              "https://www.nhs.uk/live-well/is-my-child-too-ill-for-school/"),
          Statements.load("/rulebook/dfe-2024.statements.properties"));

  private static final List<Rulebook> ALL = List.of(DFE_2024);

  /**
   * The rule set in force on a day.
   *
   * @param day usually the day the policy applies from, or today
   * @return the newest rule set that had come into force by that day, or the oldest known
   */
  public static Rulebook inForceOn(LocalDate day) {
    return ALL.stream()
        .filter(r -> !r.effectiveFrom().isAfter(day))
        .max(Comparator.comparing(Rulebook::effectiveFrom))
        .orElse(ALL.get(0));
  }
}
