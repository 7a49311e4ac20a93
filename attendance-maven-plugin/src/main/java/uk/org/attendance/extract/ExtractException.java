package uk.org.attendance.extract;

import uk.org.attendance.model.SourceRef;

/** A document that cannot be read, with a plain-English reason and what to do. */
final class ExtractException extends Exception {
  private static final long serialVersionUID = 1L;

  final String id;
  final transient SourceRef at;
  final String hint;

  ExtractException(String id, SourceRef at, String message, String hint) {
    super(message);
    this.id = id;
    this.at = at;
    this.hint = hint;
  }
}
