package uk.org.attendance.model;

import java.util.List;

/**
 * A school model together with where each of its values came from.
 *
 * @param model the resolved model
 * @param source pointer to file, line and column
 * @param files the files it was built from, the school's own file first, then its bases
 */
public record ResolvedSchool(School model, SourceMap source, List<java.nio.file.Path> files) {

  public ResolvedSchool {
    files = List.copyOf(files);
  }

  /** The school's id. */
  public String id() {
    return model.school().id();
  }

  /** The location of the value at a JSON pointer, or of its nearest present parent. */
  public SourceRef at(String pointer) {
    return source.at(pointer);
  }

  /** The location of some words inside the text value at a JSON pointer. */
  public SourceRef at(String pointer, String words) {
    return source.at(pointer, words);
  }
}
