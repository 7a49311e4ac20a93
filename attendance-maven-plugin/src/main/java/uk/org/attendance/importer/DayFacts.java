package uk.org.attendance.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.attendance.model.ClockTime;
import uk.org.attendance.text.Sentences;
import uk.org.attendance.text.Times;

/**
 * The times of the school day, per pupil group: when the gates open, when each register opens and
 * closes, when the day ends. A time belongs to the narrowest scope that states it: a group's own
 * line ("Reception 8.50am-3.05pm", or a group's name followed by its times), a member school's
 * lines in a trust's table of times, or the whole document. Where one scope states two different
 * times for the same thing, the choice is left to the school.
 */
final class DayFacts {

  private static final Pattern GROUP =
      Pattern.compile(
          "^(nursery|reception|year\\s*r|years?\\s*\\d{1,2}(?:\\s*(?:-|\u2013|to|and)\\s*\\d{1,2})?|key\\s+stage\\s+\\d|ks\\d|eyfs|foundation\\s+stage)\\b[\\s:]*",
          Pattern.CASE_INSENSITIVE);

  /** A stated time. */
  record Stmt(Field field, ClockTime time, String written, Cite cite, int block) {}

  /** The fields of a group's times. */
  enum Field {
    GATES("gatesOpen", "the time the gates open"),
    AM_OPENS("morningRegister.opens", "the time the morning register opens"),
    AM_CLOSES("morningRegister.closes", "the time the morning register closes"),
    PM_OPENS("afternoonRegister.opens", "the time the afternoon register opens"),
    PM_CLOSES("afternoonRegister.closes", "the time the afternoon register closes"),
    ENDS("endOfDay", "the time the school day ends"),
    /** "School start time": the morning register's opening where no register time is given. */
    STARTS("morningRegister.opens", "the time the school day starts");

    final String path;
    final String words;

    Field(String path, String words) {
      this.path = path;
      this.words = words;
    }
  }

  /** A pupil group with times of its own: the blocks that state them. */
  record Group(String name, int label, List<Stmt> stmts) {}

  private DayFacts() {}

