package uk.org.attendance.model;

/**
 * When a register is open: from when it starts to be taken until it closes (after which an arriving
 * pupil is coded U).
 *
 * @param opens when the register starts to be taken
 * @param closes when it closes
 */
public record Register(ClockTime opens, ClockTime closes) {}
