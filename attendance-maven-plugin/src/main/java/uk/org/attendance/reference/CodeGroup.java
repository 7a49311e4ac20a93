package uk.org.attendance.reference;

/** The groups of the national code set, as in the tables of reg 10 of the 2024 Regs (R-ABS-03). */
public enum CodeGroup {
  PRESENT("Present"),
  ATTENDING_ELSEWHERE("Attending a place other than the school"),
  LEAVE_OF_ABSENCE("Absent: leave of absence"),
  OTHER_AUTHORISED("Absent: other authorised reasons"),
  UNABLE_TO_ATTEND("Absent: unable to attend because of an unavoidable cause"),
  UNAUTHORISED("Absent: unauthorised"),
  ADMINISTRATIVE("Administrative");

  private final String label;

  CodeGroup(String label) {
    this.label = label;
  }

  /** The group's name as printed. */
  public String label() {
    return label;
  }
}
