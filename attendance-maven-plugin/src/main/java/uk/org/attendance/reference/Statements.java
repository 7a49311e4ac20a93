package uk.org.attendance.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements of national law a rule set prints, each with its rule ids: the only sentences of
 * law a document may contain. Loaded once from a resource beside the rule set; immutable and
 * thread-safe.
 */
public final class Statements {

  /** A value from the rule set inside a statement: {@code {name}} or {@code {name|format}}. */
  public static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)(?:\\|([a-z]+))?}");

  /**
   * One statement.
   *
   * @param key e.g. "penalty.threshold"
   * @param rules the rule ids it states, e.g. [R-PN-01]
   * @param template its words, with placeholders for the rule set's values
   */
  public record Statement(String key, List<String> rules, String template) {}

  private final Map<String, Statement> byKey;

  private Statements(Map<String, Statement> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /**
   * Reads statements from a UTF-8 properties resource: {@code key=words} and {@code
   * key.rules=R-..., R-...}.
   *
   * @param resource e.g. "/rulebook/dfe-2024.statements.properties"
   * @return the statements
   * @throws IllegalStateException if the resource is missing, or a statement has no rule ids
   */
  public static Statements load(String resource) {
    Properties p = new Properties();
    try (InputStream in = Statements.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the plugin jar has no " + resource);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Statement> out = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (key.endsWith(".rules")) {
        continue;
      }
      String rules = p.getProperty(key + ".rules");
      if (rules == null || rules.isBlank()) {
        throw new IllegalStateException(
            resource + ": the statement '" + key + "' cites no rule id");
      }
      out.put(
          key,
          new Statement(
              key,
              Arrays.stream(rules.split(",")).map(String::strip).toList(),
              p.getProperty(key)));
    }
    return new Statements(out);
  }

  /**
   * @param key the statement's key
   * @return the statement
   * @throws IllegalArgumentException if there is none (a bug in the caller)
   */
  public Statement get(String key) {
    Statement s = byKey.get(key);
    if (s == null) {
      throw new IllegalArgumentException("the rule set has no statement '" + key + "'");
    }
    return s;
  }

  /** Every statement, by key. */
  public Map<String, Statement> all() {
    return new TreeMap<>(byKey);
  }

  /** The names of the rule-set values a template uses, in order. */
  static List<String> placeholders(String template) {
    Matcher m = PLACEHOLDER.matcher(template);
    java.util.ArrayList<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
