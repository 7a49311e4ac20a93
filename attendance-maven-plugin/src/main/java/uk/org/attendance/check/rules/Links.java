package uk.org.attendance.check.rules;

import uk.org.attendance.reference.Rulebooks;

/** The "see:" links rules print, from the rulebook. */
final class Links {
  private Links() {}

  static final String GUIDANCE = Rulebooks.DFE_2024.links().guidance();
  static final String REGULATIONS = Rulebooks.DFE_2024.links().registrationRegulations();
  static final String PENALTIES = Rulebooks.DFE_2024.links().penaltyRegulations();
  static final String EDUCATION_ACT = Rulebooks.DFE_2024.links().educationAct();
  static final String SCHOOL_WEEK = Rulebooks.DFE_2024.links().schoolWeek();
}
