package uk.org.attendance.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.attendance.model.ClockTime;
import uk.org.attendance.text.Sentences;
import uk.org.attendance.text.Times;

/**
 * How parents tell the school about an absence: the deadline, whether every day, the ways to get in
 * touch (phone, email, answerphone, in person, text, a written note), what to say, and what the
 * school does when it has not heard (the list after "If your child is absent we will:").
 */
final class ReportingFacts {

  enum Channel {
    PHONE(
        "phone",
        "(?i)\\b(?:tele)?phone\\b|\\btake\\s+(?:your|a|the)\\s+(?:\\w+\\s+)?call\\b|\\bcalls?\\s+from\\s+parents\\b|\\bring\\s+the\\s+school\\b"),
    ANSWERPHONE("answerphone", "(?i)\\banswer\\s?phone|\\bvoicemail|\\bleave\\s+a\\s+message"),
    EMAIL("email", "(?i)\\be-?mail\\b"),
    IN_PERSON(
        "in-person",
        "(?i)\\bin\\s+person\\b|\\bcall\\s+in(?:to)?\\s+(?:the\\s+)?school\\b|\\bpersonally\\b"),
    TEXT("text-message", "(?i)\\bby\\s+text\\b|\\btext\\s+message|\\bSMS\\b"),
    APP("app", "(?i)\\b(?:school|parent)\\s+app\\b|\\bvia\\s+the\\s+app\\b"),
    LETTER("letter", "(?i)\\bwritten\\s+(?:note|explanation)|\\bin\\s+writing\\b|\\bletter\\b");

    final String type;
    final Pattern pattern;

    Channel(String type, String regex) {
      this.type = type;
      this.pattern = Pattern.compile(regex);
    }
  }

  private static final Pattern EVERY_DAY =
      Pattern.compile(
          "(?i)\\b(?:every|each)\\s+(?:further\\s+|subsequent\\s+|other\\s+)?day\\s+of\\s+(?:your\\s+child's\\s+|their\\s+)?absence"
              + "|\\bfor\\s+each\\s+subsequent\\s+day|\\bon\\s+each\\s+day\\s+of\\s+absence");
  private static final Pattern PARENT_REPORTS =
      Pattern.compile(
          "(?i)\\b(?:take|taking)\\s+calls?\\s+from\\s+parents\\b.{0,40}absen|\\bwritten\\s+(?:note|explanation)\\b.{0,40}\\babsen"
              + "|\\babsen\\w*.{0,60}\\bwritten\\s+(?:note|explanation)");
  private static final Pattern WHAT_TO_SAY =
      Pattern.compile(
          "(?i)^(?:when|if)\\s+(?:reporting|you\\s+report|you\\s+call|phoning|calling|you\\s+phone).{0,60}\\b(?:state|tell\\s+us|give|include|say|let\\s+us\\s+know)\\b.{0,30}:$"
              + "|^please\\s+(?:state|give|tell\\s+us)\\b.{0,60}:$");
  private static final Pattern FOLLOW_UP =
      Pattern.compile(
          "(?i)^if\\s+(?:your|a|the)\\s+(?:child|pupil)\\s+is\\s+absent,?\\s+(?:we|the\\s+school|[A-Z]{2,8}s?)\\b(?:\\s+will)?\\s*:?$");

  private ReportingFacts() {}

