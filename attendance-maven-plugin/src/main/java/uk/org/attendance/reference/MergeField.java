package uk.org.attendance.reference;

import java.util.Arrays;
import java.util.Optional;

/**
 * The merge-field catalogue: every field a letter may use, written {@code {{Name}}} in a letter
 * body. An MIS export maps its columns to these names.
 */
public enum MergeField {
  // keep-sorted start
  AttendancePercent("The pupil's attendance this school year, per cent, one decimal place", "93.4"),
  AuthorisedAbsencePercent(
      "Authorised absence this school year, per cent of possible sessions", "4.1"),
  ImprovementPeriodEnd(
      "The date the improvement period of a notice to improve ends", "Friday 14 November 2025"),
  LateCount("Late arrivals (L or U) in the period the letter concerns", "7"),
  LeaveEndDate("The last day of leave asked for", "17 March 2026"),
  LeaveStartDate("The first day of leave asked for", "9 March 2026"),
  LetterDate("The date the letter is sent", "14 October 2025"),
  MeetingDate("The date of a meeting the letter invites parents to", "21 October 2025"),
  MeetingTime("The time of that meeting", "3.30pm"),
  ParentAddressLine1("The first line of the parent's address", "12 Example Road"),
  ParentAddressLine2("The second line of the parent's address (often the town)", "Sampleton"),
  ParentAddressLine3("The third line of the parent's address, if any", "Anyshire"),
  ParentFullName("The parent's full name, as on the envelope", "Ms Sam Taylor"),
  ParentPostcode("The parent's postcode", "ZZ1 1ZZ"),
  ParentSalutation("How the letter greets the parent", "Ms Taylor"),
  PupilClass("The pupil's class or form", "Year 3 (Oak)"),
  PupilFirstName("The pupil's first name", "Alex"),
  PupilFullName("The pupil's full name", "Alex Taylor"),
  ReviewDate("The date by which the school will review progress", "25 November 2025"),
  SessionsMissed("Sessions (half days) missed in the period the letter concerns", "12"),
  UnauthorisedAbsencePercent(
      "Unauthorised absence this school year, per cent of possible sessions", "2.5"),
  UnauthorisedSessions(
      "Sessions (half days) of unauthorised absence in the period the letter concerns", "12");
  // keep-sorted end

  private final String meaning;
  private final String example;

  MergeField(String meaning, String example) {
    this.meaning = meaning;
    this.example = example;
  }

  /** What the field holds. */
  public String meaning() {
    return meaning;
  }

  /** A clearly fictional example. */
  public String example() {
    return example;
  }

  /** The field with this exact name, if the catalogue has it. */
  public static Optional<MergeField> find(String name) {
    return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
  }
}
