package uk.org.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.org.attendance.model.ModelPaths;
import uk.org.attendance.model.School;

/**
 * Every JSON pointer written in the plugin's code names a place in a school model, also on the
 * paths no test case takes: each pointer is put together from its literal parts (a loop index or
 * other computed part may be any one or two steps), and checked against the model's record
 * structure. So a misspelt key in a rule or a view builder fails here, before any school meets it.
 */
class PointerLiteralsTest {

  static final Path SOURCES = Path.of("src/main/java/uk/org/attendance");

  /** A string literal. */
  private static final Pattern LITERAL = Pattern.compile("\"((?:\\\\.|[^\"\\\\\\n])*)\"");

  /** {@code String name = } or {@code static final String NAME = }. */
  private static final Pattern DECLARED = Pattern.compile("\\bString\\s+(\\w+)\\s*=\\s*$");

  /** A name just before {@code + "..."}. */
  private static final Pattern NAME_BEFORE = Pattern.compile("(\\w+)\\s*\\+\\s*$");

  /** A literal that continues a pointer: "/key" or "/key/key". */
  private static final Pattern CONTINUATION = Pattern.compile("(/[a-z][A-Za-z]*)+");

  /** Something, then {@code +}, just before a literal. */
  private static final Pattern PLUS_BEFORE = Pattern.compile("[\\w)]\\s*\\+\\s*$");

  /** The top-level keys of a school file. */
  private static final Set<String> TOP = names(School.class);

  /** Every key of a school file at any depth, and a list index. */
  private static final Set<String> STEPS = everyStep();

