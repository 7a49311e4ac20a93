package uk.org.attendance.diagnostic;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The wording of every "what to do" hint, in one voice. Tests pin the full sentences.
 */
public final class Hints {

  private Hints() {}

  /**
   * "did you mean 'x'?" when one candidate is close to what was written, otherwise the list of
   * allowed values.
   *
   * @param written what the user wrote
   * @param allowed what is allowed at that place
   * @param what what the allowed things are called, e.g. "keys" or "values"
   * @return a hint sentence
   */
  public static String didYouMean(String written, Collection<String> allowed, String what) {
    String best = closest(written, allowed);
    if (best != null) {
      return "did you mean '" + best + "'?";
    }
    return "the " + what + " allowed here are: " + String.join(", ", sorted(allowed));
  }

  /** The allowed value closest to {@code written}, if it is close enough to be a typo. */
  public static String closest(String written, Collection<String> allowed) {
    String w = written.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : sorted(allowed)) {
      int d = distance(w, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    int tolerance = Math.max(1, Math.min(3, written.length() / 3));
    return best != null && bestDistance <= tolerance ? best : null;
  }

  private static List<String> sorted(Collection<String> values) {
    return values.stream().sorted(Comparator.naturalOrder()).collect(Collectors.toList());
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
