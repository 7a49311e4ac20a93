package uk.org.attendance.diagnostic;

/** How serious a finding is: an error fails the build; a warning fails it only if asked. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** Lower-case label as printed in the compiler format. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
