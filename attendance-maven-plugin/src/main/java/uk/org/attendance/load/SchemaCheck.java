package uk.org.attendance.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.model.ClockTime;
import uk.org.attendance.model.PolicyDate;
import uk.org.attendance.model.SourceRef;

/**
 * Validates a document tree against the school schema and words every problem in plain English at
 * the line it concerns.
 *
 * <p>Two schemas come from the one file: the full schema for a resolved school, and a partial one
 * (no {@code required}) for a single file that may get the rest from its base. This class is
 * immutable and thread-safe.
 */
final class SchemaCheck {

  /** Where the schema lives in the plugin jar. */
  static final String SCHEMA_RESOURCE = "/schema/school.schema.json";

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  private final JsonNode schemaJson;
  private final SchemaNavigator navigator;
  private final Schema full;
  private final Schema partial;

  SchemaCheck() {
    this.schemaJson = readSchema();
    this.navigator = new SchemaNavigator(schemaJson);
    Dialect dialect =
        Dialect.builder(Dialects.getDraft7())
            .format(format("clock-time", v -> ClockTime.parse(v)))
            .format(format("policy-date", v -> PolicyDate.parse(v)))
            .format(format("email", SchemaCheck::checkEmail))
            .build();
    SchemaRegistry registry = SchemaRegistry.withDialect(dialect);
    this.full = registry.getSchema(schemaJson);
    this.partial = registry.getSchema(withoutRequired(schemaJson.deepCopy()));
  }

  SchemaNavigator navigator() {
    return navigator;
  }

  /**
   * Checks one file on its own: everything but missing required values.
   *
   * @return located findings
   */
  List<Diagnostic> checkFile(SourceDocument doc) {
    List<Diagnostic> out = new ArrayList<>();
    for (Error e : partial.validate(doc.tree())) {
      Diagnostic d = describe(e, doc::keyOrValue, doc.values()::get, doc.keys()::get, doc.file());
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * Checks a resolved school for missing required values only (the rest was checked per file).
   *
   * @param tree the merged tree
   * @param locate location of a pointer in whichever file supplied it
   * @return located findings
   */
  List<Diagnostic> checkRequired(ObjectNode tree, Function<String, SourceRef> locate) {
    List<Diagnostic> out = new ArrayList<>();
    for (Error e : full.validate(tree)) {
      if ("required".equals(e.getKeyword())) {
        Diagnostic d = describe(e, locate, locate, locate, null);
        if (d != null) {
          out.add(d);
        }
      }
    }
    return out;
  }

  private Diagnostic describe(
      Error e,
      Function<String, SourceRef> keyOrValue,
      Function<String, SourceRef> valueAt,
      Function<String, SourceRef> keyAt,
      java.nio.file.Path file) {
    String pointer = pointer(e.getInstanceLocation());
    String name = displayName(pointer);
    JsonNode instance = e.getInstanceNode();
    String keyword = e.getKeyword();
    SourceRef at = keyOrValue.apply(pointer);
    if (instance != null
        && instance.isTextual()
        && instance.asText().startsWith(Placeholders.MARKER)) {
      return null;
    }
    switch (keyword) {
      case "additionalProperties":
        {
          String key = property(e);
          SourceRef keyRef = keyAt.apply(pointer + "/" + YamlTreeReader.escape(key));
          return Diagnostic.error(
              LoadIds.UNKNOWN_KEY,
              keyRef != null ? keyRef : at,
              "unknown key '" + key + "'" + (pointer.isEmpty() ? "" : " in " + name),
              Hints.didYouMean(key, navigator.propertyNames(pointer), "keys"));
        }
      case "required":
        {
          String key = property(e);
          String where = pointer.isEmpty() ? "the file" : name;
          return Diagnostic.error(
              LoadIds.REQUIRED,
              at,
              where + " is missing '" + key + "'",
              Hints.addRequiredKey(
                  key, pointer.isEmpty() ? null : name, describeHint(pointer + "/" + key)));
        }
      case "type":
        {
          String expected = expectedKind(keywordValue(e));
          String hint = null;
          if (instance.isNumber() && "text".equals(expected)) {
            hint = Hints.quoteWholeValue();
          } else if (instance.isNull()) {
            hint = Hints.fillInOrDelete();
          }
          SourceRef v = valueAt.apply(pointer);
          return Diagnostic.error(
              LoadIds.TYPE,
              v != null ? v : at,
              name + " must be " + expected + ", but it is " + describeKind(instance),
              hint);
        }
      case "format":
        {
          String format = keywordValue(e).asText();
          return Diagnostic.error(
              LoadIds.VALUE,
              valueOr(valueAt, pointer, at),
              name + ": " + formatProblem(format, instance.asText()),
              null);
        }
      case "enum":
        {
          List<String> allowed = new ArrayList<>();
          keywordValue(e).forEach(n -> allowed.add(n.asText()));
          return Diagnostic.error(
              LoadIds.VALUE,
              valueOr(valueAt, pointer, at),
              name + ": '" + instance.asText() + "' is not one of the allowed values",
              Hints.didYouMean(instance.asText(), allowed, "values"));
        }
      case "pattern":
        return Diagnostic.error(
            LoadIds.VALUE,
            valueOr(valueAt, pointer, at),
            name + ": '" + instance.asText() + "' is not in the expected form",
            describeHint(pointer).replaceFirst("^: ", ""));
      case "minLength":
        return Diagnostic.error(
            LoadIds.VALUE,
            valueOr(valueAt, pointer, at),
            name + " must not be empty",
            Hints.fillInOrDelete());
      case "maxLength":
        return Diagnostic.error(
            LoadIds.VALUE,
            valueOr(valueAt, pointer, at),
            name + " is too long (at most " + keywordValue(e).asInt() + " characters)",
            Hints.shortenValue());
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        return Diagnostic.error(
            LoadIds.VALUE,
            valueOr(valueAt, pointer, at),
            name
                + ": "
                + instance.asText()
                + " is "
                + ("minimum".equals(keyword) ? "below the lowest" : "above the highest")
                + " allowed value, "
                + keywordValue(e).asText(),
            describeHint(pointer).replaceFirst("^: ", ""));
      case "minItems":
        return Diagnostic.error(
            LoadIds.VALUE,
            valueOr(valueAt, pointer, at),
            name
                + " needs at least "
                + keywordValue(e).asInt()
                + (keywordValue(e).asInt() == 1 ? " entry" : " entries"),
            Hints.addListEntries());
      case "maxItems":
        return Diagnostic.error(
            LoadIds.VALUE,
            valueOr(valueAt, pointer, at),
            name + " has more than " + keywordValue(e).asInt() + " entries",
            null);
      default:
        return Diagnostic.error(LoadIds.VALUE, at, name + ": " + e.getMessage(), null);
    }
  }

  private static SourceRef valueOr(
      Function<String, SourceRef> valueAt, String pointer, SourceRef fallback) {
    SourceRef v = valueAt.apply(pointer);
    return v != null ? v : fallback;
  }

  private String describeHint(String pointer) {
    String d = navigator.description(pointer);
    return d == null ? "" : ": " + d;
  }

  static String formatProblem(String format, String value) {
    try {
      switch (format) {
        case "clock-time":
          ClockTime.parse(value);
          break;
        case "policy-date":
          PolicyDate.parse(value);
          break;
        case "email":
          checkEmail(value);
          break;
        default:
          return "'" + value + "' is not a valid " + format;
      }
    } catch (IllegalArgumentException problem) {
      return problem.getMessage();
    }
    return "'" + value + "' is not a valid " + format;
  }

  private static Object checkEmail(String value) {
    if (!EMAIL.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "'"
              + value
              + "' is not an email address: write it as name@school.sch.uk, with no spaces");
    }
    return value;
  }

  /** A readable name for a place in the file, e.g. {@code schoolDay.groups[1].gatesOpen}. */
  static String displayName(String pointer) {
    if (pointer.isEmpty()) {
      return "the file";
    }
    StringBuilder sb = new StringBuilder();
    for (String segment : YamlTreeReader.segments(pointer)) {
      if (segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()) {
        // Users count list entries from 1.
        sb.append('[').append(Integer.parseInt(segment) + 1).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(segment);
      }
    }
    return "'" + sb + "'";
  }

  static String describeKind(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return "empty";
    }
    if (n.isObject()) {
      return "a map of keys";
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isBoolean()) {
      return "true/false (" + n.asText() + ")";
    }
    if (n.isNumber()) {
      return "the number " + n.asText();
    }
    return "the text '" + n.asText() + "'";
  }

