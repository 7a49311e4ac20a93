package uk.org.attendance.model;

import java.util.List;

/**
 * The attendance levels a school works to, as it states them.
 *
 * @param target the school's attendance target, in per cent (e.g. 96)
 * @param persistentAbsence absence, in per cent of possible sessions, at which a pupil is
 *     persistently absent as the school states it (nationally 10, R-ABS-01)
 * @param severeAbsence absence at which a pupil is severely absent as stated (nationally 50,
 *     R-ABS-02)
 * @param bands attendance bands, each with what happens in it
 * @param lateness lateness triggers
 */
public record Thresholds(
    Double target,
    Double persistentAbsence,
    Double severeAbsence,
    List<Band> bands,
    List<LatenessTrigger> lateness) {

  public Thresholds {
    bands = Lists.of(bands);
    lateness = Lists.of(lateness);
  }

  /**
   * A band of attendance. Each bound is optional; a band has at most one lower bound ({@code
   * atLeast}, inclusive, or {@code above}, exclusive) and one upper bound ({@code below},
   * exclusive, or {@code atMost}, inclusive). "Below 96%" is {@code below: 96}; "50% or below" is
   * {@code atMost: 50}.
   *
   * @param id stable identifier, e.g. "amber-upper"
   * @param label as printed, e.g. "Upper amber"
   * @param atLeast lowest attendance in the band, per cent, included
   * @param above attendance the band starts just above, per cent, not included
   * @param below attendance the band stays under, per cent, not included
   * @param atMost highest attendance in the band, per cent, included
   * @param meaning what attendance in this band means, in a sentence
   * @param letter the id of the letter sent for this band, if any
   */
  public record Band(
      String id,
      String label,
      Double atLeast,
      Double above,
      Double below,
      Double atMost,
      String meaning,
      String letter) {

    /** Whether an attendance figure falls in this band. */
    public boolean contains(double attendance) {
      return (atLeast == null || attendance >= atLeast)
          && (above == null || attendance > above)
          && (below == null || attendance < below)
          && (atMost == null || attendance <= atMost);
    }
  }

  /**
   * A lateness trigger.
   *
   * @param id stable identifier
   * @param count how many late arrivals
   * @param period over what period, e.g. "half term" or "week"
   * @param action what the school does
   * @param letter the id of the letter sent, if any
   */
  public record LatenessTrigger(
      String id, Integer count, String period, String action, String letter) {}
}
