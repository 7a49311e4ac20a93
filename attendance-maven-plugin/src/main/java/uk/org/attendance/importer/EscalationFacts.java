package uk.org.attendance.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The school's escalation, from the lists that say what it does as absence or lateness goes on ("If
 * absence continues we will: ..."). Each item that states its own condition ("Write to you if your
 * child's attendance is below 95%", "If lateness continues, the Head teacher will write ...")
 * starts a stage with that condition as its trigger, in the school's words; the items after it are
 * that stage's actions. A stage whose actions refer the family to the local authority for legal
 * action is marked as the legal intervention.
 */
final class EscalationFacts {

  private static final Pattern LEAD =
      Pattern.compile(
          "(?i)^(?:if|where|when)\\s+(?:the\\s+)?(absence|lateness|poor\\s+attendance|attendance\\s+problems?|non-attendance|poor\\s+punctuality)"
              + "\\s+(?:continues|persists|does\\s+not\\s+improve|continue)\\b.*:$|^.{0,300}\\bwe\\s+will\\s+(?:then|take\\s+the\\s+following\\s+(?:action|actions|steps))\\s*:$");
  private static final Pattern IF_FIRST =
      Pattern.compile("(?i)^(?:if|where|when)\\s+(.{5,200}?),\\s+(.*)$");
  private static final Pattern IF_THEN =
      Pattern.compile(
          "(?i)^(?:if|where|when)\\s+(.{5,200}?)\\s+(?:then\\s+|action\\s+will|the\\s+|parents|we\\s+will|admin)(.*)$");
  private static final Pattern IF_AFTER =
      Pattern.compile("(?i)^(.{10,}?),?\\s+if\\s+(.{5,200}?)[.;]?$");
  private static final Pattern LEGAL =
      Pattern.compile(
          "(?i)\\b(?:refer\\w*|appl\\w+|request\\w*|contact\\w*|consult\\w*)\\b.{0,80}\\b(?:local\\s+authority|LA|council|access\\s+(?:and|&)\\s+inclusion)\\b"
              + ".{0,120}\\b(?:legal|sanction\\w*|penalt\\w+|prosecut\\w+|court|enforcement|official\\s+involvement)"
              + "|\\b(?:legal|relevant)\\s+(?:action|intervention|proceedings|sanctions)\\b|\\bfixed\\s+penalty\\s+notice\\b|\\bFPN\\b");
  private static final Pattern BELOW =
      Pattern.compile(
          "(?i)\\battendance\\b.{0,60}?\\b(below|under|less\\s+than)\\s+(\\d{2}(?:\\.\\d)?)\\s?%");

  private EscalationFacts() {}

