package uk.org.attendance.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A node of the draft school file: a map, a list or a text value, with the comments written above
 * it and beside it, and the source lines it was read from (so that the audit's findings on those
 * lines are written beside it). Not thread-safe: one draft is built by one thread.
 */
final class Node {

  enum Type {
    MAP,
    LIST,
    SCALAR
  }

  /** How a text value is written. */
  enum Style {
    /** Plain where YAML allows, otherwise in double quotes. */
    AUTO,
    /** Always in double quotes (times, dates, placeholders). */
    QUOTED,
    /** Markdown: a literal block, every line kept. */
    MARKDOWN,
    /** A number or true/false, written as it is. */
    RAW
  }

  final Type type;
  final Map<String, Node> entries = new LinkedHashMap<>();
  final List<Node> items = new ArrayList<>();
  final String value;
  final Style style;
  final List<String> comments = new ArrayList<>();
  final List<String> findings = new ArrayList<>();
  String note;

  /**
   * Where the source states several values: each, as it would be written, for the school to choose.
   */
  final List<String> choices = new ArrayList<>();

  final TreeSet<Integer> lines = new TreeSet<>();

  /** Lower numbers win when a finding's line is cited by several nodes. */
  int affinity = 10;

  private Node(Type type, String value, Style style) {
    this.type = type;
    this.value = value;
    this.style = style;
  }

  static Node map() {
    return new Node(Type.MAP, null, null);
  }

  static Node list() {
    return new Node(Type.LIST, null, null);
  }

  static Node scalar(String value) {
    return new Node(Type.SCALAR, value, Style.AUTO);
  }

  static Node quoted(String value) {
    return new Node(Type.SCALAR, value, Style.QUOTED);
  }

  static Node number(long value) {
    return new Node(Type.SCALAR, Long.toString(value), Style.RAW);
  }

  static Node number(double value) {
    return new Node(
        Type.SCALAR,
        value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value),
        Style.RAW);
  }

  static Node bool(boolean value) {
    return new Node(Type.SCALAR, Boolean.toString(value), Style.RAW);
  }

  static Node markdown(String value) {
    Node n = new Node(Type.SCALAR, value, Style.MARKDOWN);
    n.affinity = 15; // a finding goes on a value read from its line before the prose around it
    return n;
  }

  /** Sets a key of this map (replacing any value it had) and returns the value. */
  Node put(String key, Node child) {
    entries.put(key, child);
    return child;
  }

  /** The map under a key of this map, made if it is not there. */
  Node map(String key) {
    return entries.computeIfAbsent(key, k -> map());
  }

  /** The list under a key of this map, made if it is not there. */
  Node list(String key) {
    return entries.computeIfAbsent(key, k -> list());
  }

  /** Adds an item to this list and returns it. */
  Node add(Node item) {
    items.add(item);
    return item;
  }

  Node get(String key) {
    return entries.get(key);
  }

  /** Adds a comment line above the node. */
  Node comment(String text) {
    if (text != null && !text.isBlank()) {
      comments.add(text.strip());
    }
    return this;
  }

  /** Sets the comment beside a short value. */
  Node note(String text) {
    this.note = text;
    return this;
  }

  /** Records where the node was read from, with a comment saying so. */
  Node from(Collection<Cite> cites) {
    List<Cite> sorted = cites.stream().distinct().sorted().toList();
    for (Cite c : sorted) {
      if (c.line() > 0) {
        lines.add(c.line());
      }
    }
    if (sorted.size() == 1
        && type == Type.SCALAR
        && style != Style.MARKDOWN
        && sorted.get(0).describe().length() <= 70) {
      note = "from " + sorted.get(0).describe();
    } else {
      for (Cite c : sorted) {
        comment("from " + shortened(c));
      }
    }
    return this;
  }

  /**
   * A citation whose quote is a long paragraph gives its start: the whole of it is in the prose.
   */
  private static String shortened(Cite c) {
    if (c.quote() == null || c.quote().length() <= 160 || c.whole()) {
      return c.describe();
    }
    String start = c.quote().substring(0, 150).replaceAll("\\s+\\S*$", "");
    return c.place() + ": \"" + start + " ...\"";
  }

  Node from(Cite... cites) {
    return from(List.of(cites));
  }

  /** Records source lines without a comment (the comment is written elsewhere). */
  Node lines(Collection<Integer> source) {
    lines.addAll(source);
    return this;
  }

  /** Whether there is nothing to write. */
  boolean empty() {
    return switch (type) {
      case MAP -> entries.values().stream().allMatch(Node::empty);
      case LIST -> items.stream().allMatch(Node::empty);
      case SCALAR -> value == null;
    };
  }

  /**
   * Every node of this tree, with its path (e.g. schoolDay.groups[0].gatesOpen), in writing order.
   */
  void walk(String path, java.util.function.BiConsumer<String, Node> visit) {
    visit.accept(path, this);
    if (type == Type.MAP) {
      entries.forEach((k, v) -> v.walk(path.isEmpty() ? k : path + "." + k, visit));
    } else if (type == Type.LIST) {
      for (int i = 0; i < items.size(); i++) {
        items.get(i).walk(path + "[" + i + "]", visit);
      }
    }
  }
}
