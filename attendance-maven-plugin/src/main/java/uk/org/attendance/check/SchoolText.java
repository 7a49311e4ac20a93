package uk.org.attendance.check;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.org.attendance.model.ClockTime;
import uk.org.attendance.model.PolicyDate;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.School;
import uk.org.attendance.model.SourceRef;
import uk.org.attendance.text.Screened;
import uk.org.attendance.text.Sentences;
import uk.org.attendance.text.Times;

/**
 * Every piece of text a school wrote, with its JSON pointer: for rules that read words (template
 * placeholders, contradicting times, outdated wording). Record component names are the YAML keys,
 * so the pointers match the source map. {@link #sentences} splits it all into sentences, each
 * located to the line and column where it is written, inside block scalars and folded text too.
 */
public final class SchoolText {

  /**
   * One text value.
   *
   * @param pointer e.g. {@code /letters/2/body}
   * @param text the text as written
   * @param lower the text lower-cased with {@link Locale#ROOT}, for looking for words ({@link
   *     Screened})
   */
  public record Entry(String pointer, String text, String lower) {
    /** A text value, lower-cased here. */
    public Entry(String pointer, String text) {
      this(pointer, text, text.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * One sentence of a school's text, with what introduces it and where each character is, and its
   * text lower-cased once for every rule that looks for words in it ({@link
   * uk.org.attendance.text.Screened}).
   */
  public static final class Sentence {
    private final String pointer;
    private final String value;
    private final Sentences.Piece piece;
    private final String lower;
    private final Sentence lead;
    private final Sentence previous;
    private final ResolvedSchool school;
    private List<Times.Statement> times;

    Sentence(
        String pointer,
        String value,
        Sentences.Piece piece,
        Sentence lead,
        Sentence previous,
        ResolvedSchool school) {
      this.pointer = pointer;
      this.value = value;
      this.piece = piece;
      this.lower = piece.text().toLowerCase(Locale.ROOT);
      this.lead = lead;
      this.previous = previous;
      this.school = school;
    }

    /**
     * The sentence before this one in the same text value, if any ("Code T is ... . This covers
     * ...").
     */
    public String previous() {
      return previous == null ? null : previous.text();
    }

    /**
     * The sentence with what comes before it: its lead-in, or the sentence before it in the same
     * value.
     */
    public String withContext() {
      Sentence before = lead != null ? lead : previous;
      return before == null ? text() : before.text() + " " + text();
    }

    /** The sentence, markup taken out, white space collapsed. */
    public String text() {
      return piece.text();
    }

    /**
     * {@link #text()} lower-cased with {@link Locale#ROOT}, for looking for words: every ASCII
     * letter is where it is in the text.
     */
    public String lower() {
      return lower;
    }

    /** The text value it is in, e.g. {@code /prose/lateness}. */
    public String pointer() {
      return pointer;
    }

    /**
     * The sentence that introduces this one, if this is an item of a list led in by a sentence
     * ending with a colon ("Valid reasons ... may include:"); otherwise null.
     */
    public String lead() {
      return lead == null ? null : lead.text();
    }

    /** {@link #lead()} lower-cased with {@link Locale#ROOT}, or null. */
    public String lowerLead() {
      return lead == null ? null : lead.lower;
    }

    /**
     * Whether {@code x} may match {@link #withLead()}: one of its words is in the sentence or its
     * lead-in (a word holds no space, so none spans the two).
     */
    public boolean mayMatchWithLead(Screened x) {
      return x.mayMatch(text(), lower) || lead != null && x.mayMatch(lead.text(), lead.lower);
    }

    /**
     * Whether {@code x} matches {@link #withLead()}, looking for its words first in the sentence
     * and its lead-in (a word holds no space, so none spans the two).
     */
    public boolean findWithLead(Screened x) {
      return mayMatchWithLead(x) && x.pattern().matcher(withLead()).find();
    }

    /**
     * Whether {@code x} matches {@link #withContext()}, looking for its words first in the sentence
     * and the one before it or its lead-in (a word holds no space, so none spans the two).
     */
    public boolean findWithContext(Screened x) {
      Sentence before = lead != null ? lead : previous;
      boolean may =
          x.mayMatch(text(), lower) || before != null && x.mayMatch(before.text(), before.lower);
      return may && x.pattern().matcher(withContext()).find();
    }

    /** The sentence with its lead-in, for rules that need both. */
    public String withLead() {
      return lead == null ? text() : lead.text() + " " + text();
    }

    /**
     * The times the sentence states ({@link Times#statements}), worked out once for the rules that
     * compare them with the school's timings.
     */
    public List<Times.Statement> times() {
      if (times == null) {
        times = List.copyOf(Times.statements(text()));
      }
      return times;
    }

    /** Where the sentence starts. */
    public SourceRef at() {
      return at(0);
    }

    /** Where a character of the sentence is written. */
    public SourceRef at(int offset) {
      return school.source().at(pointer, value, piece.rawOffset(offset));
    }

    @Override
    public String toString() {
      return pointer + ": " + text();
    }
  }

  private SchoolText() {}

  /** Every text value of the school, in model order. */
  public static List<Entry> of(School school) {
    Last last = LAST.get();
    if (last.model != school) {
      List<Entry> out = new ArrayList<>();
      walk("", school, out);
      last.model = school;
      last.entries = List.copyOf(out);
      last.school = null;
      last.sentences = null;
    }
    return last.entries;
  }

  /**
   * The last school read on this thread, by identity: the checker runs every rule on one school
   * before the next, and some thirty rules read its text, so it is walked and split once. The model
   * is immutable, so what was read stays true.
   */
  private static final class Last {
    School model;
    List<Entry> entries;
    ResolvedSchool school;
    List<Sentence> sentences;
  }

  private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(Last::new);

  /** Every sentence of every text value of the school, in model order. */
  public static List<Sentence> sentences(ResolvedSchool school) {
    List<Entry> entries = of(school.model());
    Last last = LAST.get();
    if (last.school != school) {
      last.sentences = List.copyOf(split(school, entries));
      last.school = school;
    }
    return last.sentences;
  }

  private static List<Sentence> split(ResolvedSchool school, List<Entry> entries) {
    List<Sentence> out = new ArrayList<>();
    Sentence colon = null;
    boolean afterColon = false;
    for (Entry e : entries) {
      if (e.pointer().startsWith("/suppressions/")) {
        continue; // a school's reasons for accepting a finding are not policy
      }
      boolean inItem = false;
      Sentence previous = null;
      for (Sentences.Piece p : Sentences.split(e.text())) {
        Sentence lead = null;
        inItem = p.listItem() || inItem && !afterColon;
        if (colon != null && (inItem || afterColon)) {
          lead = colon;
        } else {
          colon = null;
        }
        Sentence s = new Sentence(e.pointer(), e.text(), p, lead, previous, school);
        out.add(s);
        previous = s;
        afterColon = p.text().endsWith(":");
        if (afterColon) {
          colon = s;
        }
      }
    }
    return out;
  }

  private static void walk(String pointer, Object value, List<Entry> out) {
    if (value == null
        || value instanceof ClockTime
        || value instanceof PolicyDate
        || value instanceof Enum) {
      return;
    }
    if (value instanceof String) {
      out.add(new Entry(pointer, (String) value));
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        walk(pointer + "/" + i, list.get(i), out);
      }
    } else if (value.getClass().isRecord()) {
      for (RecordComponent c : COMPONENTS.get(value.getClass())) {
        try {
          walk(pointer + "/" + c.getName(), c.getAccessor().invoke(value), out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + c, e);
        }
      }
    }
  }

  /** Each record class's components, looked up once ({@link Class#getRecordComponents} copies). */
  private static final ClassValue<RecordComponent[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
          return type.getRecordComponents();
        }
      };
}