  /** Every time the document states, with what it is the time of. */
  static List<Stmt> statements(Doc doc) {
    List<Stmt> out = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      if (doc.shape[i] == Doc.Shape.ROW) {
        // A table row "Gates open | 8.40am" reads as "Gates open: 8.40am".
        String[] cells = doc.blocks.get(i).text().split("\t");
        List<String> filled =
            java.util.Arrays.stream(cells).map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (filled.size() == 2
            && !Times.mentions(filled.get(1)).isEmpty()
            && Times.mentions(filled.get(0)).isEmpty()) {
          String said = filled.get(0) + ": " + filled.get(1);
          for (Times.Statement st : Times.statements(said)) {
            Field f = field(st);
            if (f != null) {
              int at = doc.blocks.get(i).text().indexOf(filled.get(1));
              out.add(
                  new Stmt(
                      f,
                      st.time(),
                      written(st.written(), st.time()),
                      doc.cite(i, Math.max(0, at), said),
                      i));
            }
          }
          continue;
        }
      }
      for (Sentences.Piece p : doc.sentences(i)) {
        for (Times.Statement st : Times.statements(p.text())) {
          Field f = field(st);
          if (f != null) {
            out.add(
                new Stmt(
                    f,
                    st.time(),
                    written(st.written(), st.time()),
                    doc.cite(i, p.rawOffset(st.start()), p.text()),
                    i));
          }
        }
      }
    }
    return out;
  }

  private static Field field(Times.Statement st) {
    return switch (st.role()) {
      case GATES_OPEN -> Field.GATES;
      case REGISTER_OPENS ->
          st.session() == Times.Session.MORNING ? Field.AM_OPENS : Field.PM_OPENS;
      case REGISTER_CLOSES ->
          st.session() == Times.Session.MORNING ? Field.AM_CLOSES : Field.PM_CLOSES;
      case DAY_ENDS -> Field.ENDS;
      case DAY_STARTS -> Field.STARTS;
      default -> null;
    };
  }

  /**
   * Groups with times of their own between two blocks: "Nursery 8.45am-3.15pm", or "Years 1-6" then
   * its times.
   */
  static List<Group> groups(Doc doc, List<Stmt> all, int from, int to) {
    List<Group> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String w = SchoolFacts.stripMarks(doc.words[i]);
      Matcher g = GROUP.matcher(w);
      if (!g.lookingAt() || w.length() > 60) {
        continue;
      }
      String name = g.group(1).strip();
      List<Stmt> own = new ArrayList<>();
      List<int[]> ranges = Times.ranges(w);
      if (!ranges.isEmpty()
          && w.substring(0, ranges.get(0)[0])
              .strip()
              .replaceAll("[:\\s]+$", "")
              .equalsIgnoreCase(name)) {
        int[] r = ranges.get(0);
        List<Times.Mention> a = Times.mentions(w.substring(r[0], r[1]));
        List<Times.Mention> b = Times.mentions(w.substring(r[2], r[3]));
        if (a.isEmpty() || b.isEmpty()) {
          continue;
        }
        int offset = doc.blocks.get(i).text().indexOf(w.substring(r[0]));
        own.add(
            new Stmt(
                Field.STARTS,
                a.get(0).time(),
                written(a.get(0).text(), a.get(0).time()),
                doc.cite(i, offset, w),
                i));
        own.add(
            new Stmt(
                Field.ENDS,
                b.get(0).time(),
                written(b.get(0).text(), b.get(0).time()),
                doc.cite(i, offset, w),
                i));
        doc.consumed[i] = true;
        out.add(new Group(name, i, own));
        continue;
      }
      if (!w.substring(g.end()).isBlank()) {
        continue;
      }
      // A group's name alone: its times are on the lines after it.
      int k = i + 1;
      for (; k < to; k++) {
        final int block = k;
        List<Stmt> here = all.stream().filter(s -> s.block() == block).toList();
        if (here.isEmpty() || GROUP.matcher(SchoolFacts.stripMarks(doc.words[k])).lookingAt()) {
          break;
        }
        own.addAll(here);
      }
      if (!own.isEmpty()) {
        doc.consumed[i] = true;
        out.add(new Group(name, i, own));
      }
    }
    return out;
  }

  /**
   * Writes the groups of one school.
   *
   * @param doc the document
   * @param list the school's {@code schoolDay.groups}
   * @param groups its groups with times of their own
   * @param school the statements of this school's own lines (a member's rows in a trust's table),
   *     or none
   * @param document the statements of the whole document
   */
  static void write(
      Doc doc, Node list, List<Group> groups, List<Stmt> school, List<Stmt> document) {
    boolean schoolTimes = school.stream().anyMatch(s -> s.field() != Field.GATES);
    boolean documentTimes = document.stream().anyMatch(s -> s.field() != Field.GATES);
    List<Group> all = new ArrayList<>(groups);
    if (all.isEmpty() || schoolTimes) {
      all.add(0, new Group(all.isEmpty() ? "All pupils" : "Other pupils", -1, List.of()));
    }
    for (Group g : all) {
      Node group = list.add(Node.map());
      String id = YamlWriter.id(g.name(), "group");
      group.put("id", Node.scalar(id.equals("other-pupils") ? "all-pupils" : id));
      group.put("name", Node.scalar(g.name()));
      if (g.label() >= 0) {
        group.get("name").from(doc.cite(g.label()));
      } else {
        group
            .get("name")
            .note(
                g.name().equals("All pupils")
                    ? "the source's times are for every pupil"
                    : "the pupils the source's other times are for");
      }
      group
          .put("stage", Node.scalar(stage(g.name())))
          .note(g.label() < 0 ? "every pupil" : "from the group's name");
      if (!schoolTimes && !documentTimes && g.stmts().isEmpty()) {
        group
            .map("morningRegister")
            .put("opens", Node.quoted(Draft.FILL_IN + ": the time the morning register opens"))
            .comment("The source gives no times for the school day.");
        continue;
      }
      field(group, "gatesOpen", Field.GATES, g.stmts(), school, document);
      Node am = group.map("morningRegister");
      field(am, "opens", Field.AM_OPENS, g.stmts(), school, document);
      field(am, "closes", Field.AM_CLOSES, g.stmts(), school, document);
      Node pm = group.map("afternoonRegister");
      field(pm, "opens", Field.PM_OPENS, g.stmts(), school, document);
      field(pm, "closes", Field.PM_CLOSES, g.stmts(), school, document);
      for (Node register : List.of(am, pm)) {
        if (register.get("opens") == null && register.get("closes") != null) {
          register
              .put("opens", Node.quoted(Draft.FILL_IN + ": the time this register opens"))
              .comment("The source says when this register closes but not when it opens.");
        }
      }
      reorder(am);
      reorder(pm);
      field(group, "endOfDay", Field.ENDS, g.stmts(), school, document);
    }
  }

  /** "opens" before "closes". */
  private static void reorder(Node register) {
    Node closes = register.entries.remove("closes");
    if (closes != null) {
      register.entries.put("closes", closes);
    }
  }

  /** The narrowest scope's statements of a field, written; null if no scope states it. */
  private static Node field(
      Node parent, String key, Field f, List<Stmt> group, List<Stmt> school, List<Stmt> document) {
    for (List<Stmt> scope : List.of(group, school, document)) {
      Candidates<ClockTime> c = new Candidates<>();
      for (Stmt s : scope) {
        if (s.field() == f) {
          c.add(s.time(), s.written(), s.cite());
        }
      }
      if (c.isEmpty() && f == Field.AM_OPENS) {
        // "School start time: 8.45 am", "Reception 8.50am-3.05pm": the morning register opens when
        // the day starts.
        for (Stmt s : scope) {
          if (s.field() == Field.STARTS) {
            c.add(s.time(), s.written(), s.cite());
          }
        }
      }
      if (!c.isEmpty()) {
        return c.put(parent, key, f.words, o -> Node.quoted(o.written()));
      }
    }
    return null;
  }

  static String stage(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.startsWith("nursery")) {
      return "nursery";
    }
    if (n.startsWith("reception")
        || n.equals("year r")
        || n.equals("eyfs")
        || n.startsWith("foundation")) {
      return "reception";
    }
    if (n.startsWith("year") || n.startsWith("key stage") || n.startsWith("ks")) {
      return "compulsory";
    }
    return "mixed";
  }

  /**
   * A time as the school wrote it, if the school file reads it back the same; otherwise 24-hour.
   */
  static String written(String text, ClockTime time) {
    String w =
        text.replaceAll("\\s+", "")
            .replaceAll("(?i)a\\.m\\.?", "am")
            .replaceAll("(?i)p\\.m\\.?", "pm")
            .replaceAll("(?i)hrs$", "")
            .toLowerCase(Locale.ROOT);
    try {
      if (ClockTime.parse(w).equals(time)) {
        return w;
      }
    } catch (IllegalArgumentException notReadBack) {
      // written below in 24-hour form
    }
    return time.iso();
  }

  /** The statements in blocks that pass a test. */
  static List<Stmt> in(List<Stmt> all, IntPredicate blocks) {
    return all.stream().filter(s -> blocks.test(s.block())).toList();
  }

  /**
   * Marks as placed the lines that only state a time ("Gates open: 8.35am"), and the line that
   * introduces them.
   */
  static void consumeTimeLines(Doc doc, List<Stmt> all) {
    Map<Integer, List<Stmt>> byBlock = new LinkedHashMap<>();
    for (Stmt s : all) {
      byBlock.computeIfAbsent(s.block(), k -> new ArrayList<>()).add(s);
    }
    for (Map.Entry<Integer, List<Stmt>> e : byBlock.entrySet()) {
      int i = e.getKey();
      String w = SchoolFacts.stripMarks(doc.words[i]);
      // "Gates open: 8.35am", "School end time: 3.15 pm", "Registers close at 9.15am": a label and
      // a time, nothing else.
      String rest = w;
      for (Times.Mention m : Times.mentions(w)) {
        rest = rest.replace(m.text(), " ");
      }
      rest =
          rest.replaceAll(
                  "(?i)\\b(gates?|doors?|open(s|ed)?|at|registration|registers?|starts?|start|closes?|closed|end|of|the|school|day|"
                      + "time|are|is|will|be)\\b",
                  "")
              .replaceAll("[\\s:;,.*-]+", "");
      if (rest.isEmpty() && w.length() <= 60) {
        doc.consumed[i] = true;
      }
    }
    // A table of times: all its rows placed, its heading row goes with them; some placed, it stays
    // whole.
    for (int i = 0; i < doc.size(); i++) {
      if (doc.shape[i] != Doc.Shape.ROW || i > 0 && doc.shape[i - 1] == Doc.Shape.ROW) {
        continue;
      }
      int end = i;
      while (end < doc.size() && doc.shape[end] == Doc.Shape.ROW) {
        end++;
      }
      int placed = 0;
      for (int k = i + 1; k < end; k++) {
        if (doc.consumed[k] && byBlock.containsKey(k)) {
          placed++;
        }
      }
      if (placed == 0) {
        continue;
      }
      if (placed == end - i - 1 && !byBlock.containsKey(i)) {
        doc.consumed[i] = true;
        doc.timeLeads.add(i);
      } else if (placed < end - i - 1) {
        for (int k = i; k < end; k++) {
          if (byBlock.containsKey(k)) {
            doc.consumed[k] = false;
          }
        }
      }
    }
    // A line ending with a colon whose lines after it were all placed introduces nothing left.
    for (int i = 0; i + 1 < doc.size(); i++) {
      if (!doc.consumed[i]
          && doc.words[i].strip().replaceAll("\\*", "").endsWith(":")
          && doc.consumed[i + 1]
          && byBlock.containsKey(i + 1)
          && doc.words[i].toLowerCase(Locale.ROOT).matches(".*\\b(times?|day)\\b.*")) {
        boolean allPlaced = true;
        for (int k = i + 1;
            k < doc.size() && (doc.shape[k] == Doc.Shape.LIST || byBlock.containsKey(k));
            k++) {
          allPlaced &= doc.consumed[k];
        }
        if (allPlaced) {
          doc.consumed[i] = true;
          doc.timeLeads.add(i);
        }
      }
    }
  }
}
