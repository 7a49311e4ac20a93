package uk.org.attendance.model;

import java.util.List;

/**
 * What the school's policy says about penalty notices and prosecution. These are the school's
 * statements, kept as stated, so the checker can compare them with the national framework (R-PN-01
 * to R-PN-10, R-LEG-01, R-LEG-02).
 *
 * @param codeOfConduct link to the LA's code of conduct
 * @param threshold the threshold the policy states for considering a notice
 * @param localTriggers any other point at which the policy says a notice is requested
 * @param firstNotice the first notice's amounts as stated
 * @param secondNotice the second notice as stated
 * @param maxNoticesInThreeYears the most notices per parent per child in three years, as stated
 * @param afterLimit what the policy says happens when the limit is reached
 * @param noticeToImprove the policy's use of notices to improve
 * @param prosecution what the policy says about prosecution
 * @param exclusionNotice amounts stated for notices during the first five days of exclusion
 */
public record PenaltyNotices(
    String codeOfConduct,
    Threshold threshold,
    List<Threshold> localTriggers,
    FirstNotice firstNotice,
    Payment secondNotice,
    Integer maxNoticesInThreeYears,
    String afterLimit,
    NoticeToImprove noticeToImprove,
    Prosecution prosecution,
    FirstNotice exclusionNotice) {

  public PenaltyNotices {
    localTriggers = Lists.of(localTriggers);
  }

  /**
   * A threshold as stated.
   *
   * @param text as printed
   * @param sessions number of sessions
   * @param schoolWeeks over how many school weeks (rolling)
   * @param codes which codes count
   */
  public record Threshold(String text, Integer sessions, Integer schoolWeeks, List<String> codes) {
    public Threshold {
      codes = Lists.of(codes);
    }
  }

  /**
   * The first notice: a reduced amount paid early, or the full amount.
   *
   * @param reducedAmount in pounds, e.g. 80
   * @param reducedWithinDays e.g. 21
   * @param fullAmount in pounds, e.g. 160
   * @param fullWithinDays e.g. 28
   */
  public record FirstNotice(
      Integer reducedAmount,
      Integer reducedWithinDays,
      Integer fullAmount,
      Integer fullWithinDays) {}

  /**
   * A flat payment.
   *
   * @param amount in pounds
   * @param withinDays days to pay
   */
  public record Payment(Integer amount, Integer withinDays) {}

  /**
   * Notices to improve.
   *
   * <p>R-PN-10: a notice to improve should set out the pupil's record, the parent's duty, the
   * support given so far, the further support offered, a clear warning, an improvement period of 3
   * to 6 weeks, what counts as sufficient improvement, and when a notice may be issued early.
   *
   * @param used whether the school uses them
   * @param minWeeks shortest improvement period stated
   * @param maxWeeks longest improvement period stated
   * @param supportGiven the support a family will already have been offered, in the school's words
   * @param supportOffered the further support the notice offers
   * @param sufficientImprovement what the school counts as sufficient improvement
   * @param earlyIssue when a penalty notice may be issued before the period ends
   * @param letter the id of the school's notice-to-improve letter
   */
  public record NoticeToImprove(
      Boolean used,
      Integer minWeeks,
      Integer maxWeeks,
      String supportGiven,
      String supportOffered,
      String sufficientImprovement,
      String earlyIssue,
      String letter) {}

  /**
   * Prosecution as the policy describes it.
   *
   * @param sectionsCited the sections of the Education Act 1996 the policy cites, e.g. "444(1A)"
   * @param penalties the penalties the policy states
   */
  public record Prosecution(List<String> sectionsCited, List<CourtPenalty> penalties) {
    public Prosecution {
      sectionsCited = Lists.of(sectionsCited);
      penalties = Lists.of(penalties);
    }
  }

  /**
   * A court penalty as stated.
   *
   * @param appliesTo what the policy says it is the penalty for
   * @param maxFine in pounds
   * @param maxImprisonmentMonths optional
   */
  public record CourtPenalty(Offence appliesTo, Integer maxFine, Integer maxImprisonmentMonths) {}

  /** What a stated court penalty is presented as applying to. */
  public enum Offence {
    /** s444(1): failing to secure regular attendance. */
    S444_1,
    /** s444(1A): knowing failure (aggravated). */
    S444_1A,
    /** Presented as the penalty for any irregular attendance, without naming the offence. */
    ANY_IRREGULAR_ATTENDANCE
  }
}
