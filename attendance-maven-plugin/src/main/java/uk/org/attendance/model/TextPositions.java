package uk.org.attendance.model;

/**
 * Where each character of a text value is in its source, for values whose source is not a YAML file
 * (a paragraph of a Word document, a line of a PDF).
 */
@FunctionalInterface
public interface TextPositions {

  /**
   * @param offset a character offset in the value
   * @return the file, line and column of that character
   */
  SourceRef at(int offset);
}
