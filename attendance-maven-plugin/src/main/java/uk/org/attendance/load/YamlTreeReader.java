package uk.org.attendance.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.model.SourceRef;

/**
 * Reads one YAML file into a tree, recording where every key and value starts, and refusing what a
 * school file must not contain: files over the size limit, text that is not UTF-8, tabs and other
 * syntax errors, duplicate keys, anchors, aliases, merge keys and deep nesting.
 *
 * <p>Scalars are read as the schema expects them: where the schema wants text, a YAML number or
 * boolean is kept as the text that was written (so {@code 09.10} stays "09.10", not 9.1).
 *
 * <p>This class is immutable and thread-safe; each call uses its own parser.
 */
final class YamlTreeReader {

  /** Largest school file read: far above any real policy, far below anything harmful. */
  static final int MAX_BYTES = 1024 * 1024;

  /** Deepest nesting of maps and lists; the model itself needs 6. */
  static final int MAX_DEPTH = 32;

  private final YAMLFactory factory;
  private final SchemaNavigator schema;

  YamlTreeReader(SchemaNavigator schema) {
    this.schema = schema;
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(0);
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowRecursiveKeys(false);
    this.factory =
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 8)
                    .maxStringLength(MAX_BYTES)
                    .maxDocumentLength(MAX_BYTES)
                    .build())
            .build();
  }

  /**
   * Reads a file.
   *
   * @param file the YAML file
   * @param report receives every problem found
   * @return the document, or null if it could not be read into a map
   */
  SourceDocument read(Path file, Consumer<Diagnostic> report) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        report.accept(
            Diagnostic.error(
                LoadIds.FILE,
                SourceRef.of(file),
                String.format(
                    Locale.ROOT,
                    "the file is %.1f MB; a school file may be at most 1 MB",
                    size / (1024.0 * 1024.0)),
                Hints.fileTooLarge()));
        return null;
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      report.accept(
          Diagnostic.error(LoadIds.FILE, SourceRef.of(file), "the file does not exist", null));
      return null;
    } catch (IOException e) {
      report.accept(
          Diagnostic.error(
              LoadIds.FILE,
              SourceRef.of(file),
              "the file cannot be read: " + e.getMessage(),
              Hints.checkFileReadable()));
      return null;
    }
    String text = decode(file, bytes, report);
    if (text == null) {
      return null;
    }
    return parse(file, text, report);
  }

  private static String decode(Path file, byte[] bytes, Consumer<Diagnostic> report) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      // A byte-order mark is harmless (some Windows editors add one): drop it.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes);
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column =
          new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
      report.accept(
          Diagnostic.error(
              LoadIds.FILE,
              new SourceRef(file, line, column),
              String.format(
                  Locale.ROOT, "the file is not UTF-8 text (byte 0x%02X)", bytes[bad] & 0xff),
              Hints.saveAsUtf8()));
      return null;
    }
  }

  /** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
  static int firstInvalidUtf8(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xff;
      int n;
      if (c < 0x80) {
        n = 0;
      } else if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
      } else {
        return i;
      }
      for (int k = 1; k <= n; k++) {
        if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      if (n == 2
          && ((c == 0xE0 && (b[i + 1] & 0xff) < 0xA0) || (c == 0xED && (b[i + 1] & 0xff) > 0x9F))) {
        return i;
      }
      if (n == 3
          && ((c == 0xF0 && (b[i + 1] & 0xff) < 0x90) || (c == 0xF4 && (b[i + 1] & 0xff) > 0x8F))) {
        return i;
      }
      i += n + 1;
    }
    return Math.max(0, b.length - 1);
  }

  private SourceDocument parse(Path file, String text, Consumer<Diagnostic> report) {
    Map<String, SourceRef> values = new HashMap<>();
    Map<String, SourceRef> keys = new HashMap<>();
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    Deque<JsonNode> stack = new ArrayDeque<>();
    Deque<String> pointers = new ArrayDeque<>();
    JsonNode root = null;
    String pendingKey = null;
    try (JsonParser p = factory.createParser(text)) {
      YAMLParser yp = (YAMLParser) p;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        SourceRef here = ref(file, p.currentTokenLocation());
        if (yp.isCurrentAlias()) {
          report.accept(
              Diagnostic.error(
                  LoadIds.YAML_FEATURE,
                  here,
                  "YAML aliases (*" + p.getText() + ") are not supported",
                  Hints.aliasWriteOut()));
          return null;
        }
        String tag = t == JsonToken.FIELD_NAME ? null : yp.getTypeId();
        if (tag != null) {
          report.accept(
              Diagnostic.error(
                  LoadIds.YAML_FEATURE,
                  here,
                  "YAML tags (" + tag.replace("tag:yaml.org,2002:", "!!") + ") are not supported",
                  Hints.removeTag()));
          return null;
        }
        if (yp.getCurrentAnchor() != null) {
          report.accept(
              Diagnostic.error(
                  LoadIds.YAML_FEATURE,
                  here,
                  "YAML anchors (&" + yp.getCurrentAnchor() + ") are not supported",
                  Hints.removeAnchor()));
          return null;
        }
        if (t == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          ObjectNode parent = (ObjectNode) stack.peek();
          String pointer = pointers.peek() + "/" + escape(key);
          if ("<<".equals(key)) {
            report.accept(
                Diagnostic.error(
                    LoadIds.YAML_FEATURE,
                    here,
                    "YAML merge keys (<<) are not supported",
                    Hints.mergeKeyWriteOut()));
            return null;
          }
          if (parent.has(key)) {
            report.accept(
                Diagnostic.error(
                    LoadIds.YAML_FEATURE,
                    here,
                    "the key '"
                        + key
                        + "' appears twice here (first at line "
                        + keys.get(pointer).line()
                        + ")",
                    Hints.keepOneKey(key)));
            return null;
          }
          keys.put(pointer, here);
          pendingKey = key;
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          stack.pop();
          pointers.pop();
          continue;
        }
        String pointer;
        JsonNode parent = stack.peek();
        if (parent == null) {
          pointer = "";
        } else if (parent.isObject()) {
          pointer = pointers.peek() + "/" + escape(pendingKey);
        } else {
          pointer = pointers.peek() + "/" + parent.size();
        }
        JsonNode value;
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (stack.size() >= MAX_DEPTH) {
            report.accept(
                Diagnostic.error(
                    LoadIds.YAML_FEATURE,
                    here,
                    "the file is nested more than " + MAX_DEPTH + " levels deep",
                    Hints.tooDeep()));
            return null;
          }
          value = t == JsonToken.START_OBJECT ? nodes.objectNode() : nodes.arrayNode();
        } else {
          value = scalar(t, p, pointer, nodes);
        }
        values.put(pointer, here);
        if (parent == null) {
          root = value;
        } else if (parent.isObject()) {
          ((ObjectNode) parent).set(pendingKey, value);
        } else {
          ((ArrayNode) parent).add(value);
        }
        if (value.isContainerNode()) {
          stack.push(value);
          pointers.push(pointer);
        }
      }
    } catch (JsonProcessingException e) {
      report.accept(YamlSyntax.describe(file, e, text));
      return null;
    } catch (IOException e) {
      report.accept(
          Diagnostic.error(
              LoadIds.FILE, SourceRef.of(file), "the file cannot be read: " + e, null));
      return null;
    }
    if (root == null || root.isNull() || (root.isTextual() && root.asText().isBlank())) {
      report.accept(
          Diagnostic.error(
              LoadIds.FILE, new SourceRef(file, 1, 1), "the file is empty", Hints.startFromInit()));
      return null;
    }
    if (!root.isObject()) {
      report.accept(
          Diagnostic.error(
              LoadIds.TYPE,
              values.getOrDefault("", new SourceRef(file, 1, 1)),
              "the file must be a map of keys (school:, policy:, ...), but it is "
                  + SchemaCheck.describeKind(root),
              Hints.startWithSchool()));
      return null;
    }
    return new SourceDocument(
        file, (ObjectNode) root, Map.copyOf(values), Map.copyOf(keys), lines(text));
  }

  /**
   * The text's lines, as {@code text.split("\\R", -1)} gives them, without running a regular
   * expression over every character: a line ends at CR LF, or at any one of LF, VT, FF, CR, NEL,
   * U+2028 and U+2029, and an empty last line is kept.
   */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r'
          || c == '\n'
          || c == 0x0B
          || c == '\f'
          || c == 0x85
          || c == 0x2028
          || c == 0x2029) {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return List.copyOf(out);
  }

  private JsonNode scalar(JsonToken t, JsonParser p, String pointer, JsonNodeFactory nodes)
      throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return nodes.nullNode();
    }
    if (t == JsonToken.VALUE_STRING || schema.expectsText(pointer)) {
      return nodes.textNode(p.getText());
    }
    switch (t) {
      case VALUE_TRUE:
        return nodes.booleanNode(true);
      case VALUE_FALSE:
        return nodes.booleanNode(false);
      case VALUE_NUMBER_INT:
        return nodes.numberNode(p.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        try {
          return nodes.numberNode(new BigDecimal(p.getText().replace("_", "")));
        } catch (NumberFormatException notDecimal) {
          return nodes.textNode(p.getText()); // .inf, .nan: the schema will refuse them as text
        }
      default:
        return nodes.textNode(p.getText());
    }
  }

  static SourceRef ref(Path file, JsonLocation loc) {
    int line = Math.max(0, loc.getLineNr());
    int col = line == 0 ? 0 : Math.max(0, loc.getColumnNr());
    return new SourceRef(file, line, col);
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** Keys in a pointer, unescaped. */
  static List<String> segments(String pointer) {
    if (pointer.isEmpty()) {
      return List.of();
    }
    return java.util.Arrays.stream(pointer.substring(1).split("/", -1))
        .map(s -> s.replace("~1", "/").replace("~0", "~"))
        .toList();
  }
}
