package uk.org.attendance.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.attendance.model.ClockTime;

/**
 * Times of the school day stated in words, and what each is the time of: when gates open, when a
 * register opens or closes, the absence-reporting deadline, the end of the day. Recognises the many
 * ways schools write them ("Registration closes: 9:00", "At 09:15 the registers will be closed",
 * "kept open until 9.00am", "before 9.15 am, when our register closes", "Registers close at
 * 9.15am", "Reception 8.50am-3.05pm").
 *
 * <p>Stateless and thread-safe.
 */
public final class Times {

  /** What a stated time is the time of. */
  public enum Role {
    GATES_OPEN("gates open"),
    DOORS_OPEN("pupils can come into school"),
    DAY_STARTS("the school day starts"),
    REGISTER_OPENS("the register opens"),
    REGISTER_CLOSES("the register closes"),
    REPORTING_DEADLINE("parents must report an absence by"),
    DAY_ENDS("the school day ends");

    private final String words;

    Role(String words) {
      this.words = words;
    }

    /** How a message names it. */
    public String words() {
      return words;
    }
  }

  /** Which session a statement is about. */
  public enum Session {
    MORNING,
    AFTERNOON
  }

  /**
   * A time in a sentence.
   *
   * @param time the time
   * @param start offset of its first character
   * @param end offset after its last character
   * @param text as written
   */
  public record Mention(ClockTime time, int start, int end, String text) {}

  /**
   * A statement of a time.
   *
   * @param role what it is the time of
   * @param time the time
   * @param session the session, for register times
   * @param start where the time is written in the sentence
   * @param written the time as written
   */
  public record Statement(Role role, ClockTime time, Session session, int start, String written) {}

  private static final Pattern TIME =
      Pattern.compile(
          "(?<![\\d£$.,:/])(\\d{1,2})(?:[:.](\\d{2}))?\\s?(a\\.?\\s?m\\b\\.?|p\\.?\\s?m\\b\\.?|am\\b|pm\\b|hrs\\b)?(?![\\d%]|\\.\\d|,\\d|:\\d)",
          Pattern.CASE_INSENSITIVE);

