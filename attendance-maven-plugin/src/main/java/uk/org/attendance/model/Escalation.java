package uk.org.attendance.model;

import java.util.List;

/**
 * An escalation flowchart, e.g. "absence" or "lateness", as ordered stages.
 *
 * @param id stable identifier
 * @param title as printed
 * @param monitoring how often the school looks, e.g. "termly, sometimes half-termly"
 * @param stages in order, mildest first
 */
public record Escalation(String id, String title, String monitoring, List<Stage> stages) {

  public Escalation {
    stages = Lists.of(stages);
  }

  /**
   * One stage.
   *
   * @param id stable identifier
   * @param title as printed, e.g. "Attendance concern"
   * @param trigger what starts the stage
   * @param actions what the school does, in order
   * @param owner the role responsible
   * @param letter the id of the letter this stage sends, if any
   * @param legalIntervention whether this is the stage at which the family is referred to the local
   *     authority for formal legal intervention (WTISA para 26, P8)
   */
  public record Stage(
      String id,
      String title,
      Trigger trigger,
      List<String> actions,
      String owner,
      String letter,
      Boolean legalIntervention) {
    public Stage {
      actions = Lists.of(actions);
    }
  }

  /**
   * What starts a stage, in words and (where it can be measured) in machine form.
   *
   * @param text as printed, e.g. "Attendance below 96%"
   * @param metric what is measured (absent if the trigger is a judgement)
   * @param comparator how the measure is compared with the value
   * @param value the value, e.g. 96 or 10
   * @param window over what period, e.g. "rolling 10 school weeks" or "half term"
   */
  public record Trigger(
      String text, Metric metric, Comparator comparator, Double value, String window) {}

  /** Measurable things a trigger can use. */
  public enum Metric {
    ATTENDANCE_PERCENT,
    ABSENCE_PERCENT,
    UNAUTHORISED_SESSIONS,
    LATE_ARRIVALS,
    LATE_AFTER_CLOSE_SESSIONS,
    CONSECUTIVE_ABSENCE_DAYS,
    UNAUTHORISED_HOLIDAY_DAYS
  }

  /** How a metric is compared with a value. */
  public enum Comparator {
    BELOW,
    AT_MOST,
    AT_LEAST,
    ABOVE
  }
}
