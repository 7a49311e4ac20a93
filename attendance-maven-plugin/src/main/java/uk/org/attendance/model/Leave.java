package uk.org.attendance.model;

import java.util.List;

/**
 * Leave of absence in term time.
 *
 * @param howToRequest how parents ask (Markdown)
 * @param requestForm link to the form, if any
 * @param applyAheadDays how many days ahead a request must arrive
 * @param decidedBy the role that decides, e.g. "Headteacher"
 * @param grantedFor the codes the school says it may grant leave for (e.g. C, C1, C2, J1, M, S)
 * @param statements what the policy says about leave, sentence by sentence, for the checker
 * @param applyFor examples of occasions parents should ask about in advance (not a promise to
 *     agree)
 * @param exceptionalCircumstances the school's definition
 */
public record Leave(
    String howToRequest,
    String requestForm,
    Integer applyAheadDays,
    String decidedBy,
    List<String> grantedFor,
    List<String> statements,
    List<String> applyFor,
    ExceptionalCircumstances exceptionalCircumstances) {

  public Leave {
    grantedFor = Lists.of(grantedFor);
    statements = Lists.of(statements);
    applyFor = Lists.of(applyFor);
  }

  /**
   * What the school counts as exceptional.
   *
   * @param definition the definition (Markdown)
   * @param principles short principles, e.g. rare, significant, unavoidable, short
   * @param examplesGranted examples that may be granted
   * @param examplesRefused examples that will not be granted
   * @param restrictedPeriods times when leave is especially unlikely
   */
  public record ExceptionalCircumstances(
      String definition,
      List<String> principles,
      List<String> examplesGranted,
      List<String> examplesRefused,
      List<String> restrictedPeriods) {
    public ExceptionalCircumstances {
      principles = Lists.of(principles);
      examplesGranted = Lists.of(examplesGranted);
      examplesRefused = Lists.of(examplesRefused);
      restrictedPeriods = Lists.of(restrictedPeriods);
    }
  }
}
