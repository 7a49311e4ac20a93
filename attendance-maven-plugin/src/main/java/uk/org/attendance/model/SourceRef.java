package uk.org.attendance.model;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a source file: the file, and a 1-based line and column (0 means "unknown").
 *
 * <p>This class is immutable and thread-safe. Lines and columns are converted from the YAML
 * parser's 0-based marks exactly once, in the loader.
 *
 * @param file the file, as given to the loader (absolute or relative to the working directory)
 * @param line 1-based line, or 0 if unknown
 * @param column 1-based column, or 0 if unknown
 */
public record SourceRef(Path file, int line, int column) implements Comparable<SourceRef> {

  private static final Comparator<SourceRef> ORDER =
      Comparator.comparing((SourceRef r) -> r.file().toString())
          .thenComparingInt(SourceRef::line)
          .thenComparingInt(SourceRef::column);

  public SourceRef {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column are 1-based, or 0 for unknown");
    }
  }

  /** A reference to a whole file, with no line. */
  public static SourceRef of(Path file) {
    return new SourceRef(file, 0, 0);
  }

  @Override
  public int compareTo(SourceRef other) {
    return ORDER.compare(this, other);
  }
}