  static void read(Doc doc, Draft draft) {
    Node flows = draft.root.get("escalation");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < doc.size(); i++) {
      if (doc.consumed[i]) {
        continue;
      }
      String lead = SchoolFacts.stripMarks(doc.words[i]);
      boolean isLead = LEAD.matcher(lead).matches();
      List<List<Integer>> items = doc.listAfter(i);
      if (!isLead) {
        // A list whose items each start "If ...": an escalation led by the paragraph before it.
        long ifs =
            items.stream()
                .filter(it -> doc.words[it.get(0)].matches("(?i)^(?:\\*\\*)?if\\b.*"))
                .count();
        boolean aboutAttendance =
            items.stream()
                .anyMatch(
                    it ->
                        doc.itemWords(it)
                            .toLowerCase(Locale.ROOT)
                            .matches(".*\\b(late|lateness|absence|attendance)\\b.*"));
        if (items.size() < 3
            || ifs < items.size() - 1
            || !aboutAttendance
            || doc.shape[i] == Doc.Shape.LIST) {
          continue;
        }
      }
      if (items.size() < 2) {
        continue;
      }
      String text = lead.replaceAll(":$", "").strip();
      String all =
          (text + " " + items.stream().map(doc::itemWords).reduce("", String::concat))
              .toLowerCase(Locale.ROOT);
      String leadWords = text.toLowerCase(Locale.ROOT);
      String base =
          leadWords.contains("absence") || leadWords.contains("attendance")
              ? "absence"
              : leadWords.contains("late") || leadWords.contains("punctual")
                  ? "lateness"
                  : all.contains("lateness") || all.contains("late ") ? "lateness" : "absence";
      String id = base;
      for (int n = 2; ids.contains(id); n++) {
        id = base + "-" + n;
      }
      ids.add(id);
      Node flow = flows.add(Node.map());
      flow.put("id", Node.scalar(id));
      String heading = doc.headingOf(i);
      String title =
          isLead
              ? text
              : heading != null
                  ? SchoolFacts.stripMarks(heading).replaceFirst("^\\d+(\\.\\d+)*\\.?\\s*", "")
                  : text;
      flow.put("title", Node.scalar(title)).from(isLead ? doc.cite(i) : doc.place(i));
      if (isLead) {
        doc.consumed[i] = true;
      }
      Node stages = flow.list("stages");
      Node stage = null;
      int n = 0;
      for (List<Integer> item : items) {
        String words = SchoolFacts.stripMarks(doc.itemWords(item)).replaceAll("\\s+", " ").strip();
        String condition = condition(words);
        if (stage == null || condition != null) {
          n++;
          stage = stages.add(Node.map());
          stage.put("id", Node.scalar("step-" + n));
          String trigger =
              condition != null
                  ? condition
                  : text.replaceFirst("(?i)^(?:if|where|when)\\s+", "")
                      .replaceFirst(
                          "(?i),?\\s*(?:we|the\\s+school|[A-Z]{2,8}s?)\\s+(?:will|can|may)(?:\\s+then)?$",
                          "");
          trigger = Character.toUpperCase(trigger.charAt(0)) + trigger.substring(1);
          stage
              .put(
                  "title",
                  Node.scalar(
                      trigger.length() <= 80
                          ? trigger
                          : trigger.substring(0, 80).replaceAll("\\s+\\S*$", "") + " ..."))
              .note("the stage's condition, in the school's words");
          Node trig = stage.map("trigger");
          trig.put("text", Node.scalar(trigger)).from(doc.place(item.get(0)));
          Matcher b = BELOW.matcher(trigger);
          if (b.find()) {
            trig.put("metric", Node.scalar("attendance-percent"))
                .note("from \"" + b.group() + "\"");
            trig.put("comparator", Node.scalar("below")).note("from \"" + b.group() + "\"");
            trig.put("value", Node.number(Double.parseDouble(b.group(2))))
                .note("from \"" + b.group() + "\"");
          }
          stage.list("actions");
        }
        Node action = stage.get("actions").add(Node.scalar(words)).from(doc.place(item.get(0)));
        for (int k : item) {
          doc.consumed[k] = true;
          action.lines(doc.lines(k));
        }
        if (LEGAL.matcher(words).find() && stage.get("legalIntervention") == null) {
          stage
              .put("legalIntervention", Node.bool(true))
              .note("this step refers the family for legal action");
        }
      }
      // "legalIntervention" after "actions".
      for (Node s : stages.items) {
        Node legal = s.entries.remove("legalIntervention");
        if (legal != null) {
          s.entries.put("legalIntervention", legal);
        }
      }
    }
  }

  /**
   * The condition an item states for itself: "If lateness continues, ..." or "... if attendance is
   * below 95%".
   */
  static String condition(String item) {
    String s = item.replaceAll("[.;]+$", "");
    String found = null;
    for (Pattern p : List.of(IF_FIRST, IF_THEN)) {
      Matcher m = p.matcher(s);
      if (m.matches()) {
        String c = m.group(1).replaceAll("[,;]+$", "").strip();
        if (found == null || c.length() < found.length()) {
          found = c;
        }
      }
    }
    if (found == null) {
      Matcher after = IF_AFTER.matcher(s);
      if (after.matches() && after.group(2).strip().split("\\s+").length >= 3) {
        found = after.group(2).strip();
      }
    }
    if (found != null) {
      // The condition is the first sentence's: "... is a concern. See appendix for example letters"
      // stops at the full stop.
      found = found.split("(?<=[a-z%)])\\.\\s+(?=[A-Z])")[0];
    }
    return found;
  }
}
