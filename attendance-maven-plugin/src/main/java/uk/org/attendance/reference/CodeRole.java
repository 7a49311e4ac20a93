package uk.org.attendance.reference;

/**
 * What a code stands for where the plugin acts on it, whatever letter a rule set gives it: the
 * evaluator counts lateness, holidays and school weeks by role, and documents name the code by
 * role, so a later code set changes only its rulebook.
 */
public enum CodeRole {
  /** Absent when the register started but arrived before it closed: present (R-REG-02). */
  LATE_BEFORE_CLOSE("late-before-register-closed"),
  /** Arrived after the register closed: unauthorised absence (R-REG-02). */
  LATE_AFTER_CLOSE("late-after-register-closed"),
  /**
   * Reason for absence not yet established, to be replaced within the set school days (R-REG-05).
   */
  REASON_NOT_YET_ESTABLISHED("reason-not-yet-established"),
  /** Holiday not granted by the school: unauthorised absence (§1.1 code table). */
  HOLIDAY_NOT_GRANTED("holiday-not-granted"),
  /** A planned whole-school closure: a week of only this is not a school week (R-PN-01). */
  PLANNED_CLOSURE("planned-closure"),
  /** Illness: authorised absence, not leave of absence (§1.1 code table). */
  ILLNESS("illness"),
  /** Religious observance on a day set apart by the parents' religious body (§1.1 code table). */
  RELIGIOUS_OBSERVANCE("religious-observance"),
  /** Leave for a pupil of compulsory school age on a temporary part-time timetable (R-LOA-01). */
  PART_TIME_TIMETABLE("part-time-timetable"),
  /** Leave of absence for exceptional circumstances (R-LOA-01). */
  EXCEPTIONAL_CIRCUMSTANCES("exceptional-circumstances"),
  /**
   * Parent travelling for occupational purposes (§1.1 code table; the letter's pre-2024 meaning
   * differed).
   */
  TRAVELLING_FOR_WORK("travelling-for-work"),
  /** Leave for a medical or dental appointment (R-LOA-01). */
  MEDICAL_APPOINTMENT("medical-appointment"),
  /**
   * Attending another school at which the pupil is also registered: not counted (§1.1 code table).
   */
  DUAL_REGISTRATION("dual-registration"),
  /** Transport normally provided is not available (§1.1 code table). */
  TRANSPORT_NOT_PROVIDED("transport-not-provided"),
  /** Widespread disruption to travel (§1.1 code table). */
  TRAVEL_DISRUPTED("travel-disrupted"),
  /** Part of the school premises unexpectedly closed (§1.1 code table). */
  PREMISES_PARTLY_CLOSED("premises-partly-closed"),
  /** The whole school site unexpectedly closed (§1.1 code table). */
  SITE_CLOSED("site-closed");

  private final String id;

  CodeRole(String id) {
    this.id = id;
  }

  /**
   * The name of this role's code among the rule set's values, for placeholders: {@code
   * codeIllness}, {@code codeReasonNotYetEstablished}.
   */
  public String placeholder() {
    StringBuilder out = new StringBuilder("code");
    for (String word : id().split("-")) {
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return out.toString();
  }

  /** The role as rules.json names it, e.g. "late-after-register-closed". */
  public String id() {
    return id;
  }
}
