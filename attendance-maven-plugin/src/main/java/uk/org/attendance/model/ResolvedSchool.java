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

  /**
   * The location of the value at a JSON pointer: where a finding about a value the school wrote is
   * reported. The value must be present; for one that is absent, use {@link #whereMissing}.
   *
   * @param pointer e.g. {@code /schoolDay/groups/0/morningRegister/closes}
   * @throws IllegalStateException if the school has no value there, which is a bug in the caller:
   *     the checker reports it as one, and tests fail on it
   */
  public SourceRef at(String pointer) {
    if (!source.has(pointer)) {
      throw new IllegalStateException(
          ModelPaths.exists(pointer)
              ? "the school has no value at "
                  + pointer
                  + ": a finding about an absent value is located with whereMissing"
              : pointer + " is not a place in a school model");
    }
    return source.at(pointer);
  }

  /**
   * The location of some words inside the text value at a JSON pointer, which must be present.
   *
   * @throws IllegalStateException if the school has no value there
   */
  public SourceRef at(String pointer, String words) {
    at(pointer);
    return source.at(pointer, words);
  }

  /**
   * Where a value the school has not written would go, for a finding about its absence: the value
   * itself if it is there after all (for example an empty list), otherwise its nearest present
   * parent, on purpose.
   *
   * @param pointer a place in the model, e.g. {@code /contacts/attendanceGovernor}
   * @throws IllegalStateException if {@code pointer} is not a place in a school model (a misspelt
   *     key), so a typo cannot fall back to a parent silently
   */
  public SourceRef whereMissing(String pointer) {
    if (!ModelPaths.exists(pointer)) {
      throw new IllegalStateException(pointer + " is not a place in a school model");
    }
    return source.whereMissing(pointer);
  }
}
