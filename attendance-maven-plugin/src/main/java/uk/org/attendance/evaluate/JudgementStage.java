package uk.org.attendance.evaluate;

/**
 * A stage the evaluator leaves to the school: its trigger is a judgement ("attendance has not
 * improved"), or its window cannot be measured.
 *
 * @param flow the flowchart
 * @param stage the stage's id
 * @param title its title
 * @param trigger its trigger in words
 * @param why why it is left to the school
 */
public record JudgementStage(String flow, String stage, String title, String trigger, String why) {}
