package uk.org.attendance.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** How long each kind of artefact took to make, for the benchmark. Thread-safe. */
public final class Timings {

  private final Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();

  /** Records one artefact. */
  public void record(String kind, long elapsedNanos) {
    nanos.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(elapsedNanos);
  }

  /**
   * One line per kind: count, median and 95th percentile in milliseconds.
   *
   * @return e.g. {@code policy.pdf: 12 made, p50 310 ms, p95 420 ms}
   */
  public List<String> summary() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, ConcurrentLinkedQueue<Long>> e : new TreeMap<>(nanos).entrySet()) {
      List<Long> v = new ArrayList<>(e.getValue());
      Collections.sort(v);
      out.add(
          String.format(
              Locale.ROOT,
              "%-18s %5d made, p50 %6.1f ms, p95 %6.1f ms",
              e.getKey() + ":",
              v.size(),
              percentile(v, 50) / 1e6,
              percentile(v, 95) / 1e6));
    }
    return out;
  }

  /** The median time of one kind of artefact, in milliseconds (0 if none was made). */
  public double medianMillis(String kind) {
    List<Long> v = new ArrayList<>(nanos.getOrDefault(kind, new ConcurrentLinkedQueue<>()));
    Collections.sort(v);
    return percentile(v, 50) / 1e6;
  }

  static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }
}
