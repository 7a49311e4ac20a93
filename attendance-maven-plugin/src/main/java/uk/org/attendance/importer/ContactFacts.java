package uk.org.attendance.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a policy names, in the model's slots: the senior attendance champion, the day-to-day
 * contacts, the contacts for more individual support, the attendance governor, the headteacher, and
 * others named on its cover (a reviewer, the chair of governors). A person is read where the
 * document introduces a role ("The name and contact details of the Senior Attendance Champion ...
 * is:") and gives a name, email address or phone number after it, on the same line or the next few
 * short lines ("Mrs K Johnson (Interim Headteacher)", "Kathryn.johnson@...", "Or", "Mrs S Holtz").
 * The same role named twice with different people, or one person given two email addresses, is a
 * choice left to the school; a role followed by "TBC" or "XXX" names nobody.
 */
final class ContactFacts {

  enum Slot {
    SAC("seniorAttendanceChampion", "the senior attendance champion"),
    DAY("dayToDay", "the day-to-day contact"),
    SUPPORT("individualSupport", "the contact for individual support"),
    GOVERNOR("attendanceGovernor", "the attendance governor"),
    HEAD("headteacher", "the headteacher"),
    OTHER("others", "another named person");

    final String key;
    final String words;

    Slot(String key, String words) {
      this.key = key;
      this.words = words;
    }

    boolean single() {
      return this == SAC || this == GOVERNOR || this == HEAD;
    }
  }

  static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\d\u00a3])(?:\\+44\\s?|0)\\d{2,4}[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}(?!\\d)");
  private static final String TITLED =
      "(?:Mr|Mrs|Miss|Ms|Mx|Dr)\\.?\\s+(?:[A-Z]\\.?\\s*){0,3}[A-Z][A-Za-z'\u2019-]+(?:[- ][A-Z][A-Za-z'\u2019-]+)?";
  private static final String UNTITLED = "[A-Z][a-z]+(?:[- ][A-Z][A-Za-z'\u2019-]+){1,2}";
  private static final Pattern NAME = Pattern.compile("(" + TITLED + "|" + UNTITLED + ")");
  private static final Pattern NAMES =
      Pattern.compile(
          "^("
              + TITLED
              + "|"
              + UNTITLED
              + ")(?:\\s*\\(([^)]{2,60})\\))?(?:\\s*(?:,|and|&)\\s*("
              + TITLED
              + "|"
              + UNTITLED
              + ")(?:\\s*\\(([^)]{2,60})\\))?)?$");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("(?i)^(?:name\\s*:\\s*)?(TBC|TBA|TBD|XXX+|N/?A|\\?+)$");
  private static final Pattern SEPARATOR = Pattern.compile("(?i)^(or|and|/)$");
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)^(?:name|e-?mail(?:\\s+address)?(?:\\s+or\\s+contact\\s+details)?|contact\\s+details|tel(?:ephone)?|phone|contact)\\s*:\\s*");
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?i)\\b(?:policy|school|academy|attendance|trust|council|governors?|board|committee|team|office|officer|head|headteacher|"
              + "local|authority|support|children|parents?|pupils?|the|our|date|review|name|email|contact|federation|primary|annex|appendix)\\b");

  private static final Map<Slot, Pattern> INTRO = new LinkedHashMap<>();

  static {
    INTRO.put(
        Slot.SAC,
        Pattern.compile(
            "(?i)senior\\s+attendance\\s+champion|\\battendance\\s+champion\\b|SLT\\s+attendance|senior\\s+leader\\s+(?:responsible|with\\s+(?:overall\\s+)?responsibility)"
                + "\\s+for\\s+(?:the\\s+strategic\\s+approach\\s+to\\s+)?(?:championing\\s+and\\s+improving\\s+)?attendance"));
    INTRO.put(
        Slot.DAY,
        Pattern.compile("(?i)day[- ]to[- ]day\\s+basis|about\\s+attendance\\s+on\\s+a\\s+day"));
    INTRO.put(
        Slot.SUPPORT,
        Pattern.compile(
            "(?i)(?:more\\s+)?(?:individual|detailed)\\s+support\\s+(?:with|on)\\s+attendance|for\\s+support\\s+with\\s+attendance"));
    INTRO.put(
        Slot.GOVERNOR,
        Pattern.compile(
            "(?i)governor\\s+(?:with|who\\s+has)\\s+responsibility\\s+for\\s+(?:monitoring\\s+)?attendance"
                + "|attendance\\s+governor|link(?:ed)?\\s+(?:local\\s+)?governor"));
  }

  private static final Pattern INTRO_END =
      Pattern.compile("(?i)^.{0,160}?(?:\\b(?:is|are)\\b\\s*:?|:)\\s*(.*)$");
  private static final Pattern LABELLED_PERSON =
      Pattern.compile(
          "^(Headteacher|Head\\s?teacher|Executive\\s+Headteacher|Head\\s+of\\s+School|Chair\\s+of\\s+Governors|Chair\\s+of\\s+the\\s+Governing\\s+Body"
              + "|Chair\\s+of\\s+(?:the\\s+)?Trust(?:\\s+Board)?|Reviewer|Clerk\\s+to\\s+(?:the\\s+)?Governors)\\s*:?\\s+("
              + TITLED
              + "|"
              + UNTITLED
              + ")"
              + "(?=\\s*(?:$|,|;|\\bDate\\b|\\t))");

  private ContactFacts() {}

  /** One mention of a person in a role. */
  private static final class Mention {
    final Slot slot;
    String name;
    Cite nameAt;
    String role;
    Cite roleAt;
    final List<String[]> emails = new ArrayList<>();
    final List<Cite> emailAt = new ArrayList<>();
    final List<String> phones = new ArrayList<>();
    final List<Cite> phoneAt = new ArrayList<>();
    Cite placeholder;
    Cite intro;

    Mention(Slot slot) {
      this.slot = slot;
    }
  }

  /** A person with every statement of their details. */
  private static final class Person {
    final String name;
    final List<Cite> nameAt = new ArrayList<>();
    final Candidates<String> role = new Candidates<>();
    final Candidates<String> email = new Candidates<>();
    final Candidates<String> phone = new Candidates<>();
    final List<Cite> intros = new ArrayList<>();

    Person(String name) {
      this.name = name;
    }
  }

  static void read(Doc doc, Draft draft) {
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      String w = SchoolFacts.stripMarks(doc.words[i]);
      if (w.length() > 260) {
        continue;
      }
      for (Map.Entry<Slot, Pattern> e : INTRO.entrySet()) {
        Matcher m = e.getValue().matcher(w);
        if (!m.find()) {
          continue;
        }
        Matcher end = INTRO_END.matcher(w.substring(m.end()));
        if (!end.matches()) {
          continue;
        }
        List<Mention> found = people(doc, i, w, end.group(1), e.getKey());
        mentions.addAll(found);
        break;
      }
      // "Headteacher Alexandra Wilkinson Date: 14.10.2024", "Reviewer | Jan McColl".
      if (i < 60) {
        for (String cell : doc.blocks.get(i).text().split("\t")) {
          String c = SchoolFacts.stripMarks(cell).replaceAll("\\s+", " ").strip();
          if (doc.shape[i] == Doc.Shape.ROW
              && c.matches("(?i)reviewer|headteacher|chair of governors")) {
            String[] cells = doc.blocks.get(i).text().split("\t");
            if (cells.length >= 2) {
              c = c + " " + SchoolFacts.stripMarks(cells[1]).strip();
            }
          }
          Matcher l = LABELLED_PERSON.matcher(c);
          if (l.find()) {
            String label = l.group(1).replaceAll("\\s+", " ");
            Mention m =
                new Mention(
                    label.toLowerCase(Locale.ROOT).replace(" ", "").startsWith("headteacher")
                        ? Slot.HEAD
                        : Slot.OTHER);
            m.name = l.group(2);
            m.nameAt = doc.cite(i, Math.max(0, doc.blocks.get(i).text().indexOf(l.group(2))), c);
            m.role = label.equalsIgnoreCase("head teacher") ? "Headteacher" : label;
            m.roleAt = m.nameAt;
            mentions.add(m);
          }
        }
      }
    }
    // The headteacher is whoever the document calls the headteacher.
    List<Mention> heads = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.slot != Slot.HEAD
          && m.role != null
          && m.role.matches("(?i)(?:interim\\s+|acting\\s+|executive\\s+)?head\\s?teacher|HT")) {
        Mention h = new Mention(Slot.HEAD);
        h.name = m.name;
        h.nameAt = m.nameAt;
        h.role = m.role;
        h.roleAt = m.roleAt;
        h.emails.addAll(m.emails);
        h.emailAt.addAll(m.emailAt);
        h.phones.addAll(m.phones);
        h.phoneAt.addAll(m.phoneAt);
        heads.add(h);
      }
    }
    mentions.addAll(heads);

    Node contacts = draft.root.map("contacts");
    for (Slot slot :
        List.of(Slot.HEAD, Slot.SAC, Slot.DAY, Slot.SUPPORT, Slot.GOVERNOR, Slot.OTHER)) {
      List<Mention> inSlot = mentions.stream().filter(m -> m.slot == slot).toList();
      if (inSlot.isEmpty()) {
        continue;
      }
      Map<String, Person> people = new LinkedHashMap<>();
      List<Cite> placeholders = new ArrayList<>();
      for (Mention m : inSlot) {
        if (m.name == null) {
          if (m.placeholder != null) {
            placeholders.add(m.placeholder);
          }
          continue;
        }
        Person p = people.computeIfAbsent(key(m.name), k -> new Person(m.name));
        p.nameAt.add(m.nameAt);
        if (m.intro != null) {
          p.intros.add(m.intro);
        }
        if (m.role != null) {
          p.role.add(m.role, m.role, m.roleAt);
        }
        for (int k = 0; k < m.emails.size(); k++) {
          p.email.add(
              m.emails.get(k)[0].toLowerCase(Locale.ROOT), m.emails.get(k)[0], m.emailAt.get(k));
        }
        for (int k = 0; k < m.phones.size(); k++) {
          p.phone.add(m.phones.get(k).replaceAll("\\D", ""), m.phones.get(k), m.phoneAt.get(k));
        }
      }
      if (slot.single()) {
        if (people.size() > 1) {
          List<Candidates.Option<String>> options = new ArrayList<>();
          for (Person p : people.values()) {
            options.add(new Candidates.Option<>(p.name, p.name, p.nameAt));
          }
          Node person = contacts.map(slot.key);
          person.put(
              "name",
              Candidates.choice("the name of " + slot.words, options, Candidates.Option::written));
        } else if (people.size() == 1) {
          write(contacts.map(slot.key), people.values().iterator().next(), placeholders, slot);
        } else if (!placeholders.isEmpty()) {
          Node person = contacts.map(slot.key);
          person
              .put(
                  "name",
                  Node.quoted(
                      Draft.FILL_IN
                          + ": the name of "
                          + slot.words
                          + " (the source says '"
                          + placeholders.get(0).quote()
                          + "' at "
                          + Candidates.places(placeholders)
                          + ")"))
              .comment(
                  "The source has a placeholder where it should name "
                      + slot.words
                      + ": write the name, or delete this entry if there is nobody yet.")
              .lines(placeholders.stream().map(Cite::line).toList());
        }
      } else {
        Node list = contacts.list(slot.key);
        for (Person p : people.values()) {
          write(list.add(Node.map()), p, placeholders, slot);
        }
      }
    }
  }

  private static void write(Node person, Person p, List<Cite> placeholders, Slot slot) {
    person.put("name", Node.scalar(p.name)).from(p.nameAt);
    for (Cite c : p.intros) {
      person.comment("introduced at " + c.describe());
      person.lines(List.of(c.line()));
    }
    for (Cite c : placeholders) {
      person.comment("The source also has a placeholder for " + slot.words + " at " + c.describe());
      person.lines(List.of(c.line()));
    }
    p.role.put(person, "role", "their role", o -> Node.scalar(o.written()));
    p.email.put(person, "email", "their email address", o -> Node.scalar(o.written()));
    p.phone.put(person, "phone", "their phone number", o -> Node.quoted(o.written()));
  }

  /**
   * A name without its title and full stops, in lower case: "Mrs K. Johnson" and "Mrs K Johnson"
   * are one person.
   */
  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").strip();
  }

  /**
   * The people given after a role's introduction: in the rest of its line, and on the short lines
   * after it, until a line that is not a name, an address, a number or "Or".
   */
  private static List<Mention> people(Doc doc, int i, String line, String rest, Slot slot) {
    List<Mention> out = new ArrayList<>();
    Mention current = new Mention(slot);
    Cite intro = doc.cite(i, 0, line);
    current.intro = intro;
    List<Integer> used = new ArrayList<>();
    boolean restParsed = rest.isBlank() || parse(doc, i, rest, current, out, slot, intro);
    if (!restParsed) {
      return List.of();
    }
    current = out.isEmpty() ? current : out.get(out.size() - 1);
    int k = i + 1;
    for (; k < Math.min(doc.size(), i + 8); k++) {
      if (doc.shape[k] == Doc.Shape.HEADING || doc.consumed[k]) {
        break;
      }
      String w = SchoolFacts.stripMarks(doc.words[k]);
      if (w.length() > 160 || INTRO.values().stream().anyMatch(p -> p.matcher(w).find())) {
        break;
      }
      if (SEPARATOR.matcher(w).matches()) {
        used.add(k);
        current = new Mention(slot);
        current.intro = intro;
        continue;
      }
      if (!parse(doc, k, w, current, out, slot, intro)) {
        break;
      }
      used.add(k);
      current = out.get(out.size() - 1);
    }
    if (out.isEmpty()) {
      return List.of();
    }
    boolean named = out.stream().anyMatch(m -> m.name != null);
    if (named) {
      // The introduction and the lines that name the people are the contact: they are placed here,
      // not in the prose.
      doc.consumed[i] = true;
      for (int u : used) {
        doc.consumed[u] = true;
      }
    }
    if (out.get(0).intro == null) {
      out.get(0).intro = intro;
    }
    return out;
  }

  /**
   * Reads one line of contact details into the current person, or a new one when the line names
   * someone new. Returns false if the line is not contact details.
   */
  private static boolean parse(
      Doc doc, int i, String text, Mention current, List<Mention> out, Slot slot, Cite intro) {
    String raw = doc.blocks.get(i).text();
    String w = LABEL.matcher(text.strip()).replaceFirst("").replaceAll("[;,.]+$", "").strip();
    if (w.isEmpty()) {
      return false;
    }
    if (PLACEHOLDER.matcher(w).matches()) {
      Mention m = current.name == null && current.placeholder == null ? current : new Mention(slot);
      m.placeholder =
          doc.cite(i, Math.max(0, raw.indexOf(w)), SchoolFacts.stripMarks(doc.words[i]));
      m.intro = intro;
      if (!out.contains(m)) {
        out.add(m);
      }
      return true;
    }
    Matcher e = EMAIL.matcher(w);
    Matcher ph = PHONE.matcher(w);
    String withoutDetails =
        EMAIL
            .matcher(PHONE.matcher(w).replaceAll(""))
            .replaceAll("")
            .replaceAll("(?i)\\b(?:e-?mail(?:\\s+address)?|tel(?:ephone)?|phone)\\s*:?", "")
            .replaceAll("[;,:\\s]+", " ")
            .strip();
    if (e.find() || ph.find()) {
      if (!withoutDetails.isEmpty() && !NAMES.matcher(withoutDetails).matches()) {
        return false;
      }
      if (!withoutDetails.isEmpty()) {
        names(doc, i, withoutDetails, current, out, slot, intro);
      }
      Mention m = out.isEmpty() ? current : out.get(out.size() - 1);
      if (out.isEmpty()) {
        out.add(m);
      }
      e.reset();
      while (e.find()) {
        String email = e.group().replaceAll("\\.$", "");
        // An address shared by people named together ("Emily Armstrong and Alaya Ali-Shah").
        for (Mention shared : sharing(out, m)) {
          shared.emails.add(new String[] {email});
          shared.emailAt.add(
              doc.cite(
                  i, Math.max(0, raw.indexOf(e.group())), SchoolFacts.stripMarks(doc.words[i])));
        }
      }
      ph.reset();
      while (ph.find()) {
        for (Mention shared : sharing(out, m)) {
          shared.phones.add(ph.group());
          shared.phoneAt.add(
              doc.cite(
                  i, Math.max(0, raw.indexOf(ph.group())), SchoolFacts.stripMarks(doc.words[i])));
        }
      }
      return true;
    }
    return names(doc, i, w, current, out, slot, intro);
  }

  /** The people named together on the last name line, who share the details that follow. */
  private static List<Mention> sharing(List<Mention> out, Mention last) {
    List<Mention> together = new ArrayList<>();
    together.add(last);
    for (int k = out.size() - 2; k >= 0; k--) {
      Mention m = out.get(k);
      if (m.nameAt != null
          && last.nameAt != null
          && m.nameAt.line() == last.nameAt.line()
          && m.emails.isEmpty()) {
        together.add(0, m);
      } else {
        break;
      }
    }
    return together;
  }

  private static boolean names(
      Doc doc, int i, String w, Mention current, List<Mention> out, Slot slot, Cite intro) {
    Matcher n = NAMES.matcher(w);
    if (!n.matches()) {
      return false;
    }
    String raw = doc.blocks.get(i).text();
    for (int g = 1; g <= 3; g += 2) {
      String name = n.group(g);
      if (name == null) {
        continue;
      }
      if (NOT_A_NAME.matcher(name).find() && !name.matches("^(?:Mr|Mrs|Miss|Ms|Mx|Dr)\\b.*")) {
        return false;
      }
      Mention m =
          current.name == null && current.placeholder == null && !out.contains(current)
              ? current
              : new Mention(slot);
      if (m == current && !current.emails.isEmpty()) {
        m = new Mention(slot);
      }
      m.name = name;
      m.intro = intro;
      m.nameAt = doc.cite(i, Math.max(0, raw.indexOf(name)), SchoolFacts.stripMarks(doc.words[i]));
      String role = n.group(g + 1);
      if (role != null) {
        m.role = role.strip().equals("HT") ? "Headteacher" : role.strip();
        m.roleAt = m.nameAt;
      }
      out.add(m);
      current = m;
    }
    return true;
  }
}
