package uk.org.attendance.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The national attendance and absence codes in force from 19 August 2024 (the School Attendance
 * (Pupil Registration) (England) Regulations 2024, reg 10; dfe-2024-rules.md section 1.1). Each
 * code carries its group, its statistical treatment (R-ABS-03) and, where schools are known to get
 * it wrong, words that contradict its meaning.
 *
 * <p>Kept in the order of the regulation's tables.
 */
public enum AttendanceCode {
  // keep-in-regulation-order start
  PRESENT_AM(
      "/",
      "Present when the morning register starts to be taken",
      CodeGroup.PRESENT,
      Treatment.ATTENDANCE),
  PRESENT_PM(
      "\\",
      "Present when the afternoon register starts to be taken",
      CodeGroup.PRESENT,
      Treatment.ATTENDANCE),
  L(
      "L",
      "Absent when the register started, but arrived before it closed",
      CodeGroup.PRESENT,
      Treatment.ATTENDANCE),
  K(
      "K",
      "At a place other than the school for education arranged by the local authority",
      CodeGroup.ATTENDING_ELSEWHERE,
      Treatment.ATTENDANCE),
  V(
      "V",
      "On an educational visit or trip arranged by or for the school and supervised by school staff",
      CodeGroup.ATTENDING_ELSEWHERE,
      Treatment.ATTENDANCE),
  P(
      "P",
      "Taking part in an approved sporting activity",
      CodeGroup.ATTENDING_ELSEWHERE,
      Treatment.ATTENDANCE),
  W("W", "On approved work experience", CodeGroup.ATTENDING_ELSEWHERE, Treatment.ATTENDANCE),
  B(
      "B",
      "At any other approved educational activity off site, supervised by a suitably qualified person",
      CodeGroup.ATTENDING_ELSEWHERE,
      Treatment.ATTENDANCE),
  D(
      "D",
      "Attending a session at another school where the pupil is also registered",
      CodeGroup.ATTENDING_ELSEWHERE,
      Treatment.NOT_COUNTED),
  C1(
      "C1",
      "Leave for a regulated performance or regulated employment abroad",
      CodeGroup.LEAVE_OF_ABSENCE,
      Treatment.AUTHORISED_ABSENCE),
  M(
      "M",
      "Leave for a medical or dental appointment",
      CodeGroup.LEAVE_OF_ABSENCE,
      Treatment.AUTHORISED_ABSENCE),
  J1(
      "J1",
      "Leave for an interview for employment or admission to another educational institution",
      CodeGroup.LEAVE_OF_ABSENCE,
      Treatment.AUTHORISED_ABSENCE),
  S(
      "S",
      "Leave to study for a public examination",
      CodeGroup.LEAVE_OF_ABSENCE,
      Treatment.AUTHORISED_ABSENCE),
  X(
      "X",
      "Below compulsory school age and not required to attend this session",
      CodeGroup.LEAVE_OF_ABSENCE,
      Treatment.NOT_COUNTED),
  C2(
      "C2",
      "Leave for a pupil of compulsory school age on a temporary part-time timetable",
      CodeGroup.LEAVE_OF_ABSENCE,
      Treatment.AUTHORISED_ABSENCE),
  C(
      "C",
      "Leave of absence for exceptional circumstances",
      CodeGroup.LEAVE_OF_ABSENCE,
      Treatment.AUTHORISED_ABSENCE),
  T(
      "T",
      "Parent travelling for occupational purposes, with the pupil",
      CodeGroup.OTHER_AUTHORISED,
      Treatment.AUTHORISED_ABSENCE),
  R(
      "R",
      "Religious observance on a day set apart by the parents' religious body",
      CodeGroup.OTHER_AUTHORISED,
      Treatment.AUTHORISED_ABSENCE),
  I(
      "I",
      "Illness (not a medical or dental appointment)",
      CodeGroup.OTHER_AUTHORISED,
      Treatment.AUTHORISED_ABSENCE),
  E(
      "E",
      "Suspended or permanently excluded, and no alternative provision made",
      CodeGroup.OTHER_AUTHORISED,
      Treatment.AUTHORISED_ABSENCE),
  Q(
      "Q",
      "Unable to attend because of a lack of access arrangements",
      CodeGroup.UNABLE_TO_ATTEND,
      Treatment.NOT_COUNTED),
  Y1(
      "Y1",
      "Unable to attend: transport normally provided is not available, and the school is beyond walking distance",
      CodeGroup.UNABLE_TO_ATTEND,
      Treatment.NOT_COUNTED),
  Y2(
      "Y2",
      "Unable to attend: widespread disruption to travel",
      CodeGroup.UNABLE_TO_ATTEND,
      Treatment.NOT_COUNTED),
  Y3(
      "Y3",
      "Unable to attend: part of the school premises unexpectedly closed",
      CodeGroup.UNABLE_TO_ATTEND,
      Treatment.NOT_COUNTED),
  Y4(
      "Y4",
      "Unable to attend: the whole school site unexpectedly closed",
      CodeGroup.UNABLE_TO_ATTEND,
      Treatment.NOT_COUNTED),
  Y5(
      "Y5",
      "Unable to attend: in criminal justice detention",
      CodeGroup.UNABLE_TO_ATTEND,
      Treatment.NOT_COUNTED),
  Y6(
      "Y6",
      "Unable to attend: attending would breach public health guidance or law",
      CodeGroup.UNABLE_TO_ATTEND,
      Treatment.NOT_COUNTED),
  Y7(
      "Y7",
      "Unable to attend: any other unavoidable cause",
      CodeGroup.UNABLE_TO_ATTEND,
      Treatment.NOT_COUNTED,
      "(?<!un)avoidable",
      "Y7 is for an unavoidable cause, which must affect the pupil"),
  G(
      "G",
      "Holiday not granted by the school",
      CodeGroup.UNAUTHORISED,
      Treatment.UNAUTHORISED_ABSENCE,
      "\\b(agreed|authori[sz]ed|granted) (family )?holiday\\b",
      "G is a holiday the school has not granted"),
  N(
      "N",
      "Reason for absence not yet established",
      CodeGroup.UNAUTHORISED,
      Treatment.UNAUTHORISED_ABSENCE),
  O(
      "O",
      "Absent in other or unknown circumstances",
      CodeGroup.UNAUTHORISED,
      Treatment.UNAUTHORISED_ABSENCE),
  U(
      "U",
      "Arrived after the register closed",
      CodeGroup.UNAUTHORISED,
      Treatment.UNAUTHORISED_ABSENCE),
  Z(
      "Z",
      "Prospective pupil not yet on the admission register",
      CodeGroup.ADMINISTRATIVE,
      Treatment.NOT_COUNTED),
  CLOSED("#", "Planned whole-school closure", CodeGroup.ADMINISTRATIVE, Treatment.NOT_COUNTED);
  // keep-in-regulation-order end

