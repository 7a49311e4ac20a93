package uk.org.attendance.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows or cells left out, kept small whatever the input: a count for each kind of reason, and the
 * first ten (by position in the file) in full. A file of 400,000 bad rows costs a few hundred bytes
 * here, and prints eleven lines, not 400,000.
 */
public final class Rejections {

  /**
   * One row or cell left out.
   *
   * @param line the file's line (1 is the first)
   * @param column the column where the bad cell starts
   * @param kind what kind of reason, e.g. "date"
   * @param message what is wrong, in plain English
   */
  public record Rejection(int line, int column, String kind, String message) {}

  private static final Comparator<Rejection> ORDER =
      Comparator.comparingInt(Rejection::line).thenComparingInt(Rejection::column);

  private final Map<String, Integer> byKind = new TreeMap<>();
  private final List<Rejection> first = new ArrayList<>();
  private int count;

  void add(int line, int column, String kind, String message) {
    count++;
    byKind.merge(kind, 1, Integer::sum);
    Rejection r = new Rejection(line, column, kind, message);
    if (first.size() < InputLimits.SHOWN) {
      first.add(r);
      first.sort(ORDER);
    } else if (ORDER.compare(r, first.get(first.size() - 1)) < 0) {
      first.set(first.size() - 1, r);
      first.sort(ORDER);
    }
  }

  /** How many were left out. */
  public int count() {
    return count;
  }

  /** How many of each kind, by kind. */
  public Map<String, Integer> byKind() {
    return java.util.Collections.unmodifiableMap(byKind);
  }

  /** The first ten, in file order. */
  public List<Rejection> first() {
    return List.copyOf(first);
  }
}
