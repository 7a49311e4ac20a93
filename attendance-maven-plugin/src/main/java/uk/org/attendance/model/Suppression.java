package uk.org.attendance.model;

/**
 * A school's decision to accept one checker finding, with its written reason.
 *
 * @param rule the rule id, e.g. "ATT010"
 * @param reason why, in words a governor would accept
 */
public record Suppression(String rule, String reason) {}
