package uk.org.attendance.model;

import java.util.List;
import java.util.Map;

/** Null-safe immutable copies for record components (an absent YAML list reads as empty). */
final class Lists {
  private Lists() {}

  static <T> List<T> of(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  static <K, V> Map<K, V> of(Map<K, V> map) {
    return map == null ? Map.of() : Map.copyOf(map);
  }
}
