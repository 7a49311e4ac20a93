package uk.org.attendance.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a school's text into sentences, the unit every text rule reads. Markdown and the remains
 * of Word formatting are taken out of each sentence first (emphasis markers, link targets, escapes,
 * list bullets, heading marks), so that "before *9.15 am, when our register closes*" reads as one
 * statement; every character of a sentence remembers its offset in the original text, so a finding
 * is located exactly.
 *
 * <p>A sentence ends at a full stop, question or exclamation mark followed by a space and a
 * capital, digit, bullet or quote (not after "e.g.", "Mr.", "s.", an initial or inside a number
 * such as 9.15 or 14.10.2024), at a blank line, at a tab (a table cell), at a line that is a list
 * item, and after a line ending with a colon.
 *
 * <p>Stateless and thread-safe.
 */
public final class Sentences {

  /**
   * One sentence.
   *
   * @param text the sentence with markup taken out and white space collapsed
   * @param offsets for each character of {@code text}, its offset in the original text
   * @param listItem whether it is (the start of) a list item
   */
  public record Piece(String text, int[] offsets, boolean listItem) {
    /** The offset in the original text of a character of this sentence. */
    public int rawOffset(int i) {
      if (offsets.length == 0) {
        return 0;
      }
      return offsets[Math.max(0, Math.min(i, offsets.length - 1))];
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Piece
          && ((Piece) o).text.equals(text)
          && Arrays.equals(((Piece) o).offsets, offsets);
    }

    @Override
    public int hashCode() {
      return text.hashCode();
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "e.g", "i.e", "eg", "ie", "etc", "mr", "mrs", "ms", "dr", "no", "nos", "s", "ss", "para",
          "paras", "reg", "regs", "st", "approx", "incl", "cf", "vs", "v", "a.m", "p.m", "jan",
          "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "art",
          "sch", "ch", "pp", "p", "op", "viz", "al");
  private static final Pattern LIST_MARK =
      Pattern.compile(
          "^[ \\t]*(?:[-*+\u2022\u25aa\u25cf\u2013\u00b7\uf0b7]|\\d{1,2}[.)]|[a-z][.)])[ \\t]+");
  private static final Pattern HEADING_MARK = Pattern.compile("^[ \\t]*#{1,6}[ \\t]+");
  private static final Pattern LINK =
      Pattern.compile("\\[([^\\]\\n]{0,300})\\]\\(([^)\\s]{0,500})\\)");

  private Sentences() {}

  /**
   * Splits text into sentences.
   *
   * @param raw the text as the school wrote it (Markdown or plain)
   * @return its sentences, in order; blank ones left out
   */
  public static List<Piece> split(String raw) {
    // 1. A clean copy with an offset map: markup out, white space kept for boundaries.
    StringBuilder clean = new StringBuilder(raw.length());
    int[] map = new int[raw.length() + 1];
    boolean[] listStart = new boolean[raw.length() + 1];
    int n = 0;
    int lineStart = 0;
    Matcher link = LINK.matcher(raw);
    Matcher heading = HEADING_MARK.matcher(raw);
    Matcher item = LIST_MARK.matcher(raw);
    int i = 0;
    while (i < raw.length()) {
      if (i == lineStart && mayStartMark(raw, i)) {
        Matcher h = heading.region(i, raw.length());
        Matcher l = item.region(i, raw.length());
        if (h.lookingAt()) {
          i = h.end();
          if (n > 0) {
            clean.append('\n');
            map[n++] = i;
          }
          continue;
        }
        if (l.lookingAt()) {
          i = l.end();
          clean.append('\n');
          map[n] = i;
          listStart[n] = true;
          n++;
          continue;
        }
      }
      char c = raw.charAt(i);
      if (c == '\n') {
        lineStart = i + 1;
      }
      if (c == '[' && link.find(i) && link.start() == i) {
        String label = link.group(1);
        for (int k = 0; k < label.length(); k++) {
          char lc = label.charAt(k);
          if (lc == '\\' && k + 1 < label.length()) {
            continue;
          }
          clean.append(lc);
          map[n++] = link.start(1) + k;
        }
        i = link.end();
        continue;
      }
      if (c == '\\'
          && i + 1 < raw.length()
          && "\\`*_{}[]()#+-.!|<>\"'".indexOf(raw.charAt(i + 1)) >= 0) {
        i++;
        continue;
      }
      if ((c == '*' || c == '_') && isEmphasis(raw, i)) {
        i++;
        continue;
      }
      if (c == '|') {
        c = '\t';
      }
      clean.append(c);
      map[n++] = i;
      i++;
    }
    map[n] = raw.length();
    // 2. Boundaries.
    List<Piece> out = new ArrayList<>();
    int start = 0;
    String s = clean.toString();
    for (int k = 0; k <= s.length(); k++) {
      boolean end = k == s.length();
      int next = k;
      if (!end) {
        char c = s.charAt(k);
        if (c == '\t') {
          end = true;
        } else if (c == '\n') {
          end = blankLineOrListOrColon(s, k, listStart, start);
        } else if ((c == '.' || c == '!' || c == '?') && sentenceEnds(s, k)) {
          end = true;
          next = k + 1;
        } else if (c == ':' && k + 1 < s.length() && s.charAt(k + 1) == '\n') {
          end = true;
          next = k + 1;
        }
      }
      if (end) {
        int to = Math.max(next, k);
        addPiece(s, map, listStart, start, to, out);
        start = to;
      }
    }
    return out;
  }