  private static final String REG =
      "(?:the\\s+|our\\s+|class\\s+|attendance\\s+|morning\\s+|afternoon\\s+)*regist(?:er|ers|ration)";
  private static final List<Cue> CUES =
      List.of(
          // Register closes.
          new Cue(
              Role.REGISTER_CLOSES,
              REG
                  + "\\s+(?:will\\s+(?:be\\s+)?|is\\s+|are\\s+|then\\s+)?(?:clos(?:e|es|ed|ing)|shut)(?:\\s+(?:promptly|at|by|:))*",
              true,
              "regist"),
          new Cue(
              Role.REGISTER_CLOSES,
              "(?:close|closing)\\s+(?:time\\s+)?of\\s+(?:the\\s+)?regist(?:er|ers|ration)(?:\\s+(?:is|at|:))*",
              true,
              "regist"),
          new Cue(
              Role.REGISTER_CLOSES,
              "(?:kept|keep|remains?|stays?|will\\s+remain|will\\s+stay|will\\s+be\\s+kept)\\s+open\\s+(?:until|till|to)",
              true,
              "open"),
          new Cue(Role.REGISTER_CLOSES, REG + "\\s+(?:has|have)\\s+closed\\s+at", true, "regist"),
          new Cue(
              Role.REGISTER_CLOSES,
              "(?:when|as|once)\\s+" + REG + "\\s+(?:clos(?:e|es)|(?:has|have|is|are)\\s+closed)",
              false,
              "regist"),
          new Cue(
              Role.REGISTER_CLOSES,
              REG + "\\s+(?:will\\s+be\\s+|is\\s+|are\\s+)?closed",
              false,
              "regist"),
          // Register opens.
          new Cue(
              Role.REGISTER_OPENS,
              REG
                  + "\\s+(?:will\\s+be\\s+|is\\s+|are\\s+)?(?:opens?|starts?|begins?|taken|completed|marked|called)(?:\\s+(?:punctually|promptly|each\\s+day|daily))*\\s+(?:at|from)",
              true,
              "regist"),
          new Cue(
              Role.REGISTER_OPENS,
              REG
                  + "\\s+(?:for\\s+the\\s+(?:first|second|morning|afternoon)\\s+session\\s+)?(?:will\\s+be\\s+|is\\s+)?(?:taken|opened|started)\\s+at",
              true,
              "regist"),
          new Cue(
              Role.REGISTER_OPENS,
              "regist(?:er|ers|ration)\\s+(?:opens|starts|begins)\\s*:",
              true,
              "regist"),
          // Gates and the start of the day.
          new Cue(
              Role.GATES_OPEN,
              "gates?\\s+(?:will\\s+)?(?:open|opens|are\\s+open(?:ed)?)(?:\\s+at)?\\s*:?",
              true,
              "gate"),
          new Cue(
              Role.DOORS_OPEN,
              "doors?\\s+(?:will\\s+)?(?:open|opens|are\\s+open(?:ed)?)(?:\\s+at)?\\s*:?",
              true,
              "door"),
          new Cue(Role.DOORS_OPEN, "(?:school\\s+)?day\\s+starts\\s+at", true, "starts"),
          new Cue(Role.DAY_STARTS, "(?:school\\s+)?start\\s+time\\s*:?", true, "start"),
          // End of the day.
          new Cue(
              Role.DAY_ENDS,
              "(?:end\\s+of\\s+(?:the\\s+)?(?:school\\s+)?day|school\\s+end\\s+time|end\\s+time|home\\s+time|school\\s+(?:day\\s+)?(?:ends|finishes|closes))(?:\\s+(?:is|at))*\\s*:?",
              true,
              "end",
              "home",
              "finishes",
              "closes"),
          // The absence-reporting deadline: see deadlines(). The cue matches nothing.
          new Cue(Role.REPORTING_DEADLINE, "(?!x)x", true, "x"));
  private static final Screened REPORT_VERB =
      Screened.of(
          "\\b(?:contact\\w*|call|calls|phone|telephone|ring|notify|notifies|inform|tell|report\\w*|let\\s+(?:us|the\\s+school)\\s+know)\\b",
          Pattern.CASE_INSENSITIVE,
          "contact",
          "call",
          "phone",
          "ring",
          "notif",
          "inform",
          "tell",
          "report",
          "let");
  private static final Pattern BEFORE =
      Pattern.compile("\\b(?:before|by|no\\s+later\\s+than|until)\\s*$", Pattern.CASE_INSENSITIVE);

  private static final Screened ABSENCE =
      Screened.of(
          "absen|ill\\b|illness|unwell|sick",
          Pattern.CASE_INSENSITIVE,
          "absen",
          "ill",
          "unwell",
          "sick");

  /**
   * A clause that starts again about registers between a cue and a time ("... by 9am, and the
   * register closes at ..."): "and", "but" or "or", followed later by a word about the register.
   * Found in two searches, each reading the text once ({@link #clauseBreakEnd}).
   */
  private static final Pattern CONJUNCTION = Pattern.compile("\\b(?:and|but|or)\\b");

  private static final Pattern REGISTER_WORD = Pattern.compile("\\b(?:regist|close|open)");

  private static final Pattern RANGE =
      Pattern.compile(
          "(\\d{1,2}[:.]\\d{2}\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)?)\\s*(?:-|–|—|to|until)\\s*(\\d{1,2}[:.]\\d{2}\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)?)",
          Pattern.CASE_INSENSITIVE);

  /** A cue, with the words it cannot match without ({@link Screened}). */
  private record Cue(Role role, Screened pattern, boolean timeAfter) {
    Cue(Role role, String regex, boolean timeAfter, String... words) {
      this(role, Screened.of(regex, Pattern.CASE_INSENSITIVE, words), timeAfter);
    }
  }

