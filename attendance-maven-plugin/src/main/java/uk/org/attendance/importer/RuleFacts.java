package uk.org.attendance.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.attendance.model.CodeEntry;
import uk.org.attendance.recognise.PolicyRecogniser;
import uk.org.attendance.reference.AttendanceCode;
import uk.org.attendance.reference.Treatment;
import uk.org.attendance.reference.WithdrawnCode;
import uk.org.attendance.text.Numbers;
import uk.org.attendance.text.Sentences;

/**
 * The policy's rules stated as numbers or in set phrases: persistent and severe absence, the
 * attendance target, how long registers are kept, when a code N must be replaced, the penalty
 * notice threshold and amounts, notices to improve, how to ask for leave and who decides, the
 * school's definition of exceptional circumstances, and the code table with the school's words.
 */
final class RuleFacts {

  private static final String N = Numbers.NUMBER;
  private static final Pattern PERSISTENT =
      Pattern.compile(
          "(?i)\\bpersistent(?:ly)?\\s+absen\\w*.{0,120}?\\b(\\d{1,2})\\s?%\\s+or\\s+more");
  private static final Pattern SEVERE =
      Pattern.compile(
          "(?i)\\bsevere(?:ly)?\\s+absen\\w*.{0,120}?\\b(\\d{1,2})\\s?%\\s+or\\s+more|(\\d{1,2})\\s?%\\s+or\\s+more.{0,80}?\\bsevere(?:ly)?\\s+absen");
  private static final Pattern TARGET =
      Pattern.compile(
          "(?i)\\btargets?\\b.{0,40}?\\b(?:set\\s+at|is|of)\\s+(\\d{2}(?:\\.\\d)?)\\s?%");
  private static final Pattern RETENTION =
      Pattern.compile(
          "(?i)\\b(?:keep|kept|preserve[sd]?|retain(?:ed)?|hold|held)\\b.{0,100}?\\bfor\\s+\\**("
              + N
              + ")\\**\\s+years");
  private static final Pattern N_DAYS =
      Pattern.compile(
          "(?i)(?:corrected|replaced|amended|updated)\\s+within\\s+("
              + N
              + ")\\s+(?:school\\s+)?days");
  private static final Pattern THRESHOLD =
      Pattern.compile(
          "(?i)\\b("
              + N
              + ")\\s+sessions\\b.{0,100}?\\brolling\\s+(?:period\\s+of\\s+)?("
              + N
              + ")[-\\s]+school[-\\s]+weeks?");
  private static final Pattern FIRST =
      Pattern.compile(
          "(?i)\u00a3(\\d{2,3})\\b.{0,60}?\\breduced\\s+to\\s+\u00a3(\\d{2,3})\\s+if\\s+paid\\s+within\\s+("
              + N
              + ")\\s+days");
  private static final Pattern FIRST_FULL_DAYS =
      Pattern.compile(
          "(?i)\\bfirst\\s+penalty\\s+notice\\b.{0,120}?\u00a3(\\d{2,3})\\s+if\\s+paid\\s+within\\s+("
              + N
              + ")\\s+days");
  private static final Pattern SECOND =
      Pattern.compile(
          "(?i)\\bsecond\\s+penalty\\s+notice\\b.{0,120}?\u00a3(\\d{2,3})(?:\\s+if\\s+paid\\s+within\\s+("
              + N
              + ")\\s+days)?");
  private static final Pattern ITI_WEEKS =
      Pattern.compile(
          "(?i)\\b(?:improvement\\s+period|notice\\s+to\\s+improve).{0,120}?\\b("
              + N
              + ")\\s*(?:-|to|and)\\s*("
              + N
              + ")\\s+weeks"
              + "|\\bbetween\\s+("
              + N
              + ")\\s+and\\s+("
              + N
              + ")\\s+weeks\\s+for\\s+the\\s+improvement\\s+period");
  private static final Pattern MAX_NOTICES =
      Pattern.compile(
          "(?i)\\bonly\\s+("
              + N
              + ")\\s+penalty\\s+notices\\s+(?:can|may|will)\\s+be\\s+issued\\b.{0,80}?\\b(?:3|three)[- ]year");
  private static final Pattern ITI_USED =
      Pattern.compile(
          "(?i)\\b(?:we|the\\s+school)\\s+(?:may|will)\\s+(?:offer|issue|send)\\s+a\\s+notice\\s+to\\s+improve|\\bnotices\\s+to\\s+improve\\s+will\\s+be\\s+issued");
  private static final Pattern CODE_OF_CONDUCT = Pattern.compile("(?i)code\\s+of\\s+conduct");
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>()\\]\"]+");
  private static final Pattern LEAVE_REQUEST =
      Pattern.compile(
          "(?i)(?=.*\\b(?:apply|applies|applied|applications?|requests?|requested)\\b)(?=.*\\bleave\\b)(?=.*\\b(?:in\\s+writing|in\\s+advance|form)\\b).*");
  private static final Pattern DECIDED_BY =
      Pattern.compile(
          "(?i)\\bonly\\s+the\\s+(.{2,60}?)\\s*(?:\\([^)]{0,60}\\)\\s*)?(?:may|can|will)\\s+(?:authorise|grant|agree|approve)"
              + "|\\bgranted\\s+(?:entirely\\s+|solely\\s+)?at\\s+the\\s+(.{2,60}?)(?:'s|\u2019s)\\s+discretion");
  private static final Pattern AHEAD =
      Pattern.compile(
          "(?i)\\b("
              + N
              + ")\\s+(?:school\\s+)?days\\b.{0,30}?\\b(?:in\\s+advance|before|notice|prior)");
  private static final Pattern EXCEPTIONAL_LEAD =
      Pattern.compile(
          "(?i)'?exceptional\\s+circumstances'?.{0,40}\\b(?:interpreted|defined|mean|means)\\b.{0,10}:$");
  private static final Pattern APPLY_FOR =
      Pattern.compile(
          "(?i)\\bapplications?\\s+for\\s+'?leave\\s+of\\s+absence'?.{0,60}?\\be\\.g\\.,?\\s+(.{10,300}?)(?:,?\\s+etc\\.?)?\\s+(?:must|should|need|are)\\b");
  private static final Map<String, Pattern> ITI_WORDS = new LinkedHashMap<>();

  static {
    ITI_WORDS.put(
        "supportGiven",
        Pattern.compile(
            "(?i)\\bsupport\\s+(?:provided|given|offered)\\s+so\\s+far\\b|\\bsupport\\s+already\\s+(?:provided|given)"));
    ITI_WORDS.put(
        "supportOffered",
        Pattern.compile(
            "(?i)\\bopportunit\\w+\\s+for\\s+further\\s+support|\\bfurther\\s+support\\s+(?:offered|available)"));
    ITI_WORDS.put("sufficientImprovement", Pattern.compile("(?i)\\bsufficient\\s+improvement\\b"));
    ITI_WORDS.put(
        "earlyIssue",
        Pattern.compile(
            "(?i)\\bbefore\\s+the\\s+end\\s+of\\s+the\\s+improvement\\s+period|\\bissued\\s+early\\b"));
  }

  private static final Pattern BOLD_CODE = Pattern.compile("^\\*\\*([A-Z]\\d?)\\*\\*(?=\\s|$)");
  private static final Pattern PRINCIPLES =
      Pattern.compile("(?i)\\b(rare),?\\s+(significant),?\\s+(unavoidable)\\s+and\\s+(short)\\b");

  private RuleFacts() {}

  static void read(Doc doc, Draft draft) {
    Candidates<Integer> persistent = new Candidates<>();
    Candidates<Integer> severe = new Candidates<>();
    Candidates<Double> target = new Candidates<>();
    Candidates<Integer> retention = new Candidates<>();
    Candidates<Integer> nDays = new Candidates<>();
    Candidates<Integer> sessions = new Candidates<>();
    Candidates<Integer> weeks = new Candidates<>();
    Candidates<Integer> full = new Candidates<>();
    Candidates<Integer> reduced = new Candidates<>();
    Candidates<Integer> reducedDays = new Candidates<>();
    Candidates<Integer> fullDays = new Candidates<>();
    Candidates<Integer> second = new Candidates<>();
    Candidates<Integer> maxNotices = new Candidates<>();
    Candidates<Integer> exclusionFull = new Candidates<>();
    Candidates<Integer> exclusionReduced = new Candidates<>();
    Candidates<Integer> exclusionDays = new Candidates<>();
    Candidates<Integer> secondDays = new Candidates<>();
    Candidates<Integer> itiMin = new Candidates<>();
    Candidates<Integer> itiMax = new Candidates<>();
    Candidates<String> conduct = new Candidates<>();
    Candidates<String> decidedBy = new Candidates<>();
    Candidates<Integer> ahead = new Candidates<>();
    List<Cite> itiUsed = new ArrayList<>();
    Cite howToRequest = null;
    String howToRequestText = null;
    List<Cite> principles = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      String blockText = doc.words[i];
      for (Sentences.Piece p : doc.sentences(i)) {
        String s = p.text();
        Cite at = doc.cite(i, p.rawOffset(0), s);
        number(PERSISTENT, s, 1, persistent, at);
        Matcher sv = SEVERE.matcher(s);
        if (sv.find()) {
          int v = Integer.parseInt(sv.group(1) != null ? sv.group(1) : sv.group(2));
          severe.add(v, Integer.toString(v), at);
        }
        Matcher t = TARGET.matcher(s);
        if (t.find()) {
          double v = Double.parseDouble(t.group(1));
          target.add(v, t.group(1), at);
        }
        if (s.toLowerCase(Locale.ROOT).matches(".*\\b(register|entry|entries|records?)\\b.*")) {
          number(RETENTION, s, 1, retention, at);
        }
        number(N_DAYS, s, 1, nDays, at);
        Matcher th = THRESHOLD.matcher(s);
        if (th.find() && s.toLowerCase(Locale.ROOT).contains("unauthorised")) {
          add(sessions, th.group(1), at);
          add(weeks, th.group(2), at);
        }
        Matcher ab = AHEAD.matcher(s);
        if (ab.find() && s.toLowerCase(Locale.ROOT).contains("leave")) {
          add(ahead, ab.group(1), at);
        }
        Matcher db = DECIDED_BY.matcher(s);
        String decider = db.find() ? (db.group(1) != null ? db.group(1) : db.group(2)).strip() : "";
        if (!decider.isEmpty()
            && !decider.matches("(?i)(?:the\\s+)?(?:school|academy|trust)")
            && s.toLowerCase(Locale.ROOT).matches(".*\\b(leave|absence|request)\\b.*")) {
          String who = decider;
          who = who.replaceAll("(?i)^HT\\b", "Headteacher");
          String written = Character.toUpperCase(who.charAt(0)) + who.substring(1);
          decidedBy.add(written.toLowerCase(Locale.ROOT), written, at);
        }
        if (howToRequest == null
            && LEAVE_REQUEST.matcher(s).matches()
            && !s.toLowerCase(Locale.ROOT).contains("nursery")) {
          howToRequest = at;
          howToRequestText = s;
        }
        if (ITI_USED.matcher(s).find()) {
          itiUsed.add(at);
        }
        Matcher pr = PRINCIPLES.matcher(s);
        if (pr.find()) {
          principles.add(at);
        }
      }
      // Amounts can span sentences of one paragraph: "... £160 if paid within 28 days. This will be
      // reduced to £80 ...".
      String flat = SchoolFacts.stripMarks(blockText);
      Cite at = doc.cite(i, 0, flat);
      Matcher f = FIRST.matcher(flat);
      boolean exclusion = flat.toLowerCase(Locale.ROOT).matches(".*\\bexclu\\w*.*");
      if (f.find() && exclusion) {
        add(exclusionFull, f.group(1), at);
        add(exclusionReduced, f.group(2), at);
        add(exclusionDays, f.group(3), at);
      } else if (f.find(0)) {
        add(full, f.group(1), at);
        add(reduced, f.group(2), at);
        add(reducedDays, f.group(3), at);
      }
      Matcher ff = FIRST_FULL_DAYS.matcher(flat);
      if (!exclusion && ff.find()) {
        add(full, ff.group(1), at);
        add(fullDays, ff.group(2), at);
        Matcher r =
            Pattern.compile(
                    "(?i)reduced\\s+to\\s+\u00a3(\\d{2,3})\\s+if\\s+paid\\s+within\\s+("
                        + N
                        + ")\\s+days")
                .matcher(flat);
        if (r.find()) {
          add(reduced, r.group(1), at);
          add(reducedDays, r.group(2), at);
        }
      }
      Matcher sc = SECOND.matcher(flat);
      if (sc.find()) {
        add(second, sc.group(1), at);
        if (sc.group(2) != null) {
          add(secondDays, sc.group(2), at);
        }
      }
      Matcher w = ITI_WEEKS.matcher(flat);
      if (w.find()) {
        add(itiMin, w.group(1) != null ? w.group(1) : w.group(3), at);
        add(itiMax, w.group(2) != null ? w.group(2) : w.group(4), at);
      }
      Matcher mx = MAX_NOTICES.matcher(flat);
      if (mx.find()) {
        add(maxNotices, mx.group(1), at);
      }
      Matcher u = URL.matcher(doc.blocks.get(i).text());
      if (u.find()
          && (CODE_OF_CONDUCT.matcher(flat).find()
              || u.group().toLowerCase(Locale.ROOT).contains("code-of-conduct"))) {
        {
          String url = u.group().replaceAll("[.,;]+$", "");
          conduct.add(url, url, at);
        }
      }
    }
    // A code of conduct's address on the line after its name.
    for (int i = 0; i + 1 < doc.size(); i++) {
      if (CODE_OF_CONDUCT.matcher(doc.words[i]).find() && conduct.isEmpty()) {
        Matcher u = URL.matcher(doc.words[i + 1]);
        if (u.find()
            && doc.words[i + 1].replace(u.group(), "").replaceAll("[<>\\s]", "").isEmpty()) {
          String url = u.group().replaceAll("[.,;]+$", "");
          conduct.add(url, url, doc.cite(i + 1));
        }
      }
    }

    Node thresholds = draft.root.map("thresholds");
    target.put(thresholds, "target", "the attendance target", o -> Node.number(o.value()));
    persistent.put(
        thresholds,
        "persistentAbsence",
        "the persistent absence level",
        o -> Node.number(o.value()));
    severe.put(
        thresholds, "severeAbsence", "the severe absence level", o -> Node.number(o.value()));

    Node registers = draft.root.map("registers");
    retention.put(
        registers,
        "retentionYears",
        "how many years registers are kept",
        o -> Node.number(o.value()));
    nDays.put(
        registers,
        "unknownReasonReplacedWithinDays",
        "the school days within which the code for a reason not yet established is replaced",
        o -> Node.number(o.value()));

    Node penalties = draft.root.map("penaltyNotices");
    conduct.put(
        penalties,
        "codeOfConduct",
        "the local authority's code of conduct",
        o -> Node.scalar(o.written()));
    if (!sessions.isEmpty()) {
      Node threshold = penalties.map("threshold");
      Cite first = sessions.cites().get(0);
      threshold.put("text", Node.scalar(first.quote())).from(first);
      sessions.put(
          threshold,
          "sessions",
          "the sessions of the penalty notice threshold",
          o -> Node.number(o.value()));
      weeks.put(
          threshold,
          "schoolWeeks",
          "the school weeks of the penalty notice threshold",
          o -> Node.number(o.value()));
      // The codes that count are often listed in the sentence after the threshold's.
      int block = blockOf(doc, first);
      codes(SchoolFacts.stripMarks(doc.words[block]), threshold, doc.place(block));
    }
    Node firstNotice = penalties.map("firstNotice");
    reduced.put(
        firstNotice,
        "reducedAmount",
        "the reduced amount of a first notice",
        o -> Node.number(o.value()));
    reducedDays.put(
        firstNotice,
        "reducedWithinDays",
        "the days within which the reduced amount is paid",
        o -> Node.number(o.value()));
    full.put(
        firstNotice,
        "fullAmount",
        "the full amount of a first notice",
        o -> Node.number(o.value()));
    fullDays.put(
        firstNotice,
        "fullWithinDays",
        "the days within which the full amount is paid",
        o -> Node.number(o.value()));
    Node exclusionNotice = penalties.map("exclusionNotice");
    exclusionReduced.put(
        exclusionNotice,
        "reducedAmount",
        "the reduced amount of a notice for an excluded pupil in public",
        o -> Node.number(o.value()));
    exclusionDays.put(
        exclusionNotice,
        "reducedWithinDays",
        "the days within which it is paid at the reduced amount",
        o -> Node.number(o.value()));
    exclusionFull.put(
        exclusionNotice,
        "fullAmount",
        "the full amount of a notice for an excluded pupil in public",
        o -> Node.number(o.value()));
    Node secondNotice = penalties.map("secondNotice");
    second.put(
        secondNotice, "amount", "the amount of a second notice", o -> Node.number(o.value()));
    secondDays.put(
        secondNotice,
        "withinDays",
        "the days within which a second notice is paid",
        o -> Node.number(o.value()));
    maxNotices.put(
        penalties,
        "maxNoticesInThreeYears",
        "how many notices a parent may be given in the rolling period",
        o -> Node.number(o.value()));
    if (!itiUsed.isEmpty() || !itiMin.isEmpty()) {
      Node iti = penalties.map("noticeToImprove");
      if (!itiUsed.isEmpty()) {
        iti.put("used", Node.bool(true)).from(itiUsed.get(0));
      }
      itiMin.put(iti, "minWeeks", "the shortest improvement period", o -> Node.number(o.value()));
      itiMax.put(iti, "maxWeeks", "the longest improvement period", o -> Node.number(o.value()));
    }

    Node leave = draft.root.map("leave");
    if (howToRequest != null) {
      leave
          .put("howToRequest", Node.scalar(howToRequestText))
          .from(doc.place(blockOf(doc, howToRequest)));
    }
    decidedBy.put(leave, "decidedBy", "who decides on leave", o -> Node.scalar(o.written()));
    ahead.put(
        leave,
        "applyAheadDays",
        "how many days ahead leave is asked for",
        o -> Node.number(o.value()));
    exceptional(doc, leave, principles);
    applyFor(doc, leave);
    noticeToImprove(doc, penalties);

    codeTable(doc, draft);
  }

  private static int blockOf(Doc doc, Cite c) {
    for (int i = 0; i < doc.size(); i++) {
      if (doc.line(i) <= c.line() && doc.blocks.get(i).lastLine() >= c.line()) {
        return i;
      }
    }
    return 0;
  }

  /** The codes a threshold sentence lists ("G, O and/or U"), as it lists them. */
  private static void codes(String sentence, Node threshold, Cite at) {
    Matcher m =
        Pattern.compile(
                "\\bcodes?\\s+([A-Z]\\d?(?:\\s*,\\s*[A-Z]\\d?)*(?:,?\\s+(?:and/or|and|or)\\s+[A-Z]\\d?)?)\\b"
                    + "|\\(?\\b([A-Z](?:\\s*,\\s*[A-Z]){1,}(?:,?\\s+(?:and/or|and|or)\\s+[A-Z]))\\s+coded\\b")
            .matcher(sentence);
    if (m.find()) {
      String listed = m.group(1) != null ? m.group(1) : m.group(2);
      Node list = threshold.list("codes");
      for (String c : listed.split("\\s*(?:,|and/or|and|or)\\s*")) {
        if (!c.isBlank() && AttendanceCode.find(c.strip()).isPresent()) {
          list.add(Node.quoted(c.strip()));
        }
      }
      list.comment("as the source lists them, " + at.place());
    }
  }

  /**
   * The school's definition of exceptional circumstances: the paragraph after "... will be
   * interpreted as:".
   */
  private static void exceptional(Doc doc, Node leave, List<Cite> principles) {
    for (int i = 0; i + 1 < doc.size(); i++) {
      if (doc.consumed[i]
          || !EXCEPTIONAL_LEAD.matcher(SchoolFacts.stripMarks(doc.words[i])).find()) {
        continue;
      }
      int k = i + 1;
      if (doc.shape[k] != Doc.Shape.PARAGRAPH || doc.consumed[k]) {
        continue;
      }
      Node ec = leave.map("exceptionalCircumstances");
      String definition = SchoolFacts.stripMarks(doc.words[k]).replaceAll("\\s+", " ");
      ec.put("definition", Node.scalar(definition))
          .from(doc.place(k))
          .comment("after " + doc.cite(i).describe())
          .lines(List.of(doc.line(i)));
      doc.consumed[i] = true;
      doc.consumed[k] = true;
      Matcher p = PRINCIPLES.matcher(definition);
      if (p.find()) {
        Node list = ec.list("principles");
        for (int g = 1; g <= 4; g++) {
          list.add(Node.scalar(p.group(g).toLowerCase(Locale.ROOT)));
        }
        list.note("from \"" + p.group() + "\"");
      }
      return;
    }
  }

  /**
   * Occasions parents should ask about in advance: "Applications for leave ... for other
   * circumstances, e.g. a, b, c etc. must ...".
   */
  private static void applyFor(Doc doc, Node leave) {
    for (int i = 0; i < doc.size(); i++) {
      for (Sentences.Piece p : doc.sentences(i)) {
        Matcher m = APPLY_FOR.matcher(p.text());
        if (!m.find()) {
          continue;
        }
        Node list = leave.list("applyFor");
        for (String item : m.group(1).split("\\s*,\\s*|\\s+and\\s+(?=[a-z]+ing\\b)")) {
          String t = item.strip();
          if (!t.isEmpty()) {
            list.add(Node.scalar(Character.toUpperCase(t.charAt(0)) + t.substring(1)));
          }
        }
        list.comment("the examples of " + doc.cite(i, p.rawOffset(0), p.text()).describe());
        list.lines(List.of(doc.line(i)));
        return;
      }
    }
  }

  /**
   * What a notice to improve contains, in the school's words: the short lines after "notice(s) to
   * improve" that each say one of the things the law asks for (the support given so far, further
   * support, what sufficient improvement is, when a penalty notice may come early).
   */
  private static void noticeToImprove(Doc doc, Node penalties) {
    for (int i = 0; i < doc.size(); i++) {
      if (!doc.lower(i).contains("notice to improve")
          && !doc.lower(i).contains("notices to improve")) {
        continue;
      }
      for (int k = i + 1; k < Math.min(doc.size(), i + 16); k++) {
        if (doc.consumed[k] || doc.shape[k] == Doc.Shape.HEADING || doc.words[k].length() > 300) {
          if (doc.shape[k] == Doc.Shape.HEADING) {
            break;
          }
          continue;
        }
        String w = SchoolFacts.stripMarks(doc.words[k]);
        List<String> fields =
            ITI_WORDS.entrySet().stream()
                .filter(e -> e.getValue().matcher(w).find())
                .map(Map.Entry::getKey)
                .toList();
        if (fields.size() != 1) {
          continue;
        }
        Node iti = penalties.map("noticeToImprove");
        if (iti.get(fields.get(0)) != null) {
          continue;
        }
        iti.put(fields.get(0), Node.scalar(w)).from(doc.place(k)).lines(doc.lines(k));
        doc.consumed[k] = true;
      }
      if (penalties.get("noticeToImprove") != null
          && !penalties.get("noticeToImprove").entries.isEmpty()) {
        return;
      }
    }
  }

  /** The code table, each row as the school publishes it, under the heading it is listed under. */
  private static void codeTable(Doc doc, Draft draft) {
    List<PolicyRecogniser.CodeRow> rows = PolicyRecogniser.codeTable(doc.blocks);
    if (rows.isEmpty()) {
      return;
    }
    Node list = draft.root.get("codes");
    Map<String, Integer> seen = new LinkedHashMap<>();
    rows = new ArrayList<>(rows);
    // A code in bold at the start of a line, its words broken off by the document's layout ("**I**
    // dental ...", "**Y5**").
    int first = rows.get(0).block();
    int last = rows.get(rows.size() - 1).block();
    for (int i = first; i <= last; i++) {
      Matcher b = BOLD_CODE.matcher(doc.blocks.get(i).text());
      final int block = i;
      if (b.find()
          && rows.stream().noneMatch(r -> r.block() == block)
          && (AttendanceCode.find(b.group(1)).isPresent()
              || WithdrawnCode.find(b.group(1)).isPresent())) {
        String rest = doc.blocks.get(i).text().substring(b.end()).strip();
        rows.add(
            new PolicyRecogniser.CodeRow(
                i, b.start(1), b.end(), b.group(1), rest.isEmpty() ? null : rest, null));
      }
    }
    rows.sort(java.util.Comparator.comparingInt(PolicyRecogniser.CodeRow::block));
    for (PolicyRecogniser.CodeRow r : rows) {
      Node row = list.add(Node.map());
      row.put("code", Node.quoted(r.code())).from(doc.cite(r.block()));
      seen.merge(r.code(), 1, Integer::sum);
      if (r.meaning() != null) {
        row.put("meaning", Node.scalar(r.meaning()));
      } else {
        String meaning =
            AttendanceCode.find(r.code())
                .map(AttendanceCode::meaning)
                .orElse(
                    WithdrawnCode.find(r.code()).map(WithdrawnCode::oldMeaning).orElse(r.code()));
        row.put("meaning", Node.scalar(meaning))
            .note("the source gives no words for this code: this is its national meaning");
      }
      if (r.category() != null) {
        row.put(
            "category",
            Node.scalar(r.category().name().toLowerCase(Locale.ROOT).replace('_', '-')));
      } else {
        CodeEntry.CodeCategory national = national(r.code());
        row.put("category", Node.scalar(national.name().toLowerCase(Locale.ROOT).replace('_', '-')))
            .note("the source lists it under no heading: this is its national group");
      }
      doc.consumed[r.block()] = true;
    }
  }

  /** How a code counts nationally, as a heading of a school's code table. */
  static CodeEntry.CodeCategory national(String code) {
    return AttendanceCode.find(code)
        .map(
            c ->
                switch (c.group()) {
                  case PRESENT -> CodeEntry.CodeCategory.PRESENT;
                  case ATTENDING_ELSEWHERE ->
                      c.treatment() == Treatment.NOT_COUNTED
                          ? CodeEntry.CodeCategory.NOT_COUNTED
                          : CodeEntry.CodeCategory.APPROVED_EDUCATIONAL_ACTIVITY;
                  case UNABLE_TO_ATTEND -> CodeEntry.CodeCategory.UNABLE_TO_ATTEND;
                  case ADMINISTRATIVE -> CodeEntry.CodeCategory.ADMINISTRATIVE;
                  case UNAUTHORISED -> CodeEntry.CodeCategory.UNAUTHORISED_ABSENCE;
                  case LEAVE_OF_ABSENCE, OTHER_AUTHORISED ->
                      c.treatment() == Treatment.NOT_COUNTED
                          ? CodeEntry.CodeCategory.NOT_COUNTED
                          : CodeEntry.CodeCategory.AUTHORISED_ABSENCE;
                })
        .orElseGet(
            () ->
                code.equals("Y")
                    ? CodeEntry.CodeCategory.UNABLE_TO_ATTEND
                    : code.equals("J")
                        ? CodeEntry.CodeCategory.APPROVED_EDUCATIONAL_ACTIVITY
                        : CodeEntry.CodeCategory.AUTHORISED_ABSENCE);
  }

  private static void number(Pattern p, String s, int group, Candidates<Integer> out, Cite at) {
    Matcher m = p.matcher(s);
    if (m.find()) {
      add(out, m.group(group), at);
    }
  }

  private static void add(Candidates<Integer> out, String number, Cite at) {
    OptionalInt v = Numbers.parse(number);
    if (v.isPresent()) {
      out.add(v.getAsInt(), Integer.toString(v.getAsInt()), at);
    }
  }
}
