package uk.org.attendance.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import uk.org.attendance.model.SourceRef;

/**
 * A tree with the location of each value and key, possibly drawn from several files.
 *
 * <p>{@link #overlay} implements trust inheritance: maps merge deeply and the overlay (the school)
 * wins; lists and scalars replace the base's value whole; every value keeps the file and line it
 * came from.
 *
 * @param tree the root map
 * @param values pointer to the location of the value
 * @param keys pointer to the location of the key
 */
record LocatedTree(ObjectNode tree, Map<String, SourceRef> values, Map<String, SourceRef> keys) {

  static LocatedTree of(SourceDocument doc) {
    return new LocatedTree(doc.tree(), doc.values(), doc.keys());
  }

  /**
   * Lays {@code top} over this tree.
   *
   * @param top the file that extends this one
   * @return a new merged tree; neither input is changed
   */
  LocatedTree overlay(LocatedTree top) {
    Map<String, SourceRef> v = new HashMap<>();
    Map<String, SourceRef> k = new HashMap<>();
    ObjectNode merged = (ObjectNode) merge("", tree, this, top.tree, top, v, k);
    return new LocatedTree(merged, v, k);
  }

  /** The same tree without one top-level key (and its locations). */
  LocatedTree without(String key) {
    ObjectNode copy = tree.deepCopy();
    copy.remove(key);
    String prefix = "/" + YamlTreeReader.escape(key);
    Map<String, SourceRef> v = new HashMap<>(values);
    Map<String, SourceRef> k = new HashMap<>(keys);
    v.keySet().removeIf(p -> p.equals(prefix) || p.startsWith(prefix + "/"));
    k.keySet().removeIf(p -> p.equals(prefix) || p.startsWith(prefix + "/"));
    return new LocatedTree(copy, v, k);
  }

  private static JsonNode merge(
      String pointer,
      JsonNode base,
      LocatedTree baseTree,
      JsonNode top,
      LocatedTree topTree,
      Map<String, SourceRef> v,
      Map<String, SourceRef> k) {
    if (base == null || !base.isObject() || !top.isObject()) {
      copyLocations(pointer, top, topTree, v, k);
      return top.deepCopy();
    }
    ObjectNode result = ((ObjectNode) base).objectNode();
    putLocation(pointer, topTree, v, k);
    base.fieldNames()
        .forEachRemaining(
            name -> {
              if (!top.has(name)) {
                String p = pointer + "/" + YamlTreeReader.escape(name);
                copyLocations(p, base.get(name), baseTree, v, k);
                result.set(name, base.get(name).deepCopy());
              }
            });
    top.fieldNames()
        .forEachRemaining(
            name -> {
              String p = pointer + "/" + YamlTreeReader.escape(name);
              result.set(name, merge(p, base.get(name), baseTree, top.get(name), topTree, v, k));
            });
    return result;
  }

  private static void putLocation(
      String pointer, LocatedTree from, Map<String, SourceRef> v, Map<String, SourceRef> k) {
    SourceRef value = from.values.get(pointer);
    if (value != null) {
      v.put(pointer, value);
    }
    SourceRef key = from.keys.get(pointer);
    if (key != null) {
      k.put(pointer, key);
    }
  }

  /**
   * Copies the locations of the value at {@code pointer} and of everything inside it. A tree has a
   * location at the pointer of each of its values, and only there (the reader records one for each
   * value it reads, and a merge copies those of the values it keeps), so the subtree's own pointers
   * are looked up: not every location of the file tried against the pointer.
   */
  private static void copyLocations(
      String pointer,
      JsonNode node,
      LocatedTree from,
      Map<String, SourceRef> v,
      Map<String, SourceRef> k) {
    putLocation(pointer, from, v, k);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
        copyLocations(pointer + "/" + YamlTreeReader.escape(f.getKey()), f.getValue(), from, v, k);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        copyLocations(pointer + "/" + i, node.get(i), from, v, k);
      }
    }
  }
}
