package uk.org.attendance.model;

/**
 * What the policy states about keeping registers.
 *
 * @param retentionYears how long entries are kept, as stated (nationally 6, R-REG-07)
 * @param unknownReasonReplacedWithinDays school days within which code N is replaced, as stated
 *     (nationally 5, R-REG-05)
 */
public record Registers(Integer retentionYears, Integer unknownReasonReplacedWithinDays) {}
