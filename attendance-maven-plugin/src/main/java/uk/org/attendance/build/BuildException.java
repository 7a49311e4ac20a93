package uk.org.attendance.build;

/**
 * An output could not be made: with the file, line and column concerned where there is one (a
 * template's line), otherwise reported at the target's own file. Nothing of the target is written.
 */
public class BuildException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;

  /**
   * @param source the template or resource concerned, e.g. "policy/policy.ftlh"
   * @param line 1-based, or 0
   * @param column 1-based, or 0
   * @param message what went wrong, in plain English
   */
  public BuildException(String source, int line, int column, String message) {
    super(message);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /** The template or resource concerned. */
  public String source() {
    return source;
  }

  /** 1-based line, or 0. */
  public int line() {
    return line;
  }

  /** 1-based column, or 0. */
  public int column() {
    return column;
  }
}
