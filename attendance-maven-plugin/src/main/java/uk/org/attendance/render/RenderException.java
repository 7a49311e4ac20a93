package uk.org.attendance.render;

/**
 * A document could not be made: a template error (with the template's file, line and column), a
 * renderer diagnostic such as a missing font, or an unreadable resource. Never a partial file.
 */
public final class RenderException extends uk.org.attendance.build.BuildException {

  private static final long serialVersionUID = 1L;

  /**
   * @param source the template or resource concerned, e.g. "policy/policy.ftlh"
   * @param line 1-based, or 0
   * @param column 1-based, or 0
   * @param message what went wrong, in plain English
   */
  public RenderException(String source, int line, int column, String message) {
    super(source, line, column, message);
  }
}