  private Times() {}

  /** Every clock time written in a sentence (not dates, amounts or percentages). */
  public static List<Mention> mentions(String s) {
    List<Mention> out = new ArrayList<>();
    Matcher m = TIME.matcher(s);
    // A time starts with a digit (\d: 0 to 9), and most sentences have none: each search starts
    // at the next digit, where the search from the end of the last time would first find one.
    for (int from = digit(s, 0); from >= 0 && m.find(from); from = digit(s, m.end())) {
      if (m.group(2) == null && m.group(3) == null) {
        continue; // a bare number is not a time
      }
      if (m.group(3) != null
          && m.group(3).toLowerCase(Locale.ROOT).startsWith("hrs")
          && m.group(2) == null) {
        continue;
      }
      String written = m.group().strip();
      try {
        String parse =
            written
                .toLowerCase(Locale.ROOT)
                .replace("hrs", "")
                .replace(" ", "")
                .replaceAll("\\.$", "");
        if (parse.endsWith("a.m") || parse.endsWith("p.m")) {
          parse = parse + ".";
        }
        ClockTime t = ClockTime.parse(parse);
        if (m.group(3) == null && t.time().getHour() >= 1 && t.time().getHour() <= 6) {
          t =
              ClockTime.of(
                  t.time().getHour() + 12,
                  t.time().getMinute()); // "1.15": nobody registers at night
        }
        out.add(
            new Mention(
                t,
                m.start(),
                m.start() + written.length(),
                written.replaceFirst("(?i)(\\d\\s?[ap]m)\\.$", "$1")));
      } catch (IllegalArgumentException notATime) {
        // "25.50" and the like
      }
    }
    return out;
  }