  private static boolean blankLineOrListOrColon(String s, int k, boolean[] listStart, int start) {
    if (k + 1 < s.length() && (s.charAt(k + 1) == '\n' || listStart[k + 1])) {
      return true;
    }
    if (k + 1 < s.length() && listStart[k]) {
      return true;
    }
    int j = k - 1;
    while (j >= start && (s.charAt(j) == ' ')) {
      j--;
    }
    return j >= start && s.charAt(j) == ':';
  }

  private static void addPiece(
      String s, int[] map, boolean[] listStart, int from, int to, List<Piece> out) {
    boolean list = false;
    StringBuilder t = new StringBuilder(to - from);
    int[] offsets = new int[to - from];
    int m = 0;
    for (int k = from; k < to; k++) {
      if (listStart[k]) {
        list = true;
      }
      char c = s.charAt(k);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (t.length() == 0 || t.charAt(t.length() - 1) == ' ') {
          continue;
        }
        c = ' ';
      }
      t.append(c);
      offsets[m++] = map[k];
    }
    int len = t.length();
    while (len > 0 && t.charAt(len - 1) == ' ') {
      len--;
    }
    if (!letterOrDigit(t, len)) {
      return;
    }
    out.add(new Piece(t.substring(0, len), Arrays.copyOf(offsets, len), list));
  }

  /**
   * Whether a heading or list mark may start the line at {@code i}: after its spaces and tabs comes
   * what {@link #HEADING_MARK} or {@link #LIST_MARK} needs next (most lines start otherwise).
   */
  private static boolean mayStartMark(String raw, int i) {
    int j = i;
    while (j < raw.length() && (raw.charAt(j) == ' ' || raw.charAt(j) == '\t')) {
      j++;
    }
    if (j == raw.length()) {
      return false;
    }
    char c = raw.charAt(j);
    return c == '#'
        || "-*+\u2022\u25aa\u25cf\u2013\u00b7\uf0b7".indexOf(c) >= 0
        || c >= '0' && c <= '9'
        || c >= 'a' && c <= 'z';
  }

  /** Whether any of the first {@code len} characters is a letter or digit. */
  private static boolean letterOrDigit(CharSequence t, int len) {
    for (int k = 0; k < len; k++) {
      if (Character.isLetterOrDigit(t.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a '.', '!' or '?' at {@code k} ends a sentence. */
  static boolean sentenceEnds(String s, int k) {
    if (k + 1 < s.length()
        && !Character.isWhitespace(s.charAt(k + 1))
        && "\"'\u201d\u2019)".indexOf(s.charAt(k + 1)) < 0) {
      return false; // 9.15, 14.10.2024, e.g.x, www.gov.uk
    }
    int j = k + 1;
    while (j < s.length() && "\"'\u201d\u2019)".indexOf(s.charAt(j)) >= 0) {
      j++;
    }
    while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\u00a0')) {
      j++;
    }
    if (j >= s.length() || s.charAt(j) == '\n') {
      return true;
    }
    if (s.charAt(k) != '.') {
      return true;
    }
    char next = s.charAt(j);
    if (!(Character.isUpperCase(next)
        || Character.isDigit(next)
        || "\"'\u201c\u2018(\u00a3[".indexOf(next) >= 0)) {
      return false;
    }
    int w = k - 1;
    while (w >= 0 && (Character.isLetter(s.charAt(w)) || s.charAt(w) == '.')) {
      w--;
    }
    String word = s.substring(w + 1, k).toLowerCase(java.util.Locale.ROOT);
    if (ABBREVIATIONS.contains(word)) {
      return false;
    }
    // An initial ("Miss V. Townsend"): one capital letter.
    return !(word.length() == 1
        && Character.isUpperCase(s.charAt(k - 1))
        && Character.isUpperCase(next));
  }

  private static boolean isEmphasis(String raw, int i) {
    char c = raw.charAt(i);
    int j = i;
    while (j < raw.length() && raw.charAt(j) == c) {
      j++;
    }
    int b = i - 1;
    while (b >= 0 && raw.charAt(b) == c) {
      b--;
    }
    boolean before = b >= 0 && !Character.isWhitespace(raw.charAt(b));
    boolean after = j < raw.length() && !Character.isWhitespace(raw.charAt(j));
    if (c == '_' && before && after) {
      return false; // snake_case, a_b
    }
    if (c == '*' && !before && !after) {
      return false; // a lone asterisk, as in a footnote "* see below"
    }
    return before || after;
  }
}
