package uk.org.attendance.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.AttendanceCompiler;

/**
 * rules.json: valid against its published schema, the same bytes every time, reviewed by golden
 * file.
 */
class RulesJsonTest {

  static final Path SCHEMA = Path.of("src/main/resources/schema/rules.schema.json");

  static Schema schema() throws Exception {
    JsonNode json = new ObjectMapper().readTree(SCHEMA.toFile());
    return SchemaRegistry.withDialect(Dialects.getDraft202012()).getSchema(json);
  }

  @Test
  void everyBundledSchoolsRulesJsonIsValidAndStable(@TempDir Path a, @TempDir Path b)
      throws Exception {
    AttendanceCompiler compiler = new AttendanceCompiler();
    compiler.render(
        Path.of("../schools/models"),
        a,
        null,
        Instant.EPOCH,
        LocalDate.of(2026, 11, 23),
        "rules.json");
    compiler.render(
        Path.of("../schools/models"),
        b,
        null,
        Instant.EPOCH,
        LocalDate.of(2026, 11, 23),
        "rules.json");
    Schema schema = schema();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(a)) {
      files = walk.filter(p -> p.getFileName().toString().equals("rules.json")).sorted().toList();
    }
    assertEquals(11, files.size());
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      List<Error> errors = new ArrayList<>(schema.validate(new ObjectMapper().readTree(text)));
      assertEquals(List.of(), errors.stream().map(Error::toString).toList(), f.toString());
      assertTrue(text.endsWith("}\n"), "trailing newline");
      assertEquals(
          text,
          Files.readString(b.resolve(a.relativize(f)), StandardCharsets.UTF_8),
          "same bytes: " + f);
    }
  }

  @Test
  void keysAreSortedAndTheFixtureMatchesItsReviewedCopy(@TempDir Path out) throws Exception {
    new AttendanceCompiler()
        .render(
            Path.of("src/test/resources/golden/policy"),
            out,
            null,
            Instant.EPOCH,
            LocalDate.of(2026, 1, 1),
            "rules.json");
    String actual =
        Files.readString(out.resolve("oakfield-primary/rules.json"), StandardCharsets.UTF_8);
    Path expected = Path.of("src/test/resources/golden/policy/expected/rules.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    JsonNode root = new ObjectMapper().readTree(actual);
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertEquals(keys.stream().sorted().toList(), keys);
    assertEquals(1, root.get("schemaVersion").asInt());
    assertEquals("not-counted", root.at("/codes/8/treatment").asText(), "D");
    assertTrue(root.at("/policy/contentHash").asText().matches("sha256:[0-9a-f]{64}"));
  }

  @Test
  void theContentHashChangesWhenThePolicyChanges(@TempDir Path dir) throws Exception {
    Path schools = Files.createDirectories(dir.resolve("s"));
    Path fixture = Path.of("src/test/resources/golden/policy");
    Files.copy(fixture.resolve("school.yaml"), schools.resolve("school.yaml"));
    Files.copy(fixture.resolve("logo.png"), schools.resolve("logo.png"));
    new AttendanceCompiler()
        .render(
            schools, dir.resolve("a"), null, Instant.EPOCH, LocalDate.of(2026, 1, 1), "rules.json");
    Files.writeString(
        schools.resolve("school.yaml"),
        Files.readString(schools.resolve("school.yaml"))
            .replace("deadline: 9.15am", "deadline: 9.10am"));
    new AttendanceCompiler()
        .render(
            schools, dir.resolve("b"), null, Instant.EPOCH, LocalDate.of(2026, 1, 1), "rules.json");
    ObjectMapper m = new ObjectMapper();
    JsonNode a = m.readTree(dir.resolve("a/oakfield-primary/rules.json").toFile());
    JsonNode b = m.readTree(dir.resolve("b/oakfield-primary/rules.json").toFile());
    assertTrue(!a.at("/policy/contentHash").equals(b.at("/policy/contentHash")));
    assertEquals("09:10", b.at("/absenceReporting/deadline").asText());
  }

  @Test
  void theSchemaDescribesEveryProperty() throws Exception {
    JsonNode root = new ObjectMapper().readTree(SCHEMA.toFile());
    List<String> missing = new ArrayList<>();
    walk("#", root, missing);
    assertEquals(List.of(), missing);
  }

  private static void walk(String where, JsonNode node, List<String> missing) {
    if (node.has("properties")) {
      for (Map.Entry<String, JsonNode> p :
          (Iterable<Map.Entry<String, JsonNode>>) node.get("properties")::fields) {
        if (!p.getValue().has("description")) {
          missing.add(where + "/" + p.getKey());
        }
      }
    }
    for (Map.Entry<String, JsonNode> c : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
      if (c.getValue().isObject()) {
        walk(where + "/" + c.getKey(), c.getValue(), missing);
      }
    }
  }
}
