package uk.org.attendance.evaluate;

import uk.org.attendance.diagnostic.Diagnostic;

/** Why an evaluation cannot go on: one located, plain-English message, never a stack trace. */
public final class EvaluateException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Diagnostic diagnostic;

  /**
   * @param diagnostic the error, with its file, line and column
   */
  public EvaluateException(Diagnostic diagnostic) {
    super(diagnostic.message());
    this.diagnostic = diagnostic;
  }

  /** The error, for printing in the compiler format. */
  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
