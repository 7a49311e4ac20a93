package uk.org.attendance.build;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.files.Hashes;
import uk.org.attendance.model.ResolvedSchool;

/**
 * Shard {@code index} of {@code count}: the part of an estate one CI runner checks and renders.
 *
 * <p>A school belongs to the shard its key hashes to (SHA-256, modulo {@code count}): a school on
 * its own by its id; a school that extends a base file (a trust's or federation's members) by that
 * base's path under the schools folder, so that the base and all its members, and so the
 * federation-wide policy, are always in one shard. A problem found while loading a file belongs to
 * the shard the file's path hashes to, so that each is reported by exactly one shard. A school
 * stays in its shard when others are added or removed. Immutable.
 *
 * @param index 1 to {@code count}
 * @param count how many shards, at least 1
 */
public record Shard(int index, int count) {

  /** The whole estate: one shard of one. */
  public static final Shard ALL = new Shard(1, 1);

  private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("no shard " + index + "/" + count);
    }
  }

  /**
   * Reads {@code K/N}, e.g. {@code 2/4}; empty means the whole estate.
   *
   * @param value what the user wrote
   * @return the shard
   * @throws IllegalArgumentException with the sentence to show the user, hint included
   */
  public static Shard parse(String value) {
    if (value == null || value.isBlank()) {
      return ALL;
    }
    Matcher m = FORM.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "the shard '" + value + "' is not written K/N: " + Hints.writeShard());
    }
    int index = Integer.parseInt(m.group(1));
    int count = Integer.parseInt(m.group(2));
    if (count < 1) {
      throw new IllegalArgumentException(
          "the shard '"
              + value
              + "' splits the schools into "
              + count
              + " parts: "
              + Hints.writeShard());
    }
    if (index < 1 || index > count) {
      throw new IllegalArgumentException(
          "the shard '"
              + value
              + "' names part "
              + index
              + " of "
              + count
              + ": "
              + Hints.shardFromOneToCount(count));
    }
    return new Shard(index, count);
  }

  /** Whether this is the whole estate. */
  public boolean all() {
    return count == 1;
  }

  /** The shard, 1 to {@code count}, a key falls in. */
  public static int of(String key, int count) {
    long h = Long.parseUnsignedLong(Hashes.sha256(key).substring(0, 15), 16);
    return (int) (h % count) + 1;
  }

  /**
   * What places a school: its id, or, if it extends a base file, the path (under {@code root}, with
   * '/') of the last base in its chain, which it shares with every other member.
   */
  public static String key(ResolvedSchool school, Path root) {
    List<Path> files = school.files();
    return files.size() > 1 ? relative(files.get(files.size() - 1), root) : school.id();
  }

  /** Whether this shard checks and renders the school. */
  public boolean owns(ResolvedSchool school, Path root) {
    return all() || of(key(school, root), count) == index;
  }

  /** Whether this shard reports a problem found while loading: the shard of the file it is in. */
  public boolean owns(Diagnostic loadProblem, Path root) {
    return all() || of(relative(loadProblem.at().file(), root), count) == index;
  }

  /** This shard's schools, in their order. */
  public List<ResolvedSchool> schools(List<ResolvedSchool> schools, Path root) {
    return all() ? schools : schools.stream().filter(s -> owns(s, root)).toList();
  }

  /** This shard's load problems, in their order. */
  public List<Diagnostic> loadProblems(List<Diagnostic> problems, Path root) {
    return all() ? problems : problems.stream().filter(d -> owns(d, root)).toList();
  }

  /** A file's path under the schools folder, with '/', whatever folder the build runs in. */
  static String relative(Path file, Path root) {
    Path r = root.toAbsolutePath().normalize();
    Path f = file.toAbsolutePath().normalize();
    return (f.startsWith(r) ? r.relativize(f) : f).toString().replace('\\', '/');
  }

  /** {@code K/N}. */
  @Override
  public String toString() {
    return index + "/" + count;
  }
}