  /** Where the first digit at or after {@code from} is, or -1. */
  private static int digit(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The times a sentence states, each with what it is the time of. A time is bound to a cue in the
   * same clause: written just after it ("registers close at 9.15am") or, for cues that follow their
   * time, just before it ("9.15 am, when our register closes"; "At 09:15 the registers will be
   * closed").
   */
  public static List<Statement> statements(String s) {
    List<Statement> out = new ArrayList<>();
    List<Mention> times = mentions(s);
    if (times.isEmpty()) {
      return out;
    }
    // A sentence may state many times: each is found near its cue by searching the mentions (in
    // order, none overlapping) and the sentence-wide tests are made once, so that a long sentence
    // costs time in proportion to its length, not its square.
    Set<String> stated = new HashSet<>();
    String lower = s.toLowerCase(Locale.ROOT);
    Boolean absence = null;
    Boolean comesIn = null;
    for (Cue cue : CUES) {
      if (!cue.pattern.mayMatch(s, lower)) {
        continue;
      }
      Matcher m = cue.pattern.pattern().matcher(s);
      while (m.find()) {
        Mention bound = null;
        if (cue.timeAfter) {
          for (int k = firstFrom(times, m.end());
              k < times.size() && times.get(k).start() - m.end() <= 12;
              k++) {
            if (noClauseBreak(s, m.end(), times.get(k).start())) {
              bound = times.get(k);
              break;
            }
          }
        }
        if (bound == null) {
          int k = firstFrom(times, m.start()) - 1;
          while (k >= 0 && times.get(k).end() > m.start()) {
            k--;
          }
          for (; k >= 0 && m.start() - times.get(k).end() <= 25; k--) {
            if (noClauseBreak(s, times.get(k).end(), m.start())) {
              bound = times.get(k);
              break;
            }
          }
        }
        if (bound == null) {
          continue;
        }
        if (cue.role == Role.REPORTING_DEADLINE) {
          if (absence == null) {
            absence = ABSENCE.find(s, lower);
          }
          if (!absence) {
            continue;
          }
        }
        Session session = bound.time().time().getHour() >= 12 ? Session.AFTERNOON : Session.MORNING;
        if (cue.role == Role.DOORS_OPEN
            && m.group().toLowerCase(Locale.ROOT).contains("day starts")) {
          if (comesIn == null) {
            comesIn = lower.matches(".*(come|arrive|enter)\\w*\\s+(in)?to\\s+school.*");
          }
          if (!comesIn) {
            continue; // "the school day starts at 8.45" is the start, not the gates
          }
        }
        add(
            out,
            stated,
            new Statement(cue.role, bound.time(), session, bound.start(), bound.text()));
        // "at 8.50am and at 1pm", "closes at 9.00am and 1.10pm": the second time has the same role.
        for (int k = firstFrom(times, bound.end() + 1);
            k < times.size() && times.get(k).start() - bound.end() <= 9;
            k++) {
          Mention t = times.get(k);
          if (s.substring(bound.end(), t.start())
              .matches("\\s*(?:,|and|&)\\s*(?:(?:at|by)\\s+)?")) {
            add(
                out,
                stated,
                new Statement(
                    cue.role,
                    t.time(),
                    t.time().time().getHour() >= 12 ? Session.AFTERNOON : Session.MORNING,
                    t.start(),
                    t.text()));
          }
        }
      }
    }
    Matcher verb = ABSENCE.find(s, lower) ? REPORT_VERB.found(s, lower) : null;
    if (verb != null) {
      // Where the clause after the verb first breaks, found once: a time at or past it is in
      // another clause, and so is every later one.
      int breaks = clauseBreakEnd(s, verb.end(), s.length());
      for (Mention t : times) {
        if (t.start() > verb.end()
            && BEFORE
                .matcher(s.substring(Math.max(verb.end(), t.start() - 20), t.start()))
                .find()) {
          if (breaks >= 0 && t.start() >= breaks) {
            break;
          }
          add(
              out,
              stated,
              new Statement(
                  Role.REPORTING_DEADLINE, t.time(), Session.MORNING, t.start(), t.text()));
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(Statement::start));
    return out;
  }

  /** A time range such as "8.50am-3.05pm", with the group named just before it, if any. */
  public static List<int[]> ranges(String s) {
    List<int[]> out = new ArrayList<>();
    Matcher m = RANGE.matcher(s);
    while (m.find()) {
      out.add(new int[] {m.start(1), m.end(1), m.start(2), m.end(2)});
    }
    return out;
  }

  /** Adds a statement, unless one of the same role at the same place is there already. */
  private static void add(List<Statement> out, Set<String> stated, Statement st) {
    if (stated.add(st.role() + "@" + st.start())) {
      out.add(st);
    }
  }

  /** The index of the first mention that starts at {@code at} or after it (mentions in order). */
  private static int firstFrom(List<Mention> times, int at) {
    int lo = 0;
    int hi = times.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times.get(mid).start() < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean noClauseBreak(String s, int from, int to) {
    return clauseBreakEnd(s, Math.min(from, to), Math.max(from, to)) < 0;
  }

  /**
   * Where the clause breaks in {@code s} from {@code from}, reading no further than {@code limit}:
   * the least end of a stretch of text starting at {@code from} that holds a semicolon, a tab, or
   * "and", "but" or "or" followed later by a word about the register; -1 when there is none. Read
   * as the text from {@code from} to {@code limit} on its own, once: so a stretch from {@code from}
   * to any {@code to} before {@code limit} breaks the clause exactly when {@code to} is at or past
   * this end.
   */
  static int clauseBreakEnd(String s, int from, int limit) {
    int end = -1;
    for (int i = from; i < limit; i++) {
      char c = s.charAt(i);
      if (c == ';' || c == '\t') {
        end = i + 1;
        break;
      }
    }
    Matcher conjunction = CONJUNCTION.matcher(s).region(from, limit);
    if (conjunction.find()) {
      Matcher word =
          REGISTER_WORD.matcher(s).region(conjunction.end(), limit).useTransparentBounds(true);
      if (word.find() && (end < 0 || word.end() < end)) {
        end = word.end();
      }
    }
    return end;
  }
}
