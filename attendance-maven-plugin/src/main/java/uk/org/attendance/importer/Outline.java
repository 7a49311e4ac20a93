package uk.org.attendance.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The school's own words, carried into the school file: every block no fact has taken goes into a
 * prose section as Markdown (headings, lists and tables kept). A section whose heading is one of
 * the standard sections of the common local-authority models ("Absence Procedures", "Lateness",
 * "Deletion from Roll") goes into that slot; any other section becomes an extra section under its
 * own heading; an annex or appendix becomes an annex, or a letter if it is one ("Dear ..."); what
 * stands before the first heading (a cover's leftovers) and a table of contents go into the
 * "unplaced" section, for the school to move or delete. Nothing is dropped.
 */
final class Outline {

  private static final Map<String, Pattern> SLOTS = new LinkedHashMap<>();

  static {
    slot(
        "introduction",
        "introduction(?:\\s+and\\s+background)?|background|policy\\s+statement|core\\s+principles|statement\\s+of\\s+intent"
            + "|our\\s+school\\s+vision.*|aims");
    slot(
        "whyAttendanceMatters",
        "(?:the\\s+)?importance\\s+of\\s+(?:good\\s+|school\\s+|regular\\s+)?attendance|why\\s+(?:good\\s+|regular\\s+)?attendance\\s+matters");
    slot(
        "promotingAttendance",
        "promoting\\s+(?:regular\\s+|good\\s+)?attendance|incentives\\s+and\\s+rewards|rewards\\s+and\\s+incentives"
            + "|encouraging\\s+(?:good\\s+)?attendance|attendance\\s+expectations");
    slot(
        "absenceProcedures",
        "absence\\s+procedures(?:\\s+and\\s+intervention)?|reporting\\s+(?:an\\s+)?absence|procedures|absence\\s+from\\s+school");
    slot("lateness", "lateness|punctuality|late\\s+procedures|late\\s+arrivals");
    slot("barriers", "(?:understanding\\s+)?barriers\\s+to\\s+attendance|supporting\\s+pupils.*");
    slot("partTimeTimetables", "part[- ]time\\s+timetables?|reduced\\s+timetables?");
    slot("medicalAppointments", "medical\\s+(?:or\\s+dental\\s+|and\\s+dental\\s+)?appointments");
    slot(
        "leaveOfAbsence",
        "leaves?\\s+of\\s+absence(?:\\s+(?:in|during)\\s+term[- ]time)?|term[- ]time\\s+(?:leave|holidays?)|holidays?\\s+(?:in|during)\\s+term(?:[- ]time)?"
            + "|requests?\\s+for\\s+leave(?:\\s+of\\s+absence)?");
    slot(
        "localAuthoritySupport",
        "local\\s+authority\\s+(?:attendance\\s+)?support(?:\\s+services?)?|attendance\\s+support\\s+services?");
    slot(
        "deletionFromRoll",
        "deletion\\s+from\\s+(?:the\\s+)?roll|school\\s+roll.*|leaving\\s+the\\s+school");
    slot(
        "absenceData",
        "absence\\s+data|attendance\\s+data|(?:the\\s+)?use\\s+of\\s+(?:attendance\\s+)?data");
    slot("rolesAndResponsibilities", "roles\\s+(?:and|&)\\s+responsibilities");
  }

  private static void slot(String key, String regex) {
    SLOTS.put(key, Pattern.compile("(?i)^(?:" + regex + ")$"));
  }

  private static final Pattern CONTENTS =
      Pattern.compile("(?i)^(?:table\\s+of\\s+)?contents?$|^index$");
  private static final Pattern DEAR = Pattern.compile("(?i)^(?:\\*\\*)?dear\\b");
  private static final Pattern SUBJECT = Pattern.compile("(?i)^(?:re|subject)\\s*:\\s*(.{3,150})$");
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "(?i)^(?:yours\\s+(?:sincerely|faithfully)|kind\\s+regards|best\\s+wishes|many\\s+thanks|regards|with\\s+thanks)\\b.*");
  private static final Pattern ANNEX_PREFIX =
      Pattern.compile("(?i)^(?:annex|appendix)\\s*(?:[A-Z0-9]{1,3}\\b)?\\s*[:.\u2013\u2014-]*\\s*");
  private static final Pattern URL_ONLY = Pattern.compile("^<?(https?://[^\\s<>]+)>?$");

  enum Kind {
    COVER,
    CONTENTS,
    SLOT,
    EXTRA,
    ANNEX
  }

  /** A section: its heading, what it becomes, and its blocks (subheadings included). */
  static final class Section {
    final int heading;
    final String title;
    Kind kind;
    String slot;
    final List<Integer> blocks = new ArrayList<>();

    /** Headings of empty sections just before this one. */
    final List<Integer> emptyBefore = new ArrayList<>();

    Section(int heading, String title, Kind kind) {
      this.heading = heading;
      this.title = title;
      this.kind = kind;
    }
  }

  private Outline() {}

  /** Splits the blocks no fact has taken into sections. */
  static List<Section> sections(Doc doc) {
    List<Section> out = new ArrayList<>();
    Section current = new Section(-1, null, Kind.COVER);
    out.add(current);
    boolean inAnnex = false;
    for (int i = 0; i < doc.size(); i++) {
      if (doc.consumed[i]) {
        continue;
      }
      if (doc.shape[i] != Doc.Shape.HEADING) {
        current.blocks.add(i);
        continue;
      }
      String title = SchoolFacts.stripMarks(doc.words[i]);
      String bare = bare(title);
      String slot = slotOf(bare);
      boolean annex = Doc.annex(title);
      boolean top;
      if (annex || CONTENTS.matcher(bare).matches()) {
        top = true;
      } else if (inAnnex) {
        top = false;
      } else if (doc.numberedHeadings) {
        top =
            Doc.numbered(title) && Doc.depth(title) == 1
                || slot != null && !Doc.numbered(title)
                || current.kind == Kind.COVER
                || current.kind == Kind.CONTENTS;
      } else {
        top = doc.level[i] <= 2 || current.kind == Kind.COVER || current.kind == Kind.CONTENTS;
      }
      if (!top) {
        current.blocks.add(i);
        continue;
      }
      Section s;
      if (annex) {
        s = new Section(i, title, Kind.ANNEX);
        inAnnex = true;
      } else if (CONTENTS.matcher(bare).matches()) {
        s = new Section(i, title, Kind.CONTENTS);
      } else if (slot != null) {
        s = new Section(i, title, Kind.SLOT);
        s.slot = slot;
      } else {
        s = new Section(i, title, Kind.EXTRA);
      }
      if (current.blocks.isEmpty() && current.heading >= 0) {
        // A heading with nothing under it (e.g. "POLICY STATEMENT" just before "1. Definitions").
        s.emptyBefore.addAll(current.emptyBefore);
        s.emptyBefore.add(current.heading);
        out.remove(current);
      }
      out.add(s);
      current = s;
    }
    if (current.blocks.isEmpty() && current.heading >= 0 && out.size() > 1) {
      out.remove(current);
      out.get(out.size() - 1).emptyBefore.add(current.heading);
    }
    return out;
  }

  /** A heading without its number or annex letter: "6. Procedures" is "Procedures". */
  static String bare(String title) {
    return title
        .replaceFirst("^\\d{1,2}(?:\\.\\d{1,2}){0,2}\\.?\\s*", "")
        .replaceFirst("(?i)^procedures\\s+\\d+\\.\\s*", "")
        .replaceAll("[*_]", "")
        .strip();
  }

  static String slotOf(String bare) {
    for (Map.Entry<String, Pattern> e : SLOTS.entrySet()) {
      if (e.getValue().matcher(bare).matches()) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * Writes every section into the school file.
   *
   * @param doc the document
   * @param draft the school file
   * @param sections the sections
   */
  static void write(Doc doc, Draft draft, List<Section> sections) {
    Node prose = draft.root.map("prose");
    Node extra = prose.list("extraSections");
    Node annexes = draft.root.get("annexes");
    Node letters = draft.root.get("letters");
    Set<String> ids = new HashSet<>();
    List<Integer> unplaced = new ArrayList<>();
    List<Integer> waitingHeadings = new ArrayList<>();
    Map<String, Node> slotNodes = new LinkedHashMap<>();
    for (Section s : sections) {
      List<Integer> empty = new ArrayList<>(waitingHeadings);
      empty.addAll(s.emptyBefore);
      waitingHeadings.clear();
      if (s.kind == Kind.COVER || s.kind == Kind.CONTENTS) {
        if (s.heading >= 0) {
          unplaced.add(s.heading);
        }
        unplaced.addAll(empty);
        unplaced.addAll(s.blocks);
        continue;
      }
      // Letters inside the section ("Dear ..." to "Yours sincerely"): each becomes a letter.
      List<List<Integer>> found = letterRuns(doc, s.blocks);
      List<Integer> rest = new ArrayList<>(s.blocks);
      for (List<Integer> run : found) {
        rest.removeAll(run);
      }
      boolean wholeLetter =
          !found.isEmpty()
              && rest.stream().allMatch(k -> doc.shape[k] == Doc.Shape.HEADING)
              && found.size() == 1;
      for (List<Integer> run : found) {
        String title =
            wholeLetter ? letterTitle(s.title) : "Letter in \u201c" + bare(s.title) + "\u201d";
        letter(doc, letters, run, title, s, ids, wholeLetter ? rest : List.of(), empty);
        empty = List.of();
      }
      if (wholeLetter) {
        continue;
      }
      String body = markdown(doc, rest, s.kind == Kind.ANNEX ? 0 : 0);
      if (body.isBlank() && s.kind != Kind.ANNEX) {
        waitingHeadings.add(s.heading);
        waitingHeadings.addAll(empty);
        continue;
      }
      switch (s.kind) {
        case SLOT -> {
          Node existing = slotNodes.get(s.slot);
          if (existing == null) {
            Node n = prose.put(s.slot, Node.markdown(body));
            provenance(doc, n, s, rest, empty);
            slotNodes.put(s.slot, n);
          } else {
            // A second section for the same slot is added under its own heading.
            String joined =
                existing.value + "\n\n### " + escape(doc, bare(s.title)) + "\n\n" + body;
            Node n = prose.put(s.slot, Node.markdown(joined));
            n.comments.addAll(existing.comments);
            n.findings.addAll(existing.findings);
            n.lines.addAll(existing.lines);
            provenance(doc, n, s, rest, empty);
            slotNodes.put(s.slot, n);
          }
        }
        case EXTRA -> {
          Node n = extra.add(Node.map());
          String id = unique(YamlWriter.id(bare(s.title), "section"), ids);
          n.put("id", Node.scalar(id));
          n.put("title", Node.scalar(bare(s.title).isEmpty() ? s.title : bare(s.title)))
              .from(doc.cite(s.heading));
          Node b = n.put("body", Node.markdown(body));
          provenance(doc, b, s, rest, empty);
        }
        case ANNEX -> annex(doc, annexes, s, rest, body, ids, empty);
        default -> throw new IllegalStateException(s.kind.name());
      }
    }
    // The standard sections first, then the school's own.
    Node extras = prose.entries.remove("extraSections");
    prose.entries.put("extraSections", extras);
    unplaced.addAll(waitingHeadings);
    if (!unplaced.isEmpty()) {
      List<Integer> sorted = unplaced.stream().sorted().distinct().toList();
      String body = markdown(doc, sorted, 0);
      if (!body.isBlank()) {
        Node n = extra.add(Node.map());
        n.put("id", Node.scalar("unplaced"));
        n.put("title", Node.scalar("Text not yet placed"))
            .note("a heading for the text below, which is the source's");
        Node b = n.put("body", Node.markdown(body));
        n.comment(
            "Words of the source the importer could not place in a section: the front page's leftovers, a table of contents,"
                + " headings with nothing under them. Move what the policy should say into the right section, and delete the rest and"
                + " then this whole section.");
        b.comment("from " + ranges(doc, sorted));
        for (int k : sorted) {
          b.lines(doc.lines(k));
        }
        b.affinity = 20;
      }
    }
  }

  private static void provenance(
      Doc doc, Node n, Section s, List<Integer> blocks, List<Integer> empty) {
    if (s.heading >= 0) {
      n.comment(
          "from "
              + doc.cite(s.heading).describe()
              + (blocks.isEmpty() ? "" : ", " + ranges(doc, blocks)));
      n.lines(doc.lines(s.heading));
    }
    for (int e : empty) {
      n.comment("the heading " + doc.cite(e).describe() + " has no text of its own");
      n.lines(doc.lines(e));
    }
    for (int k : blocks) {
      n.lines(doc.lines(k));
    }
  }

  /** "lines 124 to 152" for the blocks of a section. */
  static String ranges(Doc doc, List<Integer> blocks) {
    if (blocks.isEmpty()) {
      return "";
    }
    int first = doc.line(blocks.get(0));
    int last = doc.blocks.get(blocks.get(blocks.size() - 1)).lastLine();
    String a = doc.text.place(first);
    String b = doc.text.place(last);
    return first == last ? a : a + " to " + b;
  }

  private static String unique(String id, Set<String> ids) {
    String out = id;
    for (int n = 2; !ids.add(out); n++) {
      out = id + "-" + n;
    }
    return out;
  }

  private static void annex(
      Doc doc,
      Node annexes,
      Section s,
      List<Integer> rest,
      String body,
      Set<String> ids,
      List<Integer> empty) {
    Node a = annexes.add(Node.map());
    String id =
        unique(
            YamlWriter.id(bare(s.title).replaceFirst("(?i)^(annex|appendix)\\s*", ""), "annex"),
            ids);
    a.put("id", Node.scalar(id));
    a.put("title", Node.scalar(s.title)).from(doc.cite(s.heading));
    // An annex that is only an address is a link; otherwise its words are its body.
    List<Integer> content = rest.stream().filter(k -> doc.shape[k] != Doc.Shape.HEADING).toList();
    if (content.size() == 1) {
      Matcher u = URL_ONLY.matcher(doc.words[content.get(0)].strip());
      if (u.matches()) {
        a.put("link", Node.scalar(u.group(1))).from(doc.place(content.get(0)));
        a.get("title").lines(doc.lines(content.get(0)));
        for (int e : empty) {
          a.comment("the heading " + doc.cite(e).describe() + " has no text of its own");
          a.lines(doc.lines(e));
        }
        return;
      }
    }
    if (!body.isBlank()) {
      Node b = a.put("body", Node.markdown(body));
      provenance(doc, b, s, rest, empty);
    } else {
      for (int e : empty) {
        a.comment("the heading " + doc.cite(e).describe() + " has no text of its own");
      }
    }
  }

  // ----- letters

  /** Runs of blocks from "Dear ..." to the sign-off and the line after it (the signature). */
  static List<List<Integer>> letterRuns(Doc doc, List<Integer> blocks) {
    List<List<Integer>> out = new ArrayList<>();
    for (int n = 0; n < blocks.size(); n++) {
      int i = blocks.get(n);
      if (!DEAR.matcher(doc.words[i]).find()) {
        continue;
      }
      List<Integer> run = new ArrayList<>();
      if (n > 0
          && SUBJECT.matcher(SchoolFacts.stripMarks(doc.words[blocks.get(n - 1)])).matches()) {
        run.add(blocks.get(n - 1)); // "Re: Your child's attendance" above "Dear ..."
      }
      int k = n;
      for (; k < blocks.size(); k++) {
        int b = blocks.get(k);
        if (k > n && doc.shape[b] == Doc.Shape.HEADING) {
          break;
        }
        run.add(b);
        if (SIGN_OFF.matcher(SchoolFacts.stripMarks(doc.words[b])).matches()) {
          if (k + 1 < blocks.size()) {
            int sig = blocks.get(k + 1);
            String w = SchoolFacts.stripMarks(doc.words[sig]);
            if (doc.shape[sig] == Doc.Shape.PARAGRAPH
                && w.length() <= 60
                && !DEAR.matcher(w).find()) {
              run.add(sig);
              k++;
            }
          }
          break;
        }
      }
      out.add(run);
      n = k;
    }
    return out;
  }

  private static String letterTitle(String heading) {
    String t = ANNEX_PREFIX.matcher(heading).replaceFirst("").strip();
    return t.isEmpty() ? heading : t;
  }

  private static void letter(
      Doc doc,
      Node letters,
      List<Integer> run,
      String title,
      Section s,
      Set<String> ids,
      List<Integer> headings,
      List<Integer> empty) {
    Node l = letters.add(Node.map());
    l.put("id", Node.scalar(unique(YamlWriter.id(title, "letter"), ids)));
    Node t = l.put("title", Node.scalar(title));
    if (s.heading >= 0) {
      t.from(doc.cite(s.heading));
    }
    String lower = title.toLowerCase(Locale.ROOT);
    String kind =
        lower.contains("notice to improve")
            ? "notice-to-improve"
            : lower.matches(".*\\b(penalty|fine|fpn)\\b.*")
                ? "penalty-warning"
                : lower.matches(".*\\b(late|lateness|punctual\\w*)\\b.*")
                    ? "lateness"
                    : lower.matches(".*\\b(medical|illness)\\b.*")
                        ? "medical"
                        : lower.contains("severe")
                            ? "severe-absence"
                            : lower.contains("persistent")
                                ? "persistent-absence"
                                : lower.matches(".*\\b(below|concern|attendance)\\b.*")
                                    ? "attendance-concern"
                                    : null;
    if (kind != null) {
      l.put("kind", Node.scalar(kind)).note("from the letter's title");
    }
    List<Integer> words = run;
    Matcher subject = SUBJECT.matcher(SchoolFacts.stripMarks(doc.words[run.get(0)]));
    if (subject.matches()) {
      l.put("subject", Node.scalar(subject.group(1).strip())).from(doc.cite(run.get(0)));
      words = run.subList(1, run.size());
    }
    Node body = l.put("body", Node.markdown(markdown(doc, words, 0)));
    body.comment("from " + ranges(doc, run));
    for (int k : run) {
      body.lines(doc.lines(k));
    }
    for (int k : headings) {
      body.lines(doc.lines(k));
    }
    for (int e : empty) {
      l.comment("the heading " + doc.cite(e).describe() + " has no text of its own");
      l.lines(doc.lines(e));
    }
    signature(doc, l, run);
  }

  private static final Pattern SIGNATORY =
      Pattern.compile(
          "^((?:Mr|Mrs|Miss|Ms|Mx|Dr)\\.?\\s+(?:[A-Z]\\.?\\s*){0,3}[A-Z][A-Za-z'-]+|[A-Z][a-z]+\\s+[A-Z][A-Za-z'-]+)(?:\\s*[,(\\u2013-]\\s*(.{3,60}?)\\)?)?$");

  /**
   * Who signs a letter: the name (and role) under its sign-off; otherwise a note that nobody is
   * named.
   */
  private static void signature(Doc doc, Node letter, List<Integer> run) {
    int last = run.get(run.size() - 1);
    String w = SchoolFacts.stripMarks(doc.words[last]);
    Matcher m = SIGNATORY.matcher(w);
    if (!SIGN_OFF.matcher(w).matches() && m.matches()) {
      Node signatory = letter.map("signatory");
      signatory.put("name", Node.scalar(m.group(1))).from(doc.cite(last));
      if (m.group(2) != null) {
        signatory.put("role", Node.scalar(m.group(2).strip())).from(doc.cite(last));
      }
      return;
    }
    if (w.matches("(?i)(?:the\\s+)?head\\s?teacher")) {
      letter.put("signedBy", Node.scalar("headteacher")).from(doc.cite(last));
      return;
    }
    letter.comment(
        "The source does not say who signs this letter: add 'signedBy' (for example headteacher) or a 'signatory'.");
  }

  // ----- Markdown

  /**
   * Markdown for blocks: paragraphs separated by blank lines, list items as "-" or "1." (nested
   * lists indented), table rows as a table (the first row its header), subheadings as "###".
   */
  static String markdown(Doc doc, List<Integer> blocks, int unused) {
    StringBuilder out = new StringBuilder();
    Doc.Shape previous = null;
    int columns = 0;
    String lastText = "";
    for (int n = 0; n < blocks.size(); n++) {
      int i = blocks.get(n);
      Doc.Shape shape = doc.shape[i];
      String words = escape(doc, doc.words[i].strip());
      if (shape == Doc.Shape.LIST && words.isEmpty()) {
        continue;
      }
      boolean adjacent = n > 0 && blocks.get(n - 1) == i - 1;
      switch (shape) {
        case HEADING -> {
          gap(out);
          // Every subheading is one level below the section's own heading (h2), so headings stay in
          // order.
          out.append("###")
              .append(' ')
              .append(escape(doc, SchoolFacts.stripMarks(doc.words[i])))
              .append('\n');
        }
        case LIST -> {
          if (previous != Doc.Shape.LIST) {
            gap(out);
          } else if (n > 0 && !adjacent && !continuesItem(doc, blocks.get(n - 1), i)) {
            // Items of one list separated by another block are still one list.
          }
          if (previous == Doc.Shape.LIST && continuesItem(doc, blocks.get(n - 1), i)) {
            trimEnd(out);
            out.append(' ').append(words).append('\n');
            break;
          }
          out.append("  ".repeat(Math.min(3, doc.level[i])))
              .append(doc.ordered[i] ? "1. " : "- ")
              .append(words)
              .append('\n');
        }
        case ROW -> {
          String[] cells = doc.blocks.get(i).text().split("\t", -1);
          if (previous != Doc.Shape.ROW) {
            gap(out);
            columns = cells.length;
            int rows = 0;
            for (int m = n; m < blocks.size() && doc.shape[blocks.get(m)] == Doc.Shape.ROW; m++) {
              columns =
                  Math.max(columns, doc.blocks.get(blocks.get(m)).text().split("\t", -1).length);
              rows++;
            }
            out.append(row(doc, cells, columns)).append('\n');
            out.append("|").append(" --- |".repeat(columns)).append('\n');
            if (rows == 1) {
              // A single row: a one-row table, its cells the header.
            }
          } else {
            out.append(row(doc, cells, columns)).append('\n');
          }
        }
        default -> {
          if (previous == Doc.Shape.PARAGRAPH
              && !Doc.endsSentence(lastText)
              && !words.isEmpty()
              && Character.isLowerCase(words.charAt(0))) {
            // A paragraph broken across a blank line ("... by being good role models" / "to our
            // children ...").
            trimEnd(out);
            out.append(' ').append(words).append('\n');
          } else if (previous == Doc.Shape.LIST
              && !Doc.endsSentence(lastText)
              && !words.isEmpty()
              && Character.isLowerCase(words.charAt(0))) {
            trimEnd(out);
            out.append(' ').append(words).append('\n');
            shape = Doc.Shape.LIST;
          } else {
            gap(out);
            out.append(words).append('\n');
          }
        }
      }
      previous = shape;
      lastText = doc.words[i];
    }
    return wrap(out.toString().strip());
  }

  private static final Pattern LIST_START = Pattern.compile("^(\\s*(?:[-*+]|\\d{1,2}[.)])\\s+)");
  private static final Pattern RISKY =
      Pattern.compile("^(?:[-*+>|#=`~]|\\d{1,9}[.)]|\\[\\^?\\d*\\]:?).*");

  /**
   * Paragraphs and list items wrapped at {@link YamlWriter#WIDTH} less the file's indentation, so
   * the file reads (and compares) line by line; a line never starts with what Markdown would read
   * as a list, a heading or a quote. Tables and headings are left whole.
   */
  static String wrap(String markdown) {
    int width = YamlWriter.WIDTH - 8;
    StringBuilder out = new StringBuilder();
    for (String line : markdown.split("\n", -1)) {
      if (line.length() <= width || line.startsWith("|") || line.startsWith("#")) {
        out.append(line).append('\n');
        continue;
      }
      Matcher m = LIST_START.matcher(line);
      String head = m.find() ? m.group(1) : line.replaceFirst("^(\\s*).*$", "$1");
      String indent = " ".repeat(head.length());
      String[] words = line.substring(head.length()).split(" +");
      StringBuilder current = new StringBuilder(head).append(words[0]);
      for (int w = 1; w < words.length; w++) {
        String word = words[w];
        if (current.length() + 1 + word.length() > width && !RISKY.matcher(word).matches()) {
          out.append(current).append('\n');
          current.setLength(0);
          current.append(indent).append(word);
        } else {
          current.append(' ').append(word);
        }
      }
      out.append(current).append('\n');
    }
    return out.toString().strip();
  }

  private static boolean continuesItem(Doc doc, int before, int i) {
    String w = doc.words[i].strip();
    return !w.isEmpty()
        && Character.isLowerCase(w.charAt(0))
        && !Doc.endsSentence(doc.words[before])
        && doc.words[before].strip().length() > 0
        && w.split("\\s+").length <= 3;
  }

  private static void gap(StringBuilder out) {
    if (out.length() > 0) {
      trimEnd(out);
      out.append("\n\n");
    }
  }

  private static void trimEnd(StringBuilder out) {
    while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
      out.setLength(out.length() - 1);
    }
  }

  private static String row(Doc doc, String[] cells, int columns) {
    StringBuilder b = new StringBuilder("|");
    for (int c = 0; c < columns; c++) {
      String cell = c < cells.length ? escape(doc, cells[c].strip()).replace("|", "\\|") : "";
      b.append(' ').append(cell.isEmpty() ? " " : cell).append(" |");
    }
    return b.toString().replace("|  |", "|   |");
  }

  /**
   * A Word, PDF or web document's text is not Markdown: characters Markdown would read as markup
   * are escaped, so the words print as written. A text file is taken to be Markdown already.
   */
  static String escape(Doc doc, String s) {
    if (doc.isText()) {
      return s;
    }
    return s.replace("\\", "\\\\")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("`", "\\`")
        .replace("[", "\\[")
        .replace("]", "\\]");
  }
}
