package uk.org.attendance.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every value a document states for one field, each with where it says it. One value is imported
 * with its places; two or more are a contradiction the school must settle, written as a {@code FILL
 * IN} with each value and its places, never resolved here. Not thread-safe.
 *
 * @param <T> the value's type (a time, a date, a name)
 */
final class Candidates<T> {

  /**
   * One value and where it is stated.
   *
   * @param value the value
   * @param written how it is written in the school file
   * @param cites where the document states it
   */
  record Option<T>(T value, String written, List<Cite> cites) {}

  private final Map<T, Option<T>> options = new LinkedHashMap<>();

  /** Adds a statement of a value. */
  Candidates<T> add(T value, String written, Cite cite) {
    options
        .computeIfAbsent(value, v -> new Option<>(v, written, new ArrayList<>()))
        .cites()
        .add(cite);
    return this;
  }

  /** Adds every statement of another set. */
  Candidates<T> addAll(Candidates<T> other) {
    for (Option<T> o : other.options.values()) {
      for (Cite c : o.cites()) {
        add(o.value(), o.written(), c);
      }
    }
    return this;
  }

  boolean isEmpty() {
    return options.isEmpty();
  }

  /** Whether the document states more than one value. */
  boolean conflict() {
    return options.size() > 1;
  }

  List<Option<T>> options() {
    return List.copyOf(options.values());
  }

  /** The first value stated (by position in the document). */
  Option<T> first() {
    return options.values().stream()
        .min(java.util.Comparator.comparingInt(o -> o.cites().get(0).line()))
        .orElse(null);
  }

  List<Cite> cites() {
    return options.values().stream().flatMap(o -> o.cites().stream()).sorted().distinct().toList();
  }

  /**
   * Writes the field: its value with where it is stated, or, where the document states several, a
   * {@code FILL IN} naming each with its places.
   *
   * @param parent the map the field belongs to
   * @param key the field
   * @param what what the value is, in words ("the time the morning register closes")
   * @param node how a value is written
   * @return the field's node, or null if the document states nothing
   */
  Node put(Node parent, String key, String what, Function<Option<T>, Node> node) {
    if (options.isEmpty()) {
      return null;
    }
    if (!conflict()) {
      Option<T> only = options.values().iterator().next();
      return parent.put(key, node.apply(only).from(only.cites()));
    }
    return parent.put(key, choice(what, options(), o -> o.written()));
  }

  /** A FILL IN for a contradiction, with each value and its places in the comments above it. */
  static <T> Node choice(
      String what, List<Option<T>> options, Function<Option<T>, String> written) {
    List<Option<T>> sorted =
        options.stream()
            .sorted(java.util.Comparator.comparingInt(o -> o.cites().get(0).line()))
            .toList();
    String said =
        sorted.stream()
            .map(o -> written.apply(o) + " (" + places(o.cites()) + ")")
            .collect(Collectors.joining(" and "));
    Node n =
        Node.quoted(
            Draft.FILL_IN
                + ": "
                + what
                + ": the source says "
                + said
                + "; keep the one that is right");
    n.comment(
        "The source states "
            + (sorted.size() == 2 ? "two" : sorted.size())
            + " different values for "
            + what
            + ". Write the right one here, then correct the school's text where it says otherwise.");
    for (Option<T> o : sorted) {
      for (Cite c : o.cites()) {
        n.comment("  " + written.apply(o) + ": " + c.describe());
      }
    }
    n.choices.addAll(sorted.stream().map(written).toList());
    n.lines(
        sorted.stream()
            .flatMap(o -> o.cites().stream())
            .map(Cite::line)
            .filter(l -> l > 0)
            .toList());
    return n;
  }

  /** "lines 166, 175" or "paragraph 41". */
  static String places(List<Cite> cites) {
    List<String> all = cites.stream().map(Cite::place).distinct().toList();
    if (all.size() == 1) {
      return all.get(0);
    }
    String first = all.get(0);
    String unit = first.replaceAll("\\s*\\d+$", "");
    if (all.stream().allMatch(p -> p.matches(java.util.regex.Pattern.quote(unit) + "\\s*\\d+"))) {
      String plural =
          unit.endsWith("line") ? unit + "s" : unit.endsWith("paragraph") ? unit + "s" : unit;
      return plural
          + " "
          + all.stream()
              .map(p -> p.substring(unit.length()).strip())
              .collect(Collectors.joining(", "));
    }
    return String.join("; ", all);
  }
}
