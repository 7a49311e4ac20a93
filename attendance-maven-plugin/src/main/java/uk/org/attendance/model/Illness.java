package uk.org.attendance.model;

/**
 * What the policy says about illness absence.
 *
 * @param medicalEvidence when the school asks for medical evidence
 * @param note the policy's own words (Markdown)
 */
public record Illness(MedicalEvidence medicalEvidence, String note) {

  /** When medical evidence is asked for (WTISA paras 365-366: only where there is real doubt). */
  public enum MedicalEvidence {
    /** Only where there is genuine and reasonable doubt. */
    WHEN_IN_DOUBT,
    /** Where illness absences are repeated or frequent. */
    REPEATED_ILLNESS,
    /** For every illness absence. */
    ALWAYS
  }
}
