package uk.org.attendance.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.attendance.extract.Block;
import uk.org.attendance.extract.PolicyText;
import uk.org.attendance.text.Sentences;

/**
 * A policy document as the importer reads it: each block's shape (heading, list item, table row or
 * paragraph, from what the document says or from how its text is written), its words without
 * Markdown marks, its sentences, where it is, and whether a recognised fact has taken it whole (so
 * that it is not also copied into the school's prose). Not thread-safe: one import reads one
 * document on one thread.
 */
final class Doc {

  /** What a block is. */
  enum Shape {
    HEADING,
    LIST,
    ROW,
    PARAGRAPH
  }

  private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*)$");
  private static final Pattern MD_LIST =
      Pattern.compile(
          "^(\\s*)([-*+\u2022\u25aa\u25cf\u00b7\uf0b7\u2013]|\\d{1,2}[.)]|[a-z][.)])\\s+(.*)$");
  private static final Pattern NUMBERED_HEADING =
      Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,2})\\.?\\s*([A-Z].*)$");
  private static final Pattern ANNEX =
      Pattern.compile("^(?:annex|appendix|appendices)\\b.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern WRAPPED = Pattern.compile("^(\\*{1,3}|_{1,3})(.+?)\\1$");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final Pattern PERSON = Pattern.compile("^(?:Mr|Mrs|Miss|Ms|Mx|Dr)\\.?\\s");

  final PolicyText text;
  final List<Block> blocks;
  final Shape[] shape;
  final int[] level;

  /**
   * Each block's words: Markdown heading and list marks taken off, a wholly bold heading unwrapped.
   */
  final String[] words;

  /** Whether a list item is numbered. */
  final boolean[] ordered;

  /** Whether a fact has taken the block whole. */
  final boolean[] consumed;

  /**
   * Lines a fact took whole that introduce the times of the day ("The times of ... are:"), to quote
   * beside them.
   */
  final List<Integer> timeLeads = new ArrayList<>();

  /** Whether the document's headings are numbered ("1. Introduction"). */
  final boolean numberedHeadings;

  Doc(PolicyText text) {
    this.text = text;
    this.blocks = text.blocks();
    int n = blocks.size();
    shape = new Shape[n];
    level = new int[n];
    words = new String[n];
    ordered = new boolean[n];
    consumed = new boolean[n];
    for (int i = 0; i < n; i++) {
      classify(i);
    }
    // Short lines that stand alone before a paragraph are headings ("Absence Procedures"), except
    // the
    // lines a colon introduces ("They will include:" / "Details of the support provided so far"),
    // which are items unless written in Title Case.
    boolean colonRun = false;
    for (int i = 0; i < n; i++) {
      if (shape[i] == Shape.PARAGRAPH && plainHeading(i)) {
        if (colonRun
            && !titleCase(words[i])
            && !ANNEX.matcher(words[i]).matches()
            && !NUMBERED_HEADING.matcher(words[i]).matches()) {
          continue;
        }
        shape[i] = Shape.HEADING;
        level[i] = ANNEX.matcher(words[i]).matches() ? 1 : 2;
      }
      if (words[i].replaceAll("[*_\\s]+$", "").endsWith(":")) {
        colonRun = true;
      } else if (shape[i] == Shape.HEADING) {
        colonRun = false;
      }
    }
    boolean numbered = false;
    for (int i = 0; i < n; i++) {
      if (shape[i] == Shape.HEADING && NUMBERED_HEADING.matcher(words[i]).matches()) {
        numbered = true;
      }
    }
    numberedHeadings = numbered;
  }

  int size() {
    return blocks.size();
  }

  private void classify(int i) {
    Block b = blocks.get(i);
    String t = b.text();
    switch (b.kind()) {
      case HEADING -> {
        set(i, Shape.HEADING, Math.max(1, b.level()), unwrap(t));
        return;
      }
      case LIST_ITEM -> {
        Matcher l = MD_LIST.matcher(t);
        set(i, Shape.LIST, b.level(), l.matches() ? l.group(3) : t);
        return;
      }
      case TABLE_ROW -> {
        set(i, Shape.ROW, 0, t);
        return;
      }
      default -> {}
    }
    if (t.indexOf('\t') >= 0) {
      set(i, Shape.ROW, 0, t);
      return;
    }
    Matcher h = MD_HEADING.matcher(t);
    if (h.matches() && !h.group(2).isBlank()) {
      set(i, Shape.HEADING, h.group(1).length(), unwrap(h.group(2).strip()));
      return;
    }
    Matcher l = MD_LIST.matcher(t);
    if (l.matches()) {
      String marker = l.group(2);
      boolean number = Character.isDigit(marker.charAt(0));
      String rest = l.group(3);
      if (number && looksLikeHeading(t.strip())) {
        set(i, Shape.HEADING, 2, unwrap(t.strip()));
        return;
      }
      set(i, Shape.LIST, l.group(1).replace("\t", "  ").length() / 2, rest);
      ordered[i] = number || Character.isLetter(marker.charAt(0));
      return;
    }
    if (t.strip().matches("^[-*\u2022]$")) {
      set(i, Shape.LIST, 0, "");
      return;
    }
    String u = unwrap(t.strip());
    if (!u.equals(t.strip()) && looksLikeHeading(u)) {
      set(i, Shape.HEADING, 2, u);
      return;
    }
    set(i, Shape.PARAGRAPH, 0, t.strip());
  }

  private void set(int i, Shape s, int lvl, String w) {
    shape[i] = s;
    level[i] = lvl;
    words[i] = w;
  }

  /** "**6. Lateness**" is "6. Lateness". */
  private static String unwrap(String t) {
    Matcher m = WRAPPED.matcher(t);
    String out = t;
    while (m.matches() && !m.group(2).contains(m.group(1))) {
      out = m.group(2).strip();
      m = WRAPPED.matcher(out);
    }
    return out;
  }

  /** Short, no sentence punctuation at the end, not an address, a name or a time. */
  private static boolean looksLikeHeading(String t) {
    String s = t.replaceAll("\\*", "").strip();
    if (s.isEmpty() || s.length() > 90 || s.split("\\s+").length > 14) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (".;,:!?".indexOf(last) >= 0 && !s.matches(".*\\.{3,}\\s*\\d*$")) {
      return false;
    }
    if (EMAIL.matcher(s).find() || s.contains("://") || PERSON.matcher(s).find()) {
      return false;
    }
    if (uk.org.attendance.text.Times.mentions(s).size() > 0) {
      return false;
    }
    return Character.isUpperCase(s.charAt(0)) || Character.isDigit(s.charAt(0));
  }

  /** A plain line that is a heading: short, no end punctuation, and followed by what it heads. */
  private boolean plainHeading(int i) {
    String t = words[i];
    if (ANNEX.matcher(t).matches()
        && t.length() <= 200
        && !t.contains("\t")
        && !EMAIL.matcher(t).find()
        && t.matches(
            "(?i)^(?:annex|appendix|appendices)\\s*(?:[A-Z0-9]{1,3}\\b)?\\s*(?:[:.\u2013\u2014-].*|\\s.*)?$")
        && !t.matches(".*\\.{3,}.*")) {
      return true;
    }
    if (!looksLikeHeading(t) || t.contains("[") || t.matches(".*\\.{3,}.*")) {
      return false;
    }
    if (NUMBERED_HEADING.matcher(t).matches() || ANNEX.matcher(t).matches()) {
      return true;
    }
    if (i + 1 >= blocks.size()) {
      return false;
    }
    String next = words[i + 1];
    Shape ns = shape[i + 1];
    if (ns == Shape.HEADING) {
      return false;
    }
    boolean headsText =
        ns == Shape.LIST
            || ns == Shape.ROW
            || next.length() >= 80
            || next.endsWith(":") && next.length() >= 30;
    if (!headsText) {
      return false;
    }
    // The last line of a paragraph broken across lines is not a heading.
    if (i > 0
        && shape[i - 1] == Shape.PARAGRAPH
        && words[i - 1].length() > 0
        && Character.isLowerCase(t.charAt(0))) {
      return false;
    }
    // A title in capitals or in Title Case, or a few words in sentence case.
    return t.split("\\s+").length <= 14;
  }

  /**
   * Most of the longer words start with a capital: "Holidays during Term Time", not "Details of the
   * support".
   */
  static boolean titleCase(String s) {
    int words = 0;
    int capitals = 0;
    for (String w : s.replaceAll("[^\\p{L}\\s'-]", " ").split("\\s+")) {
      if (w.length() >= 4) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitals++;
        }
      }
    }
    return words > 0 && capitals * 10 >= words * 6;
  }

  /** Whether a heading is numbered, e.g. "6. Procedures", "1.2 Governors". */
  static boolean numbered(String heading) {
    return NUMBERED_HEADING.matcher(heading).matches();
  }

  /** How deep a numbered heading is: "6" is 1, "6.1" is 2. */
  static int depth(String heading) {
    Matcher m = NUMBERED_HEADING.matcher(heading);
    return m.matches() ? m.group(1).split("\\.").length : 0;
  }

  static boolean annex(String heading) {
    return ANNEX.matcher(heading).matches();
  }

  /**
   * The list after a block: the list items that follow it, each with the paragraphs that continue
   * it (a paragraph starting in lower case after an item that does not end a sentence).
   *
   * @return the items, each as the blocks it is made of
   */
  List<List<Integer>> listAfter(int i) {
    List<List<Integer>> items = new ArrayList<>();
    for (int k = i + 1; k < blocks.size(); k++) {
      if (shape[k] == Shape.LIST) {
        if (words[k].isBlank()) {
          continue;
        }
        List<Integer> item = new ArrayList<>();
        item.add(k);
        items.add(item);
      } else if (!items.isEmpty()
          && shape[k] == Shape.PARAGRAPH
          && !words[k].isEmpty()
          && Character.isLowerCase(words[k].charAt(0))
          && !endsSentence(words[k - 1])) {
        items.get(items.size() - 1).add(k);
      } else {
        break;
      }
    }
    return items;
  }

  static boolean endsSentence(String s) {
    String t = s.strip().replaceAll("[*_]+$", "");
    return !t.isEmpty() && ".;:!?".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /** An item's words, its continuation paragraphs joined with a space. */
  String itemWords(List<Integer> item) {
    StringBuilder b = new StringBuilder();
    for (int k : item) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(words[k].strip());
    }
    return b.toString();
  }

  /** The heading a block is under, or null. */
  String headingOf(int i) {
    for (int k = i; k >= 0; k--) {
      if (shape[k] == Shape.HEADING) {
        return words[k];
      }
    }
    return null;
  }

  /** The line of a block's first character. */
  int line(int i) {
    return blocks.get(i).firstLine();
  }

  /**
   * Where a character of a block is, for a reader: "line 12", "paragraph 41", "page 3, line 12".
   */
  Cite cite(int i, int offset, String quote) {
    int line = blocks.get(i).at(text.file(), offset).line();
    return new Cite(line, text.place(line), quote);
  }

  /** A whole block, quoted in full. */
  Cite cite(int i) {
    String text = blocks.get(i).text().strip();
    if (shape[i] == Shape.ROW) {
      text =
          String.join(
              " | ",
              java.util.Arrays.stream(text.split("\t"))
                  .map(String::strip)
                  .filter(c -> !c.isEmpty())
                  .toList());
    }
    Cite c = cite(i, 0, text);
    return new Cite(c.line(), c.place(), c.quote(), true);
  }

  /** A place with no quote. */
  Cite place(int i) {
    return cite(i, 0, null);
  }

  /** Every source line of a block. */
  List<Integer> lines(int i) {
    List<Integer> out = new ArrayList<>();
    Block b = blocks.get(i);
    for (int l = b.firstLine(); l <= b.lastLine(); l++) {
      out.add(l);
    }
    return out;
  }

  /** A block's sentences. */
  List<Sentences.Piece> sentences(int i) {
    return Sentences.split(blocks.get(i).text());
  }

  String lower(int i) {
    return words[i].toLowerCase(Locale.ROOT);
  }

  boolean isText() {
    return text.format() == PolicyText.Format.TEXT;
  }
}
