package uk.org.attendance.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The schema is what editors show: every property described, no unknown keys allowed. */
class SchemaTest {

  static final Path SCHEMA = Path.of("src/main/resources/schema/school.schema.json");

  @Test
  void everyPropertyHasADescriptionAndEveryObjectIsClosed() throws IOException {
    JsonNode root = new ObjectMapper().readTree(SCHEMA.toFile());
    List<String> problems = new ArrayList<>();
    walk("#", root, problems);
    assertEquals(List.of(), problems);
  }

  @Test
  void usesOnlyDraft07() throws IOException {
    JsonNode root = new ObjectMapper().readTree(SCHEMA.toFile());
    assertEquals("http://json-schema.org/draft-07/schema#", root.get("$schema").asText());
  }

  @Test
  void everyBundledSchoolFileStartsWithAModelineThatResolves() throws IOException {
    Path models = Path.of("../schools/models");
    try (Stream<Path> files = Files.walk(models)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        String first = Files.readAllLines(f).get(0);
        assertTrue(first.startsWith("# yaml-language-server: $schema="), f + ": " + first);
        Path target = f.getParent().resolve(first.substring(first.indexOf('=') + 1)).normalize();
        assertTrue(Files.isSameFile(target, SCHEMA), f + " points at " + target);
      }
    }
  }

  private static void walk(String where, JsonNode node, List<String> problems) {
    if ("object".equals(node.path("type").asText())) {
      if (!node.path("additionalProperties").isBoolean()
          || node.get("additionalProperties").asBoolean()) {
        problems.add(where + ": additionalProperties must be false");
      }
      Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> p = it.next();
        if (!p.getValue().hasNonNull("description")
            || p.getValue().get("description").asText().isBlank()) {
          problems.add(where + "/" + p.getKey() + ": no description");
        }
      }
    }
    Iterator<Map.Entry<String, JsonNode>> children = node.fields();
    while (children.hasNext()) {
      Map.Entry<String, JsonNode> c = children.next();
      if (c.getValue().isObject()) {
        walk(where + "/" + c.getKey(), c.getValue(), problems);
      }
    }
  }
}
