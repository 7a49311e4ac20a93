package uk.org.attendance.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The house style's words ({@code templates/wording.properties}): section titles, labels, and the
 * sentences built from a school's own choices. A trust's own templates folder may override any of
 * them; a key it leaves out keeps the house style's words. Immutable and thread-safe.
 */
public final class Wording {

  private static final Pattern VALUE = Pattern.compile("\\{([a-zA-Z]+)}");

  private final Map<String, String> words;

  private Wording(Map<String, String> words) {
    this.words = Map.copyOf(words);
  }

  /** The house style's words, from the plugin jar. */
  static Wording house() {
    try (InputStream in =
        Wording.class.getResourceAsStream(Templates.DEFAULT_ROOT + "/wording.properties")) {
      if (in == null) {
        throw new IllegalStateException("the plugin jar has no templates/wording.properties");
      }
      return new Wording(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The house style's words, with those a templates folder overrides. */
  Wording overriddenBy(Reader own) throws IOException {
    Map<String, String> all = new TreeMap<>(words);
    all.putAll(read(own));
    return new Wording(all);
  }

  private static Map<String, String> read(Reader in) throws IOException {
    Properties p = new Properties();
    p.load(in);
    Map<String, String> out = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
    return out;
  }

  /**
   * @param key e.g. "section.contacts"
   * @param values name, value, name, value... for the words' placeholders
   * @return the words, filled in
   * @throws IllegalArgumentException if there is no such key or a placeholder has no value (a bug)
   */
  public String get(String key, String... values) {
    String w = words.get(key);
    if (w == null) {
      throw new IllegalArgumentException("the wording has no '" + key + "'");
    }
    if (values.length == 0) {
      return w;
    }
    Map<String, String> named = new TreeMap<>();
    for (int i = 0; i + 1 < values.length; i += 2) {
      named.put(values[i], values[i + 1]);
    }
    Matcher m = VALUE.matcher(w);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = named.get(m.group(1));
      if (v == null) {
        throw new IllegalArgumentException(
            "the wording '" + key + "' needs a value for {" + m.group(1) + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(v));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Every key, for tests. */
  public java.util.Set<String> keys() {
    return words.keySet();
  }
}