  static void read(Doc doc, Draft draft) {
    Node reporting = draft.root.map("absenceReporting");
    Candidates<ClockTime> deadline = new Candidates<>();
    List<Cite> everyDay = new ArrayList<>();
    Map<Channel, List<Cite>> channels = new EnumMap<>(Channel.class);
    Map<Channel, String> values = new EnumMap<>(Channel.class);
    List<Integer> deadlineBlocks = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      for (Sentences.Piece p : doc.sentences(i)) {
        boolean isDeadline = false;
        for (Times.Statement st : Times.statements(p.text())) {
          if (st.role() == Times.Role.REPORTING_DEADLINE) {
            deadline.add(
                st.time(),
                DayFacts.written(st.written(), st.time()),
                doc.cite(i, p.rawOffset(st.start()), p.text()));
            isDeadline = true;
          }
        }
        if (isDeadline) {
          deadlineBlocks.add(i);
        }
        if (EVERY_DAY.matcher(p.text()).find()
            && p.text()
                .toLowerCase(Locale.ROOT)
                .matches(".*\\b(contact|notify|tell|inform|report|call|phone)\\w*\\b.*")) {
          everyDay.add(doc.cite(i, p.rawOffset(0), p.text()));
        }
        if (isDeadline || PARENT_REPORTS.matcher(p.text()).find()) {
          channels(doc, i, p, channels, values);
        }
      }
    }
    // The other items of a list that gives the deadline ("The school has an answer phone ...").
    for (int i : deadlineBlocks) {
      if (doc.shape[i] != Doc.Shape.LIST) {
        continue;
      }
      int first = i;
      while (first > 0 && doc.shape[first - 1] == Doc.Shape.LIST) {
        first--;
      }
      for (int k = first; k < doc.size() && doc.shape[k] == Doc.Shape.LIST; k++) {
        if (k != i) {
          for (Sentences.Piece p : doc.sentences(k)) {
            if (p.text()
                .toLowerCase(Locale.ROOT)
                .matches(".*\\b(message|call|phone|email|e-mail|text|personally|person)\\b.*")) {
              channels(doc, k, p, channels, values);
            }
          }
        }
      }
    }
    deadline.put(
        reporting,
        "deadline",
        "the time by which parents must report an absence",
        o -> Node.quoted(o.written()));
    if (!everyDay.isEmpty()) {
      reporting
          .put("everyDay", Node.bool(true))
          .from(everyDay.subList(0, Math.min(2, everyDay.size())));
    }
    if (!channels.isEmpty()) {
      Node list = reporting.list("channels");
      for (Map.Entry<Channel, List<Cite>> e : channels.entrySet()) {
        Node c = list.add(Node.map());
        c.put("type", Node.scalar(e.getKey().type)).from(e.getValue().subList(0, 1));
        if (values.containsKey(e.getKey())) {
          c.put("value", Node.scalar(values.get(e.getKey()))).from(e.getValue().subList(0, 1));
        }
      }
    }
    for (int i = 0; i < doc.size(); i++) {
      if (doc.consumed[i]) {
        continue;
      }
      String w = SchoolFacts.stripMarks(doc.words[i]);
      if (WHAT_TO_SAY.matcher(w).matches()) {
        moveList(doc, i, reporting.list("whatToSay"));
      } else if (FOLLOW_UP.matcher(w).matches()) {
        moveList(doc, i, reporting.list("followUp"));
      }
    }
  }

  /** Moves the items of the list after a lead-in into a list of the school file, each cited. */
  static boolean moveList(Doc doc, int lead, Node list) {
    List<List<Integer>> items = doc.listAfter(lead);
    if (items.isEmpty()) {
      return false;
    }
    doc.consumed[lead] = true;
    boolean first = true;
    for (List<Integer> item : items) {
      String text = SchoolFacts.stripMarks(doc.itemWords(item)).replaceAll("\\s+", " ");
      Node n = list.add(Node.scalar(text)).from(doc.place(item.get(0)));
      if (first) {
        n.comment("after " + doc.cite(lead).describe());
        n.lines(List.of(doc.line(lead)));
        first = false;
      }
      for (int k : item) {
        doc.consumed[k] = true;
        n.lines(doc.lines(k));
      }
    }
    return true;
  }

  private static void channels(
      Doc doc,
      int i,
      Sentences.Piece p,
      Map<Channel, List<Cite>> channels,
      Map<Channel, String> values) {
    String s = p.text();
    for (Channel c : Channel.values()) {
      Matcher m = c.pattern.matcher(s);
      if (!m.find()) {
        continue;
      }
      if (c == Channel.PHONE
          && Channel.ANSWERPHONE.pattern.matcher(s).find()
          && !s.toLowerCase(Locale.ROOT).matches(".*\\b(call|telephone)\\b.*")) {
        continue; // "answer phone" alone is the answerphone
      }
      if (c == Channel.LETTER
          && s.toLowerCase(Locale.ROOT)
              .matches(".*\\b(send|sent|we will write)\\b.*letters?\\s+home.*")) {
        continue;
      }
      channels
          .computeIfAbsent(c, k -> new ArrayList<>())
          .add(doc.cite(i, p.rawOffset(m.start()), s));
      if (c == Channel.EMAIL) {
        Matcher e = ContactFacts.EMAIL.matcher(s);
        if (e.find()) {
          values.putIfAbsent(c, e.group().replaceAll("\\.$", ""));
        }
      }
      if (c == Channel.PHONE) {
        Matcher ph = ContactFacts.PHONE.matcher(s);
        if (ph.find()) {
          values.putIfAbsent(c, ph.group());
        }
      }
    }
  }
}
