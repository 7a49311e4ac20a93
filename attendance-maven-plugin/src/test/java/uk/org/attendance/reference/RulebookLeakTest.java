package uk.org.attendance.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No national fact outside the rulebook: a template, the house wording or a Java string outside
 * {@code reference} that states a number the rule set defines (sessions, days, weeks, years, hours,
 * months, per cent, pounds) or names a national code ("code N") fails here. Such a fact would go on
 * saying 2024 when a later rule set is chosen by date; it belongs in the rulebook, reached through
 * its values, its code roles or a statement with its rule ids.
 */
class RulebookLeakTest {

  private static final Path JAVA = Path.of("src/main/java/uk/org/attendance");
  private static final Path TEMPLATES = Path.of("../templates");
  private static final String[] WORDS = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty"
  };
  private static final String UNITS =
      "(?:school\\s+|working\\s+|calendar\\s+|consecutive\\s+)?"
          + "(?:sessions?|days?|weeks?|years?|hours?|months?|fines?|notices?|penalty\\s+notices?)\\b";
  private static final Pattern JAVA_STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  /**
   * Matches that state no national fact, each with why: a file's path ending and the text matched.
   * Keep it short; anything the law says goes to the rulebook instead.
   */
  private static final Map<String, String> NOT_LAW =
      Map.of(
          "diagnostic/Hints.java: 'two school years'",
              "the size of a register export a person may have chosen, not a rule",
          "evaluate/Register.java: 'five school years'",
              "an input limit on how much register the evaluator reads",
          "extract/TextFileReader.java: '#'",
              "a numeric character reference in a text file, not the closure code",
          "importer/Outline.java: '#'", "a Markdown heading, not the closure code",
          "importer/YamlWriter.java: '#'", "a YAML comment, not the closure code",
          "mojo/ImportMojo.java: '#'", "a YAML comment, not the closure code");

  private static final Pattern FTL_COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);

  /** The patterns that state one of the rule set's values or codes, each with what it states. */
  static Map<Pattern, String> leaks(Rulebook rules) {
    Map<Pattern, String> out = new java.util.LinkedHashMap<>();
    Set<String> numbers = new LinkedHashSet<>();
    rules
        .values()
        .forEach(
            (name, value) -> {
              if (value instanceof Integer i && i > 1) {
                numbers.add(String.valueOf(i));
                if (i < WORDS.length) {
                  numbers.add(WORDS[i]);
                }
                out.put(
                    Pattern.compile(
                        "£\\s?" + String.format(Locale.ROOT, "%,d", i).replace(",", ",?") + "\\b"),
                    "£" + i + " (" + name + ")");
              } else if (value instanceof Double d) {
                String p = plain(d);
                out.put(
                    Pattern.compile(
                        "(?<![\\w.])" + Pattern.quote(p) + "\\s?(?:%(?![-\\d.])|per\\s?cent)"),
                    p + "% (" + name + ")");
                out.put(
                    Pattern.compile(
                        "(?<![\\w.])"
                            + Pattern.quote(plain(100 - d))
                            + "\\s?(?:%(?![-\\d.])|per\\s?cent)"),
                    plain(100 - d) + "% (100 less " + name + ")");
              }
            });
    String hours = plain(rules.schoolYear().weekMinutes() / 60.0);
    out.put(
        Pattern.compile("(?<![\\d.])" + Pattern.quote(hours) + "[\\s-]+hours?\\b"),
        hours + " hours (weekMinutes)");
    for (String n : numbers) {
      out.put(
          Pattern.compile("(?i)(?<![\\w.£])" + n + "[\\s-]+" + UNITS),
          n + " of a unit the rule set counts in");
    }
    String codes =
        rules.codeRoles().values().stream()
            .map(AttendanceCode::code)
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    String all =
        AttendanceCode.all().stream()
            .filter(c -> c.code().matches("[A-Z][0-9]?"))
            .map(AttendanceCode::code)
            .collect(Collectors.joining("|"));
    out.put(
        Pattern.compile("(?i:\\bcodes?)\\s+'?(?:" + all + ")'?(?![\\w])"),
        "a national code by its letter");
    out.put(
        Pattern.compile("^(?:" + codes + ")$"),
        "a code the rulebook gives a role, as a bare string");
    return out;
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  @Test
  void noTemplateWordingOrJavaOutsideTheRulebookStatesANationalNumberOrCode() throws IOException {
    Map<Pattern, String> leaks = leaks(Rulebooks.DFE_2024);
    List<String> found = new ArrayList<>();
    for (Path f : files(JAVA, ".java")) {
      if (f.startsWith(JAVA.resolve("reference"))) {
        continue;
      }
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
          continue;
        }
        Matcher s = JAVA_STRING.matcher(lines.get(i));
        while (s.find()) {
          scan(leaks, s.group(1), f + ":" + (i + 1), found);
        }
      }
    }
    for (Path f : files(TEMPLATES, ".ftlh", ".properties", ".css")) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      Matcher c = FTL_COMMENT.matcher(text);
      text =
          c.replaceAll(m -> "\n".repeat((int) m.group().chars().filter(ch -> ch == '\n').count()));
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].startsWith("#")) {
          scan(leaks, lines[i].replaceAll("\\$\\{[^}]*}", " "), f + ":" + (i + 1), found);
        }
      }
    }
    assertEquals(
        List.of(),
        found,
        "national facts outside the rulebook: state them through the rulebook instead");
  }

  private static void scan(
      Map<Pattern, String> leaks, String text, String where, List<String> found) {
    for (Map.Entry<Pattern, String> leak : leaks.entrySet()) {
      Matcher m = leak.getKey().matcher(text);
      if (m.find()) {
        String key =
            where
                    .replace('\\', '/')
                    .replaceFirst("^.*?/uk/org/attendance/", "")
                    .replaceFirst(":\\d+$", "")
                + ": '"
                + m.group()
                + "'";
        if (!NOT_LAW.containsKey(key)) {
          found.add(where + ": '" + m.group() + "' states " + leak.getValue());
        }
      }
    }
  }

  private static List<Path> files(Path root, String... endings) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e)))
          .sorted()
          .toList();
    }
  }

  @Test
  void theScanFindsWhatItLooksFor() {
    Map<Pattern, String> leaks = leaks(Rulebooks.DFE_2024);
    for (String leak :
        List.of(
            "Code N is not replaced within 5 school days",
            "at least 32.5 hours",
            "below 90%",
            "within three years",
            "£160",
            "After two fines",
            "a rolling 10 school weeks",
            "(code U)",
            "£2,500")) {
      List<String> found = new ArrayList<>();
      scan(leaks, leak, "here", found);
      assertFalse(found.isEmpty(), "not found: " + leak);
    }
    for (String fine :
        List.of(
            "export one school year at a time",
            "page 2 of 3",
            "Y/N",
            "a 1,200px screen",
            "the {thresholdSessions} sessions",
            "2026-01-01")) {
      List<String> found = new ArrayList<>();
      scan(leaks, fine, "here", found);
      assertEquals(List.of(), found, fine);
    }
  }
}