  private final String code;
  private final String meaning;
  private final CodeGroup group;
  private final Treatment treatment;
  private final Pattern contradiction;
  private final String contradictionReason;

  AttendanceCode(String code, String meaning, CodeGroup group, Treatment treatment) {
    this(code, meaning, group, treatment, null, null);
  }

  AttendanceCode(
      String code,
      String meaning,
      CodeGroup group,
      Treatment treatment,
      String contradiction,
      String reason) {
    this.code = code;
    this.meaning = meaning;
    this.group = group;
    this.treatment = treatment;
    this.contradiction =
        contradiction == null ? null : Pattern.compile(contradiction, Pattern.CASE_INSENSITIVE);
    this.contradictionReason = reason;
  }

  /** The code as entered in the register, e.g. "Y7" or "#". */
  public String code() {
    return code;
  }

  /** The national meaning, paraphrased. */
  public String meaning() {
    return meaning;
  }

  /**
   * How it counts, as the national code tables say it: "Present", "Attendance at an approved
   * educational activity" (B, K, P, V, W), "Authorised absence", "Unauthorised absence" or "Not a
   * possible session" (R-ABS-03).
   */
  public String countsAs() {
    if (treatment == Treatment.ATTENDANCE) {
      return group == CodeGroup.PRESENT
          ? "Present"
          : "Attendance at an approved educational activity";
    }
    return treatment.label();
  }

  /** The group it belongs to in the regulations. */
  public CodeGroup group() {
    return group;
  }

  /** How it counts in attendance statistics. */
  public Treatment treatment() {
    return treatment;
  }

  /**
   * Why a school's wording contradicts this code's national meaning, if it does.
   *
   * @param wording the school's meaning for the code
   * @return the reason, or empty if nothing known contradicts
   */
  public Optional<String> contradictedBy(String wording) {
    if (contradiction != null && wording != null && contradiction.matcher(wording).find()) {
      return Optional.of(contradictionReason);
    }
    return Optional.empty();
  }

  /** The national code written as {@code code}, ignoring case and surrounding space. */
  public static Optional<AttendanceCode> find(String code) {
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(v -> v.code.equals(c)).findFirst();
  }

  /** Every code, in the regulation's order. */
  public static List<AttendanceCode> all() {
    return List.of(values());
  }

  /** The codes that count towards the national penalty-notice threshold: G, N, O, U (R-PN-01). */
  public static List<AttendanceCode> thresholdCodes() {
    return List.of(G, N, O, U);
  }
}
