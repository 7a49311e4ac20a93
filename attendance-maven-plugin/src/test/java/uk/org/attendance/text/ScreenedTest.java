package uk.org.attendance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.org.attendance.check.SchoolText;
import uk.org.attendance.load.SchoolLoader;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.Rulebooks;

/**
 * A screened expression never loses a match: wherever it matches, one of its words is there. Every
 * {@link Screened} the rules and the text layer hold is run over a corpus: every sentence (alone,
 * with its lead-in and with the sentence before it) and every text value of the bundled schools,
 * every line and sentence of the test resources (the audit's policies, the golden files, the
 * fixtures) and of the YAML written inline in the tests, each also in capitals (except where that
 * cannot change the outcome: see {@link #caseBlind}).
 */
class ScreenedTest {

  private static final Path MODELS = Path.of("../schools/models");
  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final Path TESTS = Path.of("src/test/java");
  private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"\\n(.*?)\"\"\"", Pattern.DOTALL);

  @Test
  void aScreenedExpressionMatchesOnlyWhereOneOfItsWordsIs() throws IOException {
    List<Screened> all = screenedInRulesAndText();
    List<String> lost = new ArrayList<>();
    Set<Screened> screenedOut = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<Screened> notCaseBlind = all.stream().filter(s -> !caseBlind(s)).toList();
    for (String text : corpus()) {
      check(all, text, text.toLowerCase(Locale.ROOT), screenedOut, lost);
      String upper = text.toUpperCase(Locale.ROOT); // for the expressions that ignore case
      if (!upper.equals(text)) {
        // An ASCII text in capitals is screened and matched exactly as the text itself by an
        // expression that ignores case throughout: only the others need running on it.
        boolean ascii = text.chars().allMatch(c -> c < 0x80);
        check(ascii ? notCaseBlind : all, upper, upper.toLowerCase(Locale.ROOT), screenedOut, lost);
      }
    }
    assertEquals(List.of(), lost);
    assertEquals(all.size(), screenedOut.size(), "every expression is screened out somewhere");
  }

  /** Runs each of some expressions that its words screen out of a text. */
  private static void check(
      List<Screened> some,
      String text,
      String lower,
      Set<Screened> screenedOut,
      List<String> lost) {
    for (Screened s : some) {
      // Where a word is there, the expression is run anyway: only the others need running here.
      if (!s.mayMatch(text, lower)) {
        screenedOut.add(s);
        if (s.pattern().matcher(text).find()) {
          lost.add(s + " matches, without its words: " + text);
        }
      }
    }
  }

  /**
   * Whether an expression treats an ASCII text and its capitals alike, and so does its screen: it
   * ignores case throughout (no inline flag, no Unicode property), and its words are all looked for
   * in any case. Upper-casing an ASCII text changes only the case of its letters.
   */
  static boolean caseBlind(Screened s) {
    String regex = s.pattern().pattern();
    return (s.pattern().flags() & Pattern.CASE_INSENSITIVE) != 0
        && !INLINE_FLAGS_OR_PROPERTIES.matcher(regex).find()
        && s.words().stream()
            .flatMap(List::stream)
            .allMatch(w -> w.equals(w.toLowerCase(Locale.ROOT)));
  }

  private static final Pattern INLINE_FLAGS_OR_PROPERTIES =
      Pattern.compile("\\(\\?[a-zA-Z-]|\\\\[pP]");

  @Test
  void caseBlindIsOnlyTheExpressionsThatIgnoreCaseThroughout() {
    assertTrue(caseBlind(Screened.of("\\bcourt", Pattern.CASE_INSENSITIVE, "court")));
    assertFalse(caseBlind(Screened.of("\\bcourt", 0, "court")), "case-sensitive");
    assertFalse(
        caseBlind(Screened.of("court|(?-i:LEA)", Pattern.CASE_INSENSITIVE, "court", "LEA")),
        "a case-sensitive part, and a word with a capital");
    assertFalse(
        caseBlind(Screened.of("court(?-i:s)", Pattern.CASE_INSENSITIVE, "court")), "inline flag");
    assertFalse(
        caseBlind(Screened.of("court\\p{Lower}", Pattern.CASE_INSENSITIVE, "court")), "a property");
  }

  @Test
  void theRulesHoldScreenedExpressions() throws IOException {
    // The reflective search below finds what it must: a shared phrase, a list, a rule set's
    // pattern, an enum's, a record's.
    List<String> found = screenedInRulesAndText().stream().map(s -> s.pattern().pattern()).toList();
    assertTrue(found.size() > 50, found.size() + " found");
    assertTrue(found.stream().anyMatch(p -> p.startsWith("penalty\\s+notice|fixed")), "Phrases");
    assertTrue(found.stream().anyMatch(p -> p.startsWith("delete (if|as|where)")), "a list");
    assertTrue(found.stream().anyMatch(p -> p.contains("below\\s+")), "per rule set");
    assertTrue(found.stream().anyMatch(p -> p.contains("Health\\s+Protection")), "an enum");
    assertTrue(found.stream().anyMatch(p -> p.startsWith("gates?\\s+")), "a record in a list");
  }

  @Test
  void wordsAreLookedForInAnyCaseOrExactlyWithACapital() {
    Screened court =
        Screened.of("\\bcourt|(?-i:\\bLEA\\b)", Pattern.CASE_INSENSITIVE, "court", "LEA");
    assertTrue(court.mayMatch("The COURT may", "the court may"));
    assertTrue(court.mayMatch("The LEA may", "the lea may"));
    assertFalse(court.mayMatch("Please lead", "please lead"), "lea in lower case is not LEA");
    assertFalse(court.find("Please lead", "please lead"));
    assertTrue(court.find("by the Court.", "by the court."));
    Matcher m = court.found("Go to court, or the LEA", "go to court, or the lea");
    assertNotNull(m);
    assertEquals(6, m.start(), "at the first match, as find() leaves it");
    assertTrue(m.find());
    assertEquals("LEA", m.group());
    assertNull(court.found("a polite call", "a polite call"));
  }

  @Test
  void aTextMayMatchOnlyWithAWordOfEachGroup() {
    Screened offer =
        Screened.of("(grant|allow)\\w*\\s+10\\s+days", Pattern.CASE_INSENSITIVE, "grant", "allow")
            .and("day");
    assertTrue(offer.mayMatch("We ALLOW 10 days", "we allow 10 days"));
    assertFalse(offer.mayMatch("We allow it", "we allow it"));
    assertFalse(offer.mayMatch("Ten days", "ten days"));
    assertEquals(List.of(List.of("grant", "allow"), List.of("day")), offer.words());
    assertThrows(IllegalArgumentException.class, () -> offer.and());
  }

  @Test
  void refusesWhatWouldFoldCaseBeyondAsciiOrNeedNoWord() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Screened.of("fine", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, "fine"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Screened.of("fine", Pattern.UNICODE_CHARACTER_CLASS, "fine"));
    assertThrows(IllegalArgumentException.class, () -> Screened.of("(?iu)fine", 0, "fine"));
    assertThrows(IllegalArgumentException.class, () -> Screened.of("fine", 0));
    assertThrows(IllegalArgumentException.class, () -> Screened.of("(fine)?", 0, "fine"));
    assertThrows(IllegalArgumentException.class, () -> Screened.of("fine", 0, "fi ne"));
    assertThrows(IllegalArgumentException.class, () -> Screened.of("café", 0, "café"));
  }

  /**
   * Every sentence and text value of the bundled schools, the test resources and inline YAML, each
   * once.
   */
  private static List<String> corpus() throws IOException {
    Set<String> texts = new LinkedHashSet<>();
    for (ResolvedSchool school : new SchoolLoader().loadDirectory(MODELS).schools()) {
      for (SchoolText.Entry e : SchoolText.of(school.model())) {
        texts.add(e.text());
      }
      for (SchoolText.Sentence s : SchoolText.sentences(school)) {
        texts.add(s.text());
        texts.add(s.withLead());
        texts.add(s.withContext());
      }
    }
    List<String> raw = new ArrayList<>();
    for (Path f : files(RESOURCES)) {
      String name = f.getFileName().toString();
      if (name.matches(".*\\.(txt|tsv|csv|yaml|yml|html|xml|json|sarif|ftlh|properties)")) {
        raw.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)); // some are not UTF-8
      }
    }
    for (Path f : files(TESTS)) {
      Matcher block = TEXT_BLOCK.matcher(Files.readString(f, StandardCharsets.UTF_8));
      while (block.find()) {
        raw.add(block.group(1).replace("\\n", "\n"));
      }
    }
    for (String r : raw) {
      texts.addAll(List.of(r.split("\n")));
      Sentences.split(r).forEach(p -> texts.add(p.text()));
    }
    return new ArrayList<>(texts);
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /**
   * Every {@link Screened} held by the classes of {@code check}, {@code check.rules}, {@code
   * reference} and {@code text}: in a static field, in a list, array or record held there, in an
   * enum constant, or made per rule set ({@code PerRuleSet}, asked for the 2024 rules).
   */
  static List<Screened> screenedInRulesAndText() throws IOException {
    Path classes =
        Path.of(
            Screened.class.getProtectionDomain().getCodeSource().getLocation().getPath(),
            "uk/org/attendance");
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    List<Screened> out = new ArrayList<>();
    for (String pkg : List.of("check", "check/rules", "reference", "text")) {
      try (Stream<Path> files = Files.list(classes.resolve(pkg))) {
        for (Path f : files.sorted().toList()) {
          String name = f.getFileName().toString();
          if (!name.endsWith(".class")) {
            continue;
          }
          String className =
              "uk.org.attendance." + pkg.replace('/', '.') + "." + name.replace(".class", "");
          Class<?> type;
          try {
            type = Class.forName(className, true, ScreenedTest.class.getClassLoader());
          } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
          }
          for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
              field.setAccessible(true);
              try {
                collect(field.get(null), seen, out);
              } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
              }
            }
          }
        }
      }
    }
    return out;
  }

  private static void collect(Object value, Map<Object, Boolean> seen, List<Screened> out) {
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Pattern
        || seen.put(value, true) != null) {
      return;
    }
    Class<?> type = value.getClass();
    if (value instanceof Screened s) {
      out.add(s);
    } else if (value instanceof Collection<?> c) {
      c.forEach(v -> collect(v, seen, out));
    } else if (value instanceof Map<?, ?> m) {
      m.values().forEach(v -> collect(v, seen, out));
    } else if (type.isArray() && !type.getComponentType().isPrimitive()) {
      for (Object v : (Object[]) value) {
        collect(v, seen, out);
      }
    } else if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        try {
          Method accessor = c.getAccessor();
          accessor.setAccessible(true);
          collect(accessor.invoke(value), seen, out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    } else if (value instanceof Enum<?> || type.getSimpleName().equals("PerRuleSet")) {
      if (type.getSimpleName().equals("PerRuleSet")) {
        try {
          Method of = type.getDeclaredMethod("of", uk.org.attendance.reference.Rulebook.class);
          of.setAccessible(true);
          collect(of.invoke(value, Rulebooks.DFE_2024), seen, out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        return;
      }
      for (Field f : ((Enum<?>) value).getDeclaringClass().getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          f.setAccessible(true);
          try {
            collect(f.get(value), seen, out);
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
  }
}
