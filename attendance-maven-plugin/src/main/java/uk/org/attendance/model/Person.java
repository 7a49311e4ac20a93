package uk.org.attendance.model;

/**
 * A named contact.
 *
 * @param name as it should be printed, e.g. "Mrs K Johnson"
 * @param role e.g. "Interim Headteacher"
 * @param email optional
 * @param phone optional
 */
public record Person(String name, String role, String email, String phone) {}