  /** The value of the failing keyword (networknt hands over either it or its parent schema). */
  private static JsonNode keywordValue(Error e) {
    JsonNode node = e.getSchemaNode();
    if (node != null && node.isObject() && node.has(e.getKeyword())) {
      return node.get(e.getKeyword());
    }
    return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
  }

  private static String expectedKind(JsonNode type) {
    String t = type.isArray() ? type.get(0).asText() : type.asText();
    switch (t) {
      case "string":
        return "text";
      case "number":
        return "a number";
      case "integer":
        return "a whole number";
      case "boolean":
        return "true or false";
      case "array":
        return "a list (lines starting with '- ')";
      case "object":
        return "a map of keys";
      default:
        return t;
    }
  }

  private static String property(Error e) {
    if (e.getProperty() != null) {
      return e.getProperty();
    }
    Map<String, Object> details = e.getDetails();
    Object p = details == null ? null : details.get("property");
    return p == null ? "?" : p.toString();
  }

  static String pointer(NodePath path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      sb.append('/').append(YamlTreeReader.escape(String.valueOf(element)));
    }
    return sb.toString();
  }

  private static JsonNode withoutRequired(JsonNode node) {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      o.remove("required");
      Iterator<JsonNode> it = o.elements();
      while (it.hasNext()) {
        withoutRequired(it.next());
      }
    } else if (node.isArray()) {
      for (JsonNode child : (ArrayNode) node) {
        withoutRequired(child);
      }
    }
    return node;
  }

  private static JsonNode readSchema() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the plugin jar has no " + SCHEMA_RESOURCE);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Format format(String name, Function<String, Object> parser) {
    return new Format() {
      @Override
      public String getName() {
        return name;
      }

      @Override
      public boolean matches(ExecutionContext context, String value) {
        try {
          parser.apply(value);
          return true;
        } catch (IllegalArgumentException e) {
          return false;
        }
      }
    };
  }
}