  @Test
  void everyPointerInTheCodeNamesAPlaceInTheModel() throws IOException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String source = withoutComments(Files.readString(f));
        Map<String, String> named = new HashMap<>();
        Matcher m = LITERAL.matcher(source);
        while (m.find()) {
          String value = m.group(1);
          String before = source.substring(Math.max(0, m.start() - 80), m.start());
          Matcher name = NAME_BEFORE.matcher(before);
          String pattern;
          if (isRoot(value) && !name.find()) {
            pattern = value + rest(source, m.end());
          } else if (value.startsWith("/")
              && name.find(0)
              && named.containsKey(name.group(1))
              && declarations(source, name.group(1)) == 1) {
            pattern = named.get(name.group(1)) + value + rest(source, m.end());
          } else if (CONTINUATION.matcher(value).matches() && PLUS_BEFORE.matcher(before).find()) {
            // Added to a pointer computed elsewhere (a parameter, a field): each of its keys must
            // be a key.
            checked++;
            for (String step : value.substring(1).split("/")) {
              if (!STEPS.contains(step)) {
                wrong.add(
                    SOURCES.relativize(f)
                        + ":"
                        + (source.substring(0, m.start()).split("\n", -1).length)
                        + ": ..."
                        + value);
              }
            }
            continue;
          } else {
            continue;
          }
          Matcher declared = DECLARED.matcher(before);
          if (declared.find()) {
            named.put(declared.group(1), pattern);
          }
          checked++;
          String p =
              pattern.endsWith("/") && !pattern.endsWith("*/")
                  ? pattern.substring(0, pattern.length() - 1)
                  : pattern;
          if (!matches(p)) {
            int line = source.substring(0, m.start()).split("\n", -1).length;
            wrong.add(SOURCES.relativize(f) + ":" + line + ": " + p);
          }
        }
      }
    }
    assertTrue(
        checked > 150,
        "the pointers in rules, view builders and the recogniser are found: " + checked);
    assertEquals(List.of(), wrong);
  }

  @Test
  void aMisspeltOrMisplacedKeyIsCaught() {
    assertTrue(matches("/schoolDay/groups/*/morningRegister/closes"));
    assertTrue(matches("/contacts/*"), "a computed key under contacts");
    assertTrue(matches("/contacts/*/email"), "dayToDay/0, one or two steps");
    assertFalse(matches("/schoolDay/groups/*/morningRegister/close"));
    assertFalse(matches("/policy/reviewdue"));
    assertFalse(matches("/absenceReporting/followUp/*/text"), "followUp is a list of text");
  }

  /** How many times {@code String name} is declared in the file (a parameter counts). */
  private static int declarations(String source, String name) {
    Matcher m = Pattern.compile("\\bString\\s+" + Pattern.quote(name) + "\\b").matcher(source);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Whether the pointer is a place in the model; each {@code *} may be any one or two steps. */
  static boolean matches(String pattern) {
    return matches(
        "", pattern.isEmpty() ? List.of() : List.of(pattern.substring(1).split("/", -1)), 0);
  }

  private static boolean matches(String prefix, List<String> steps, int i) {
    if (i == steps.size()) {
      return ModelPaths.exists(prefix);
    }
    String step = steps.get(i);
    if (!step.contains("*")) {
      String next = prefix + "/" + step;
      return ModelPaths.exists(next) && matches(next, steps, i + 1);
    }
    for (String one : STEPS) {
      String next = prefix + "/" + step.replace("*", one);
      if (ModelPaths.exists(next) && (matches(next, steps, i + 1) || twoSteps(next, steps, i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean twoSteps(String prefix, List<String> steps, int i) {
    for (String two : STEPS) {
      String next = prefix + "/" + two;
      if (ModelPaths.exists(next) && matches(next, steps, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a literal starts a pointer: "/" then a top-level key of a school file. */
  private static boolean isRoot(String value) {
    if (!value.startsWith("/") || value.length() < 2) {
      return false;
    }
    int end = value.indexOf('/', 1);
    return TOP.contains(end < 0 ? value.substring(1) : value.substring(1, end));
  }

  /**
   * What is added to a literal by {@code +} after it: literals as they are, anything else (a loop
   * index, a computed key) as {@code *}.
   */
  private static String rest(String source, int from) {
    StringBuilder out = new StringBuilder();
    int i = from;
    while (true) {
      int j = skipSpace(source, i);
      if (j >= source.length()
          || source.charAt(j) != '+'
          || source.startsWith("+=", j)
          || source.startsWith("++", j)) {
        return out.toString();
      }
      j = skipSpace(source, j + 1);
      if (j < source.length() && source.charAt(j) == '"') {
        Matcher m = LITERAL.matcher(source);
        if (!m.find(j) || m.start() != j) {
          return out.toString();
        }
        out.append(m.group(1));
        i = m.end();
      } else {
        int depth = 0;
        while (j < source.length()) {
          char c = source.charAt(j);
          if (c == '(' || c == '[') {
            depth++;
          } else if (c == ')' || c == ']') {
            if (depth == 0) {
              break;
            }
            depth--;
          } else if (depth == 0 && (c == '+' || c == ',' || c == ';' || c == '?' || c == ':')) {
            break;
          }
          j++;
        }
        if (out.length() == 0 || out.charAt(out.length() - 1) != '*') {
          out.append('*');
        }
        i = j;
      }
    }
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String withoutComments(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  private static Set<String> names(Class<?> record) {
    Set<String> out = new TreeSet<>();
    for (RecordComponent c : record.getRecordComponents()) {
      out.add(c.getName());
    }
    return out;
  }

  private static Set<String> everyStep() {
    Set<String> out = new TreeSet<>(Set.of("0"));
    collect(School.class, out, new java.util.HashSet<>());
    return out;
  }

  private static void collect(Type type, Set<String> out, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType p) {
      for (Type t : p.getActualTypeArguments()) {
        collect(t, out, seen);
      }
    } else if (type instanceof Class<?> c
        && c.isRecord()
        && c.getPackageName().equals(School.class.getPackageName())) {
      for (RecordComponent rc : c.getRecordComponents()) {
        out.add(rc.getName());
        collect(rc.getGenericType(), out, seen);
      }
    }
  }
}
