package uk.org.attendance.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds the sub-schema for a place in a document, following {@code properties}, {@code items} and
 * local {@code $ref}s. Used to read scalars as the schema expects them, to offer "did you mean" for
 * unknown keys, and to word messages.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SchemaNavigator {

  private final JsonNode root;

  SchemaNavigator(JsonNode root) {
    this.root = root;
  }

  /**
   * The schema that applies at a JSON pointer, or null if the pointer leaves the schema.
   *
   * @param pointer e.g. {@code /schoolDay/groups/0/gatesOpen}
   */
  JsonNode at(String pointer) {
    JsonNode node = resolve(root);
    if (pointer.isEmpty()) {
      return node;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      if (node == null) {
        return null;
      }
      if (node.has("properties") || "object".equals(node.path("type").asText())) {
        JsonNode next = node.path("properties").get(segment);
        node = next == null ? null : resolve(next);
      } else if (node.has("items")) {
        node = resolve(node.get("items"));
      } else {
        return null;
      }
    }
    return node;
  }

  /** Whether the schema expects text at this pointer (so a YAML scalar there is read as text). */
  boolean expectsText(String pointer) {
    JsonNode s = at(pointer);
    return s != null && "string".equals(s.path("type").asText());
  }

  /** The property names allowed in the map at this pointer. */
  Collection<String> propertyNames(String pointer) {
    List<String> names = new ArrayList<>();
    JsonNode s = at(pointer);
    if (s != null) {
      s.path("properties").fieldNames().forEachRemaining(names::add);
    }
    return names;
  }

  /** The description of the property at this pointer, or null. */
  String description(String pointer) {
    JsonNode s = at(pointer);
    if (s == null) {
      return null;
    }
    String own = s.path("description").asText(null);
    return own;
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode n = node;
    for (int guard = 0; guard < 10 && n != null && n.has("$ref"); guard++) {
      String ref = n.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        return null;
      }
      n = root.at(ref.substring(1));
      if (n.isMissingNode()) {
        return null;
      }
    }
    return n;
  }
}
