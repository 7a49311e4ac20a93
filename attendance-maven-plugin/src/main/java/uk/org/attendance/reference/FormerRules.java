package uk.org.attendance.reference;

/**
 * Rules that no longer apply but that policies still state, so the checker can recognise them: not
 * part of any rule set in force.
 */
public final class FormerRules {

  /**
   * Days of term-time leave a head teacher could grant "in special circumstances" until the
   * discretion was removed from 1 September 2013 (R-LOA-02: leave only for the regulation 11
   * grounds).
   */
  public static final int HOLIDAY_DISCRETION_DAYS = 10;

  /** The year that discretion ended (R-LOA-02). */
  public static final int HOLIDAY_DISCRETION_ENDED = 2013;

  private FormerRules() {}
}
