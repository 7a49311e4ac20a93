package uk.org.attendance.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where every value of a resolved school model came from: a JSON pointer (e.g. {@code
 * /schoolDay/groups/0/morningRegister/closes}) mapped to the file, line and column that supplied
 * it. With trust inheritance, values of one school come from several files.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SourceMap {

  private final Map<String, SourceRef> refs;
  private final Path primaryFile;
  private final Map<Path, List<String>> lines;
  private final Map<String, TextPositions> texts;

  /** Where the last walk of a text value stopped; only ever replaced whole, so safe to share. */
  private volatile Cursor cursor;

  /**
   * @param primaryFile the school's own file, used when nothing closer is known
   * @param refs pointer to location, as built by the loader
   * @param sources the text of each file, line by line, to locate words inside long text values
   */
  public SourceMap(Path primaryFile, Map<String, SourceRef> refs, Map<Path, List<String>> sources) {
    this(primaryFile, refs, sources, Map.of());
  }

  /**
   * @param primaryFile the document the model was read from
   * @param refs pointer to location
   * @param sources the text of each YAML file, line by line
   * @param texts for text values that do not come from a YAML file, where each character is
   */
  public SourceMap(
      Path primaryFile,
      Map<String, SourceRef> refs,
      Map<Path, List<String>> sources,
      Map<String, TextPositions> texts) {
    this.primaryFile = primaryFile;
    this.refs = Map.copyOf(refs);
    this.lines = Map.copyOf(sources);
    this.texts = Map.copyOf(texts);
  }

  /**
   * The exact location of one character of a text value: its line and column in the file, inside
   * quoted, plain, literal ({@code |}) and folded ({@code >}) scalars alike. The value's text is
   * walked against the file from where the value starts: a space or line break in the value may
   * stand for any run of white space in the file (a folded line break and the next line's
   * indentation), and a few characters of the file may be skipped where the value has fewer (a
   * quote, an escape such as {@code \"} or {@code ''}, a block indicator).
   *
   * @param pointer the text value, which must be present
   * @param value the value's text, as the model holds it
   * @param offset a character offset in {@code value}
   * @return the character's location; the value's own location if it cannot be found
   * @throws IllegalStateException if no value was read at {@code pointer}
   */
  public SourceRef at(String pointer, String value, int offset) {
    TextPositions positions = texts.get(pointer);
    if (positions != null) {
      return positions.at(offset);
    }
    SourceRef start = at(pointer);
    List<String> text = lines.get(start.file());
    if (text == null || start.line() == 0 || value == null || value.isEmpty() || !has(pointer)) {
      return start;
    }
    int target = Math.max(0, Math.min(offset, value.length() - 1));
    // Go on from where the last walk of this value stopped, if it stopped before the target: the
    // findings in one value come in order, and walking from its start for each made a long value
    // with many findings cost time growing with the square of its length.
    Cursor last = cursor;
    if (last != null
        && last.next() <= target
        && last.pointer().equals(pointer)
        && (last.value() == value || last.value().equals(value))) {
      if (last.lost()) {
        return start;
      }
    } else {
      int line = start.line() - 1;
      int col = Math.max(0, start.column() - 1);
      if (line < text.size()
          && col < text.get(line).length()
          && "|>".indexOf(text.get(line).charAt(col)) >= 0) {
        line++; // a block scalar: its text starts on the next line
        col = 0;
      }
      // before the first character: the block indicator line, a quote
      last = new Cursor(pointer, value, 0, line, col, 200, false);
    }
    int line = last.line();
    int col = last.col();
    int skipBudget = last.skipBudget();
    for (int i = last.next(); i <= target; i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c)) {
        // Consume the file's white space; a value space may also match nothing (an escape follows).
        int[] p = skipWhitespace(text, line, col);
        line = p[0];
        col = p[1];
        if (i == target) {
          cursor = new Cursor(pointer, value, i + 1, line, col, skipBudget, false);
          return new SourceRef(start.file(), line + 1, col + 1);
        }
        continue;
      }
      int budget = skipBudget;
      int width = 1;
      while (true) {
        if (line >= text.size()) {
          cursor = new Cursor(pointer, value, i, 0, 0, 0, true);
          return start;
        }
        String l = text.get(line);
        if (col >= l.length()) {
          line++;
          col = 0;
          if (budget-- <= 0) {
            cursor = new Cursor(pointer, value, i, 0, 0, 0, true);
            return start;
          }
          continue;
        }
        if (l.charAt(col) == c) {
          break;
        }
        int escape = escapeWidth(l, col);
        if (escape > 0 && c > 0x7f) {
          width = escape; // \u2019 in a double-quoted value stands for one character
          break;
        }
        col++;
        if (budget-- <= 0) {
          cursor = new Cursor(pointer, value, i, 0, 0, 0, true);
          return start;
        }
      }
      if (i == target) {
        cursor = new Cursor(pointer, value, i + 1, line, col + width, 8, false);
        return new SourceRef(start.file(), line + 1, col + 1);
      }
      col += width;
      skipBudget = 8;
    }
    return start;
  }

  /**
   * Where a walk of a text value stopped ({@link #at(String, String, int)}): its state before the
   * character at {@code next}, or, if {@code lost}, that it lost its way at that character (every
   * later one is then at the value's own location). One small record, not a table of every
   * character, so that a school's source map stays small however many values are located.
   */
  private record Cursor(
      String pointer, String value, int next, int line, int col, int skipBudget, boolean lost) {}

  /** The length of a YAML unicode escape (\\xXX, \\uXXXX, \\UXXXXXXXX) at {@code col}, or 0. */
  private static int escapeWidth(String l, int col) {
    if (l.charAt(col) != '\\' || col + 1 >= l.length()) {
      return 0;
    }
    switch (l.charAt(col + 1)) {
      case 'x':
        return 4;
      case 'u':
        return 6;
      case 'U':
        return 10;
      default:
        return 0;
    }
  }

  private static int[] skipWhitespace(List<String> text, int line, int col) {
    while (line < text.size()) {
      String l = text.get(line);
      while (col < l.length() && Character.isWhitespace(l.charAt(col))) {
        col++;
      }
      if (col < l.length()) {
        return new int[] {line, col};
      }
      line++;
      col = 0;
    }
    return new int[] {line, col};
  }

  /** A source map without file texts (words are located at the start of their value). */
  public SourceMap(Path primaryFile, Map<String, SourceRef> refs) {
    this(primaryFile, refs, Map.of());
  }

  /**
   * The location of some words inside the text value at {@code pointer}: the line and column where
   * they are written, if they can be found in the file from the value's start onwards (a long
   * Markdown body spans many lines); otherwise the value's own location.
   *
   * @param pointer the text value, which must be present
   * @param words words quoted from the value, e.g. a placeholder it contains
   * @return never null
   * @throws IllegalStateException if no value was read at {@code pointer}
   */
  public SourceRef at(String pointer, String words) {
    SourceRef start = at(pointer);
    List<String> text = lines.get(start.file());
    if (text == null || start.line() == 0 || words == null || words.isBlank()) {
      return start;
    }
    // The first few words are enough to find the place, and short enough not to wrap onto the next
    // line.
    String probe = words.strip();
    int cut = probe.indexOf(' ', Math.min(probe.length(), 12));
    probe = cut > 0 ? probe.substring(0, cut) : probe;
    for (int i = start.line() - 1; i < text.size() && i < start.line() + 400; i++) {
      int from = i == start.line() - 1 ? Math.max(0, start.column() - 1) : 0;
      int col = text.get(i).indexOf(probe, Math.min(from, text.get(i).length()));
      if (col >= 0) {
        return new SourceRef(start.file(), i + 1, col + 1);
      }
    }
    return start;
  }

  /**
   * The location of the value at {@code pointer}, which must be present: a finding about a value is
   * reported where the value is written, and a pointer the school does not have is a bug in the
   * caller, never a silent move to another line. For a value that is absent, see {@link
   * #whereMissing}.
   *
   * @param pointer a JSON pointer such as {@code /contacts/dayToDay/0/email}
   * @return never null
   * @throws IllegalStateException if no value was read at {@code pointer}
   */
  public SourceRef at(String pointer) {
    SourceRef ref = refs.get(pointer);
    if (ref == null) {
      throw new IllegalStateException(
          "no value was read at "
              + pointer
              + " in "
              + primaryFile.getFileName()
              + ": a finding about a value that is absent is located with whereMissing");
    }
    return ref;
  }

  /**
   * Where a value that may be absent is, or would be written: its own location if it is present;
   * otherwise that of its nearest present parent (the section a missing key belongs in); if none
   * is, the school file itself. For findings about something the school has not written.
   *
   * @param pointer a JSON pointer such as {@code /contacts/attendanceGovernor}
   * @return never null
   */
  public SourceRef whereMissing(String pointer) {
    String p = pointer;
    while (true) {
      SourceRef ref = refs.get(p);
      if (ref != null) {
        return ref;
      }
      if (p.isEmpty()) {
        return SourceRef.of(primaryFile);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /**
   * Whether a location lies within the value at {@code pointer}: from where the value starts to
   * where the next value that is not part of it starts, in the same file.
   *
   * @param pointer a value that is present
   * @param location a finding's location
   * @return false if the value is absent or the location is elsewhere
   */
  public boolean within(String pointer, SourceRef location) {
    return span(pointer).contains(location);
  }

  /**
   * Where the value at {@code pointer} is written: from where it starts to where the next value
   * that is not part of it starts, in the same file. Worked out once, it answers {@link #within}
   * for every location, where each answer looked through every value again.
   *
   * @param pointer a value, present or not
   * @return its span; one that contains nothing if the value is absent or has no line
   */
  public Span span(String pointer) {
    SourceRef start = refs.get(pointer);
    if (start == null || start.line() == 0) {
      return new Span(null, null);
    }
    SourceRef end = null;
    for (Map.Entry<String, SourceRef> e : refs.entrySet()) {
      String p = e.getKey();
      SourceRef r = e.getValue();
      if (p.equals(pointer)
          || p.startsWith(pointer + "/")
          || !r.file().equals(start.file())
          || r.compareTo(start) <= 0) {
        continue;
      }
      if (pointer.startsWith(p + "/") || p.isEmpty()) {
        continue; // a parent of the value
      }
      if (end == null || r.compareTo(end) < 0) {
        end = r;
      }
    }
    return new Span(start, end);
  }

  /**
   * Where a value is written.
   *
   * @param start where it starts, or null if it is absent (then the span contains nothing)
   * @param end where the next value that is not part of it starts, in the same file, or null if
   *     none does
   */
  public record Span(SourceRef start, SourceRef end) {
    /** Whether a location lies within the span. */
    public boolean contains(SourceRef location) {
      return start != null
          && start.file().equals(location.file())
          && location.compareTo(start) >= 0
          && (end == null || location.compareTo(end) < 0);
    }
  }

  /** Whether a value was present at exactly this pointer. */
  public boolean has(String pointer) {
    return refs.containsKey(pointer);
  }

  /** The school's own file. */
  public Path primaryFile() {
    return primaryFile;
  }

  /** Every known pointer, sorted, for tests and debugging. */
  public Map<String, SourceRef> asSortedMap() {
    return new TreeMap<>(refs);
  }
}
