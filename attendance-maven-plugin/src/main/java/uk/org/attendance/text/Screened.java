package uk.org.attendance.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with the words it cannot match without, looked for before it is run. Most
 * sentences a rule reads are about something else, and looking for a few words in a sentence's
 * lower-case text costs a small part of what a case-insensitive expression costs run over it.
 *
 * <p>The words are a necessary condition, never a sufficient one: any text in which the expression
 * finds a match contains at least one of them (in the match, or where a lookahead or lookbehind
 * reads). So a text that contains none of them has no match, and not running the expression on it
 * changes nothing. Each word is written out from the expression where it stands in every branch:
 * {@code penalty\s+notice|fixed[- ]penalt|\bfines?} is screened by "penalt" and "fine" (a word
 * never spans white space or a class such as {@code [sz]}). A word in lower case is looked for in
 * any case, in the text lower-cased; a word with a capital in it is looked for exactly as written,
 * for a part of the expression that is case-sensitive ({@code (?-i:\bLEAs?\b)} is screened by
 * "LEA"). Words may also come in groups ({@link #and}), and the text then holds a word of each. Why
 * the lower-case text is enough: without {@link Pattern#UNICODE_CASE} (refused here) Java folds the
 * case of ASCII letters only, so the letters of a match are the word's letters in some case; and
 * {@link String#toLowerCase(Locale)} with {@link Locale#ROOT} turns each ASCII letter into its
 * lower case in place, whatever surrounds it. {@code ScreenedTest} also runs every screened
 * expression of the rules over every sentence of the bundled schools and the rules' fixtures, and
 * fails if one matches where its words are not.
 *
 * <p>Immutable and thread-safe.
 */
public final class Screened {

  /** Inline flags that would fold case beyond ASCII: (?u) and (?U). */
  private static final Pattern UNICODE_FLAGS = Pattern.compile("\\(\\?[idmsxuU]*[uU]");

  private final Pattern pattern;

  /** The groups of words: a text the expression matches in holds one word of each. */
  private final List<List<String>> groups;

  /** Each group's words in lower case, looked for in the lower-cased text. */
  private final String[][] anyCase;

  /** Each group's words with a capital, looked for in the text as it is. */
  private final String[][] exact;

  private Screened(Pattern pattern, List<List<String>> groups) {
    this.pattern = pattern;
    this.groups = List.copyOf(groups);
    this.anyCase = new String[groups.size()][];
    this.exact = new String[groups.size()][];
    for (int g = 0; g < groups.size(); g++) {
      anyCase[g] =
          groups.get(g).stream()
              .filter(w -> w.equals(w.toLowerCase(Locale.ROOT)))
              .toArray(String[]::new);
      exact[g] =
          groups.get(g).stream()
              .filter(w -> !w.equals(w.toLowerCase(Locale.ROOT)))
              .toArray(String[]::new);
    }
  }

  /**
   * @param pattern the expression, without UNICODE_CASE, UNICODE_CHARACTER_CLASS or CANON_EQ
   * @param words one of which every text {@code pattern} matches in contains: ASCII, no white
   *     space; in lower case to be looked for in any case, with a capital to be looked for as
   *     written
   * @throws IllegalArgumentException if a word or the pattern's flags break these conditions
   */
  public static Screened of(Pattern pattern, String... words) {
    int unicode = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.CANON_EQ;
    if ((pattern.flags() & unicode) != 0 || UNICODE_FLAGS.matcher(pattern.pattern()).find()) {
      throw new IllegalArgumentException("folds case beyond ASCII: " + pattern);
    }
    if (pattern.matcher("").find()) {
      throw new IllegalArgumentException("a match of " + pattern + " needs no word");
    }
    return new Screened(pattern, List.of(checked(words)));
  }

  /**
   * The same expression, screened by one more group of words: every text it matches in contains one
   * of these as well ({@code "authorise" ... "days"}: one of the verbs, and "day").
   */
  public Screened and(String... words) {
    List<List<String>> more = new java.util.ArrayList<>(groups);
    more.add(checked(words));
    return new Screened(pattern, more);
  }

  private static List<String> checked(String... words) {
    if (words.length == 0) {
      throw new IllegalArgumentException("no words");
    }
    for (String w : words) {
      if (w.isEmpty() || w.chars().anyMatch(c -> c > 0x7e || c <= ' ')) {
        throw new IllegalArgumentException("not an ASCII word: '" + w + "'");
      }
    }
    return List.of(words);
  }

  /** Compiles {@code regex} with {@code flags}; see {@link #of(Pattern, String...)}. */
  public static Screened of(String regex, int flags, String... words) {
    return of(Pattern.compile(regex, flags), words);
  }

  /** The expression. */
  public Pattern pattern() {
    return pattern;
  }

  /** The groups of words: every text the expression matches in contains one word of each. */
  public List<List<String>> words() {
    return groups;
  }

  /**
   * Whether a text may match: a word of each group is in it.
   *
   * @param text the text
   * @param lower the same text lower-cased with {@link Locale#ROOT}
   */
  public boolean mayMatch(String text, String lower) {
    for (int g = 0; g < anyCase.length; g++) {
      if (!holds(anyCase[g], lower) && !holds(exact[g], text)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(String[] words, String text) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the expression matches somewhere in {@code text} ({@code lower} lower-cased). */
  public boolean find(String text, String lower) {
    return mayMatch(text, lower) && pattern.matcher(text).find();
  }

  /**
   * The expression's first match in {@code text}: a matcher over it that has found it, as {@link
   * Matcher#find()} leaves it; null if there is none.
   *
   * @param text the text
   * @param lower the same text lower-cased with {@link Locale#ROOT}
   */
  public Matcher found(String text, String lower) {
    if (!mayMatch(text, lower)) {
      return null;
    }
    Matcher m = pattern.matcher(text);
    return m.find() ? m : null;
  }

  @Override
  public String toString() {
    return pattern + " " + groups;
  }
}
