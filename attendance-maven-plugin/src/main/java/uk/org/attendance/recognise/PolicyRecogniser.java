package uk.org.attendance.recognise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.attendance.extract.Block;
import uk.org.attendance.extract.PolicyText;
import uk.org.attendance.model.AbsenceReporting;
import uk.org.attendance.model.ClockTime;
import uk.org.attendance.model.CodeEntry;
import uk.org.attendance.model.Contacts;
import uk.org.attendance.model.Leave;
import uk.org.attendance.model.Person;
import uk.org.attendance.model.PolicyDate;
import uk.org.attendance.model.PolicyInfo;
import uk.org.attendance.model.Prose;
import uk.org.attendance.model.PupilGroup;
import uk.org.attendance.model.Register;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.School;
import uk.org.attendance.model.SchoolDay;
import uk.org.attendance.model.SchoolInfo;
import uk.org.attendance.model.SourceMap;
import uk.org.attendance.model.SourceRef;
import uk.org.attendance.model.TextPositions;
import uk.org.attendance.reference.AttendanceCode;
import uk.org.attendance.reference.WithdrawnCode;
import uk.org.attendance.text.Dates;
import uk.org.attendance.text.Sentences;
import uk.org.attendance.text.Times;

/**
 * Recognises the facts an existing policy states (contacts, session times per pupil group, the
 * absence-reporting deadline, the code table, ratification and review dates, how to ask for leave)
 * and builds a school model from them, every value located in the document. The document's text
 * itself becomes the model's extra sections, so the checker's text rules read every sentence and
 * its structured rules apply to the recognised facts. Nothing is invented: a fact the document does
 * not state is left out.
 *
 * <p>Where a document states one time in several places with different values (two closing times),
 * the value stated most often is taken as the school's (the first on a tie), and the text rules
 * report each place that differs.
 *
 * <p>Stateless and thread-safe.
 */
public final class PolicyRecogniser {

  /**
   * What was recognised.
   *
   * @param school the model, located in the document
   * @param facts a one-line description of each recognised fact, for reports and tests
   */
  public record Recognised(ResolvedSchool school, Map<String, String> facts) {}

  /**
   * A fact set when the document gives an email address or phone number somewhere: contacts it does
   * not say are for day-to-day or individual support are then not reported as missing.
   */
  public static final String CONTACT_DETAILS = "contactDetails";

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\d£])(?:\\+44\\s?|0)\\d{2,4}[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}(?!\\d)");
  private static final Pattern NAME =
      Pattern.compile(
          "(?:(?:Mr|Mrs|Miss|Ms|Mx|Dr)\\.?\\s+(?:[A-Z]\\.?\\s*){0,3}[A-Z][A-Za-z'-]+(?:[- ][A-Z][A-Za-z'-]+)?)"
              + "|(?:Name:\\s*[A-Z][A-Za-z.' -]{2,40})|(?:^(?!.*\\b(?:Policy|School|Academy|Attendance|Trust|Council|Governors?|Board|Committee|Team|Office|Officer|Head|Headteacher)\\b)"
              + "[A-Z][a-z]+(?:\\s[A-Z][A-Za-z'-]+){1,2}(?:\\s(?:and|&)\\s[A-Z][a-z]+(?:\\s[A-Z][A-Za-z'-]+){1,2})?$)");
  private static final Pattern PLACEHOLDER_NAME =
      Pattern.compile("\\b(TBC|TBA|TBD|XXX+|N/?A)\\b|<|\\[", Pattern.CASE_INSENSITIVE);
  private static final Pattern SAC =
      Pattern.compile(
          "senior\\s+attendance\\s+champion|attendance\\s+champion|senior\\s+leader\\s+(?:responsible|with\\s+(?:overall\\s+)?responsibility)"
              + "\\s+for\\s+(?:the\\s+strategic\\s+approach\\s+to\\s+)?(?:championing\\s+and\\s+improving\\s+)?attendance|SLT\\s+attendance",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_TO_DAY =
      Pattern.compile(
          "day[- ]to[- ]day\\s+basis|about\\s+attendance\\s+on\\s+a\\s+day",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SUPPORT =
      Pattern.compile(
          "(?:more\\s+)?(?:individual|detailed)\\s+support\\s+(?:with|on)\\s+attendance"
              + "|for\\s+support\\s+with\\s+attendance",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern GOVERNOR =
      Pattern.compile(
          "governor\\s+(?:with|who\\s+has)\\s+responsibility\\s+for\\s+(?:monitoring\\s+)?attendance"
              + "|attendance\\s+governor|link(?:ed)?\\s+(?:local\\s+)?governor",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RATIFIED =
      Pattern.compile(
          "(?:ratified|approved|adopted|agreed)(?:\\s+(?:date|on|by\\s+[A-Za-z' ]{2,60}?))?\\s*(?::|\\t|\\s)"
              + "|date\\s+(?:approved|ratified|adopted)[A-Za-z' ]{0,60}(?::|\\t|\\s)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern REVIEW =
      Pattern.compile(
          "(?:next\\s+review(?:\\s+(?:due|date))?|review\\s+(?:due|date|by)|to\\s+be\\s+reviewed(?:\\s+(?:by|in|on))?|due\\s+for\\s+review(?:\\s+(?:by|in|on))?)\\s*(?::|\\t|\\s)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ANNUAL =
      Pattern.compile(
          "\\b(annual(?:ly)?(?:\\s+review)?|every\\s+year|yearly)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern GROUP_RANGE =
      Pattern.compile(
          "^(nursery|reception|year\\s*r|years?\\s*\\d(?:\\s*(?:-|–|to)\\s*\\d)?|key\\s+stage\\s+\\d|ks\\d|eyfs)\\b[^\\d]{0,20}$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A request for leave: a line that names asking, leave and how. Anchored at the start of a line
   * (each lookahead reads to the line's end): unanchored, find() would read the rest of the line
   * again from every character, in time growing with the square of a line's length.
   */
  private static final Pattern LEAVE_REQUEST =
      Pattern.compile(
          "^(?=.*\\b(?:apply|applies|applied|applications?|requests?|requested|ask)\\b)(?=.*\\b(?:leave|absence|holidays?)\\b)"
              + "(?=.*\\b(?:in\\s+writing|in\\s+advance|form|permission|head\\s*teacher|head\\s+of\\s+school|school\\s+office)\\b).*",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  /** The most blocks between two rows of one code table (a page's footer, a note under a row). */
  private static final int ROW_GAP = 12;

  private static final Pattern CODE_ROW =
      Pattern.compile(
          "^\\**\\s*([A-Z]\\d?|/|\\\\|#)(?:\\s*\\\\?(/|\\\\))?\\s*\\**(?:\\t+|\\s{2,}|\\s(?=[A-Z]))(.*)$");
  private static final Pattern CATEGORY =
      Pattern.compile(
          "^(present(?:\\s+codes?)?|(?:approved\\s+)?educational\\s+activit(?:y|ies)|authorised\\s+absences?|unauthorised\\s+absences?"
              + "|unable\\s+to\\s+attend|not\\s+counted|administrative(?:\\s+codes?)?|attending\\s+(?:a\\s+place\\s+)?other.*)\\s*:?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CHANNELS =
      Pattern.compile(
          "\\b(phone|telephone|call|answer\\s?phone|voicemail|e-?mail|in\\s+person|app|text)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Recognises a document's facts.
   *
   * @param doc the document's text
   * @return the model and a description of what was recognised
   */
  public Recognised recognise(PolicyText doc) {
    Path file = doc.file();
    Map<String, SourceRef> refs = new HashMap<>();
    Map<String, TextPositions> texts = new HashMap<>();
    Map<String, String> facts = new LinkedHashMap<>();
    List<Block> blocks = doc.blocks();
    List<Prose.Section> sections = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String p = "/prose/extraSections/" + i;
      sections.add(new Prose.Section(null, null, b.text()));
      refs.put(p, b.at(file, 0));
      refs.put(p + "/body", b.at(file, 0));
      texts.put(p + "/body", offset -> b.at(file, offset));
    }
    refs.put("", blocks.isEmpty() ? SourceRef.of(file) : new SourceRef(file, 0, 0));

    // Sentences, with where each starts.
    List<Said> said = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      for (Sentences.Piece piece : Sentences.split(b.text())) {
        said.add(new Said(i, b, piece));
      }
    }

    PolicyInfo policy = policy(blocks, file, refs, facts);
    Contacts contacts = contacts(blocks, file, refs, facts);
    SchoolDay day = schoolDay(blocks, said, file, refs, facts);
    AbsenceReporting reporting = reporting(said, file, refs, facts);
    List<CodeEntry> codes = codes(blocks, file, refs, facts);
    Leave leave = leave(said, file, refs, facts);

    String id =
        file.getFileName()
            .toString()
            .replaceAll("\\.[A-Za-z]+$", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    SchoolInfo info =
        new SchoolInfo(
            id.isEmpty() ? "policy" : id,
            file.getFileName().toString(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    Prose prose =
        new Prose(
            null, null, null, null, null, null, null, null, null, null, null, null, null, sections);
    School school =
        new School(
            info, null, policy, contacts, day, reporting, null, List.of(), null, leave, null, null,
            codes, List.of(), Map.of(), prose, List.of(), List.of());
    SourceMap map = new SourceMap(file, refs, Map.of(), texts);
    return new Recognised(new ResolvedSchool(school, map, List.of(file)), facts);
  }

  /** One sentence of a block. */
  private record Said(int block, Block b, Sentences.Piece piece) {
    SourceRef at(Path file, int offset) {
      return b.at(file, piece.rawOffset(offset));
    }
  }

  // ----- the policy's dates

  private static PolicyInfo policy(
      List<Block> blocks, Path file, Map<String, SourceRef> refs, Map<String, String> facts) {
    Located<PolicyDate> ratified = null;
    Located<PolicyDate> review = null;
    boolean annual = false;
    SourceRef annualAt = null;
    int reviewRank = 0;
    for (int i = 0; i < Math.min(blocks.size(), 120); i++) {
      Block b = blocks.get(i);
      String t = b.text();
      Matcher r = REVIEW.matcher(t);
      while (r.find()) {
        int rank = r.group().toLowerCase(Locale.ROOT).startsWith("next") ? 2 : 1;
        String rest = t.substring(r.end());
        Optional<Dates.Found> d = Dates.find(rest.length() > 60 ? rest.substring(0, 60) : rest);
        if (d.isPresent() && d.get().start() <= 25 && rank > reviewRank) {
          review = new Located<>(d.get().date(), b.at(file, r.end() + d.get().start()));
          reviewRank = rank;
        } else if (d.isEmpty()
            && ANNUAL.matcher(rest.length() > 40 ? rest.substring(0, 40) : rest).find()) {
          annual = true;
          annualAt = b.at(file, r.end());
        }
      }
      if (ratified == null) {
        Matcher m = RATIFIED.matcher(t);
        while (m.find()) {
          String rest = t.substring(m.end());
          Optional<Dates.Found> d = Dates.find(rest.length() > 60 ? rest.substring(0, 60) : rest);
          if (d.isPresent()
              && d.get().start() <= 25
              && !rest.substring(0, d.get().start()).toLowerCase(Locale.ROOT).contains("review")) {
            ratified = new Located<>(d.get().date(), b.at(file, m.end() + d.get().start()));
            break;
          }
        }
      }
    }
    if (review == null && annual && ratified != null) {
      // "Annual review": due a year after ratification.
      java.time.LocalDate due = ratified.value().latest().plusYears(1);
      java.time.YearMonth ym = java.time.YearMonth.from(due);
      String month =
          due.getMonth().name().charAt(0)
              + due.getMonth().name().substring(1).toLowerCase(Locale.ROOT);
      review =
          new Located<>(
              new PolicyDate(
                  month
                      + " "
                      + ym.getYear()
                      + " (a year after it was ratified, for its annual review)",
                  ym.atDay(1),
                  ym.atEndOfMonth(),
                  PolicyDate.Precision.MONTH),
              annualAt);
    }
    if (ratified == null && review == null) {
      return null;
    }
    if (ratified != null) {
      refs.put("/policy/ratified/date", ratified.at());
      refs.put("/policy/ratified", ratified.at());
      facts.put("ratified", ratified.value().text());
    }
    if (review != null) {
      refs.put("/policy/reviewDue", review.at());
      facts.put("reviewDue", review.value().text());
    }
    return new PolicyInfo(
        null,
        null,
        ratified == null ? null : new PolicyInfo.Ratification(ratified.value(), null),
        review == null ? null : review.value(),
        null,
        null,
        null);
  }

  // ----- contacts

  private static Contacts contacts(
      List<Block> blocks, Path file, Map<String, SourceRef> refs, Map<String, String> facts) {
    Located<Person> sac = person(blocks, SAC, file);
    Located<Person> day = person(blocks, DAY_TO_DAY, file);
    Located<Person> support = person(blocks, SUPPORT, file);
    Located<Person> governor = person(blocks, GOVERNOR, file);
    boolean anyContact =
        blocks.stream()
            .anyMatch(b -> EMAIL.matcher(b.text()).find() || PHONE.matcher(b.text()).find());
    List<Person> dayToDay = new ArrayList<>();
    List<Person> individual = new ArrayList<>();
    if (sac != null) {
      put(refs, "/contacts/seniorAttendanceChampion", sac);
      facts.put("seniorAttendanceChampion", describe(sac.value()));
    }
    if (day != null) {
      dayToDay.add(day.value());
      put(refs, "/contacts/dayToDay/0", day);
      facts.put("dayToDay", describe(day.value()));
    }
    if (support != null) {
      individual.add(support.value());
      put(refs, "/contacts/individualSupport/0", support);
      facts.put("individualSupport", describe(support.value()));
    }
    if (anyContact) {
      facts.put(CONTACT_DETAILS, "given");
    }
    if (governor != null) {
      put(refs, "/contacts/attendanceGovernor", governor);
      facts.put("attendanceGovernor", describe(governor.value()));
    }
    return new Contacts(
        null,
        sac == null ? null : sac.value(),
        dayToDay,
        individual,
        governor == null ? null : governor.value(),
        List.of());
  }

  private static void put(Map<String, SourceRef> refs, String pointer, Located<Person> p) {
    refs.put(pointer, p.at());
    if (p.value().email() != null) {
      refs.put(pointer + "/email", p.emailAt() == null ? p.at() : p.emailAt());
    }
  }

  private static String describe(Person p) {
    return p.name()
        + (p.email() == null ? "" : " <" + p.email() + ">")
        + (p.phone() == null ? "" : " " + p.phone());
  }

  /**
   * The person a phrase introduces: a name and an email or phone in the same block or the next few
   * short blocks ("The name and contact details of ... is:" / "Mrs K Johnson" / "k@x.org").
   */
  private static Located<Person> person(List<Block> blocks, Pattern role, Path file) {
    for (int i = 0; i < blocks.size(); i++) {
      Matcher m = role.matcher(blocks.get(i).text());
      if (!m.find()) {
        continue;
      }
      String name = null;
      SourceRef nameAt = null;
      String email = null;
      SourceRef emailAt = null;
      String phone = null;
      for (int k = i; k < Math.min(blocks.size(), i + 6); k++) {
        Block b = blocks.get(k);
        String t = b.text();
        if (k > i
            && (t.length() > 160
                || SAC.matcher(t).find()
                || DAY_TO_DAY.matcher(t).find()
                || SUPPORT.matcher(t).find()
                || GOVERNOR.matcher(t).find())) {
          break;
        }
        int from = k == i ? m.end() : 0;
        if (name == null) {
          Matcher n = NAME.matcher(t.substring(from).strip());
          if (n.find()) {
            String found =
                n.group()
                    .replaceFirst("^Name:\\s*", "")
                    .replaceAll("\\s*\\(.*$", "")
                    .replaceAll("[;,.]+$", "")
                    .strip();
            if (!PLACEHOLDER_NAME.matcher(found).find() && !found.isBlank()) {
              name = found;
              nameAt = b.at(file, t.indexOf(n.group(), from));
            }
          }
        }
        Matcher e = EMAIL.matcher(t);
        if (email == null && e.find(from)) {
          email = e.group().replaceAll("\\.$", "");
          emailAt = b.at(file, e.start());
        }
        Matcher ph = PHONE.matcher(t);
        if (phone == null && ph.find(from)) {
          phone = ph.group();
        }
        if (name != null && (email != null || phone != null)) {
          break;
        }
      }
      if (name != null) {
        return new Located<>(new Person(name, null, email, phone), nameAt, emailAt);
      }
      // The role is described but nobody is named here: look for the next mention.
    }
    return null;
  }

  // ----- the school day

  private static SchoolDay schoolDay(
      List<Block> blocks,
      List<Said> said,
      Path file,
      Map<String, SourceRef> refs,
      Map<String, String> facts) {
    Map<String, List<Located<ClockTime>>> votes = new LinkedHashMap<>();
    for (Said s : said) {
      for (Times.Statement st : Times.statements(s.piece().text())) {
        String key =
            st.role()
                + (st.role() == Times.Role.REGISTER_OPENS || st.role() == Times.Role.REGISTER_CLOSES
                    ? "/" + st.session()
                    : "");
        votes
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Located<>(st.time(), s.at(file, st.start())));
      }
    }
    Located<ClockTime> gates = winner(votes.get("GATES_OPEN"));
    Located<ClockTime> start = winner(votes.get("DAY_STARTS"));
    Located<ClockTime> amOpens = winner(votes.get("REGISTER_OPENS/MORNING"));
    Located<ClockTime> amCloses = winner(votes.get("REGISTER_CLOSES/MORNING"));
    Located<ClockTime> pmOpens = winner(votes.get("REGISTER_OPENS/AFTERNOON"));
    Located<ClockTime> pmCloses = winner(votes.get("REGISTER_CLOSES/AFTERNOON"));
    Located<ClockTime> ends = winner(votes.get("DAY_ENDS"));
    if (amOpens == null && start != null) {
      amOpens = start; // "School start time: 8.45 am": the day starts with the morning register
    }
    List<PupilGroup> groups = new ArrayList<>();
    List<Map<String, SourceRef>> groupRefs = new ArrayList<>();
    // Groups with times of their own: "Reception 8.50am-3.05pm", or a group label then its times.
    for (int i = 0; i < blocks.size(); i++) {
      String t = blocks.get(i).text();
      for (int[] r : Times.ranges(t)) {
        String label = t.substring(0, r[0]).strip();
        Matcher g = GROUP_RANGE.matcher(label);
        if (!g.matches()) {
          continue;
        }
        List<Times.Mention> from = Times.mentions(t.substring(r[0], r[1]));
        List<Times.Mention> to = Times.mentions(t.substring(r[2], r[3]));
        if (from.isEmpty() || to.isEmpty()) {
          continue;
        }
        String name = label.replaceAll("[:\\s]+$", "");
        String lower = name.toLowerCase(Locale.ROOT);
        PupilGroup.Stage stage =
            lower.startsWith("nursery")
                ? PupilGroup.Stage.NURSERY
                : lower.startsWith("reception") || lower.equals("year r") || lower.equals("eyfs")
                    ? PupilGroup.Stage.RECEPTION
                    : PupilGroup.Stage.COMPULSORY;
        if (groups.stream().anyMatch(x -> x.name().equalsIgnoreCase(name))) {
          continue;
        }
        ClockTime opens = from.get(0).time();
        ClockTime close = amCloses == null ? null : amCloses.value();
        groups.add(
            new PupilGroup(
                lower.replaceAll("[^a-z0-9]+", "-"),
                name,
                stage,
                gates == null ? null : gates.value(),
                new Register(opens, close),
                pm(pmOpens, pmCloses),
                to.get(0).time()));
        Map<String, SourceRef> gr = new HashMap<>();
        gr.put("", blocks.get(i).at(file, 0));
        gr.put("/morningRegister/opens", blocks.get(i).at(file, r[0]));
        gr.put("/endOfDay", blocks.get(i).at(file, r[2]));
        at(gr, "/morningRegister/closes", amCloses);
        at(gr, "/gatesOpen", gates);
        at(gr, "/afternoonRegister", pmOpens == null ? pmCloses : pmOpens);
        at(gr, "/afternoonRegister/opens", pmOpens);
        at(gr, "/afternoonRegister/closes", pmCloses);
        groupRefs.add(gr);
      }
    }
    boolean anyTime =
        gates != null
            || amOpens != null
            || amCloses != null
            || pmOpens != null
            || pmCloses != null
            || ends != null;
    if (anyTime) {
      Register am =
          amOpens == null && amCloses == null
              ? null
              : new Register(
                  amOpens == null ? null : amOpens.value(),
                  amCloses == null ? null : amCloses.value());
      groups.add(
          0,
          new PupilGroup(
              "all-pupils",
              groups.isEmpty() ? "All pupils" : "Other pupils",
              PupilGroup.Stage.MIXED,
              gates == null ? null : gates.value(),
              am,
              pm(pmOpens, pmCloses),
              ends == null ? null : ends.value()));
      Map<String, SourceRef> gr = new HashMap<>();
      SourceRef first = firstOf(gates, amOpens, amCloses, ends);
      gr.put("", first);
      at(gr, "/gatesOpen", gates);
      at(gr, "/morningRegister", amOpens == null ? amCloses : amOpens);
      at(gr, "/morningRegister/opens", amOpens);
      at(gr, "/morningRegister/closes", amCloses);
      at(gr, "/afternoonRegister", pmOpens == null ? pmCloses : pmOpens);
      at(gr, "/afternoonRegister/opens", pmOpens);
      at(gr, "/afternoonRegister/closes", pmCloses);
      at(gr, "/endOfDay", ends);
      groupRefs.add(0, gr);
    }
    if (groups.isEmpty()) {
      return null;
    }
    for (int g = 0; g < groups.size(); g++) {
      String base = "/schoolDay/groups/" + g;
      groupRefs.get(g).forEach((k, v) -> refs.put(base + k, v));
      PupilGroup pg = groups.get(g);
      facts.put(
          "group " + pg.id(),
          pg.name()
              + ": gates "
              + pg.gatesOpen()
              + ", morning register "
              + describe(pg.morningRegister())
              + ", afternoon register "
              + describe(pg.afternoonRegister())
              + ", ends "
              + pg.endOfDay());
    }
    refs.put("/schoolDay", refs.get("/schoolDay/groups/0"));
    return new SchoolDay(groups);
  }

  private static String describe(Register r) {
    return r == null ? "none" : r.opens() + " to " + r.closes();
  }

  private static Register pm(Located<ClockTime> opens, Located<ClockTime> closes) {
    return opens == null && closes == null
        ? null
        : new Register(
            opens == null ? null : opens.value(), closes == null ? null : closes.value());
  }

  private static void at(Map<String, SourceRef> refs, String key, Located<ClockTime> t) {
    if (t != null) {
      refs.put(key, t.at());
    }
  }

  @SafeVarargs
  private static SourceRef firstOf(Located<ClockTime>... all) {
    for (Located<ClockTime> l : all) {
      if (l != null) {
        return l.at();
      }
    }
    return null;
  }

  /** The value stated most often; the first stated on a tie. */
  static <T> Located<T> winner(List<Located<T>> votes) {
    if (votes == null || votes.isEmpty()) {
      return null;
    }
    Map<T, Integer> count = new LinkedHashMap<>();
    for (Located<T> v : votes) {
      count.merge(v.value(), 1, Integer::sum);
    }
    T best = null;
    int most = 0;
    for (Map.Entry<T, Integer> e : count.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    for (Located<T> v : votes) {
      if (v.value().equals(best)) {
        return v;
      }
    }
    return null;
  }

  // ----- reporting an absence

  private static AbsenceReporting reporting(
      List<Said> said, Path file, Map<String, SourceRef> refs, Map<String, String> facts) {
    List<Located<ClockTime>> deadlines = new ArrayList<>();
    List<AbsenceReporting.Channel> channels = new ArrayList<>();
    java.util.Set<AbsenceReporting.ChannelType> seen =
        java.util.EnumSet.noneOf(AbsenceReporting.ChannelType.class);
    for (Said s : said) {
      boolean deadline = false;
      for (Times.Statement st : Times.statements(s.piece().text())) {
        if (st.role() == Times.Role.REPORTING_DEADLINE) {
          deadlines.add(new Located<>(st.time(), s.at(file, st.start())));
          deadline = true;
        }
      }
      String lower = s.piece().text().toLowerCase(Locale.ROOT);
      if (deadline
          || (lower.contains("absen")
              && (lower.contains("report")
                  || lower.contains("contact")
                  || lower.contains("notify")))) {
        Matcher c = CHANNELS.matcher(s.piece().text());
        while (c.find()) {
          String w = c.group(1).toLowerCase(Locale.ROOT).replace(" ", "");
          AbsenceReporting.ChannelType type =
              w.startsWith("answer") || w.equals("voicemail")
                  ? AbsenceReporting.ChannelType.ANSWERPHONE
                  : w.contains("mail")
                      ? AbsenceReporting.ChannelType.EMAIL
                      : w.equals("inperson")
                          ? AbsenceReporting.ChannelType.IN_PERSON
                          : w.equals("app")
                              ? AbsenceReporting.ChannelType.APP
                              : w.equals("text")
                                  ? AbsenceReporting.ChannelType.TEXT_MESSAGE
                                  : AbsenceReporting.ChannelType.PHONE;
          if (seen.add(type)) {
            channels.add(new AbsenceReporting.Channel(type, null, null));
          }
        }
        if (deadline
            && channels.isEmpty()
            && lower.matches(".*\\b(contact|inform|notify|tell)\\b.*")) {
          // "contact the school ... by 9.00am": how is not said beyond contacting the school.
          channels.add(new AbsenceReporting.Channel(null, null, "contact the school"));
        }
      }
    }
    Located<ClockTime> deadline = winner(deadlines);
    if (deadline == null && channels.isEmpty()) {
      return null;
    }
    if (deadline != null) {
      refs.put("/absenceReporting/deadline", deadline.at());
      refs.put("/absenceReporting", deadline.at());
      facts.put("reportingDeadline", deadline.value().iso());
    }
    facts.put(
        "reportingChannels",
        channels.stream()
            .map(c -> c.type() == null ? c.note() : c.type().name().toLowerCase(Locale.ROOT))
            .toList()
            .toString());
    return new AbsenceReporting(
        deadline == null ? null : deadline.value(), null, channels, List.of(), List.of());
  }

  // ----- leave

  private static Leave leave(
      List<Said> said, Path file, Map<String, SourceRef> refs, Map<String, String> facts) {
    for (Said s : said) {
      if (LEAVE_REQUEST.matcher(s.piece().text()).find()) {
        refs.put("/leave/howToRequest", s.at(file, 0));
        refs.put("/leave", s.at(file, 0));
        facts.put("leaveRequest", s.piece().text());
        return new Leave(s.piece().text(), null, null, null, List.of(), List.of(), List.of(), null);
      }
    }
    return null;
  }

  // ----- the code table

  /**
   * One row of a code table as a document publishes it.
   *
   * @param block the block the row is in
   * @param codeAt where the code is in the block's text
   * @param meaningAt where the meaning is in the block's text
   * @param code the code
   * @param meaning the school's words for it, or null
   * @param category the heading it is listed under, or null
   */
  public record CodeRow(
      int block,
      int codeAt,
      int meaningAt,
      String code,
      String meaning,
      CodeEntry.CodeCategory category) {}

  /**
   * A document's code table: at least eight lines, each near another, that each start with a
   * national or withdrawn code, with the headings they are listed under ("Present codes",
   * "Authorised absences").
   *
   * @param blocks the document's blocks
   * @return the rows, in order; empty if the document has no code table
   */
  public static List<CodeRow> codeTable(List<Block> blocks) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Matcher m = CODE_ROW.matcher(blocks.get(i).text());
      if (m.matches()
          && (AttendanceCode.find(m.group(1)).isPresent()
              || WithdrawnCode.find(m.group(1)).isPresent())) {
        rows.add(i);
      }
    }
    // A line far from any other, such as a heading "# REVIEW SHEET" in a text file, is not a row.
    List<Integer> near = new ArrayList<>();
    for (int k = 0; k < rows.size(); k++) {
      boolean before = k > 0 && rows.get(k) - rows.get(k - 1) <= ROW_GAP;
      boolean after = k + 1 < rows.size() && rows.get(k + 1) - rows.get(k) <= ROW_GAP;
      if (before || after) {
        near.add(rows.get(k));
      }
    }
    rows = near;
    List<CodeRow> out = new ArrayList<>();
    if (rows.size() < 8) {
      return out; // a few lines starting with a capital and a tab are not a code table
    }
    int first = rows.get(0);
    int last = rows.get(rows.size() - 1);
    CodeEntry.CodeCategory category = null;
    for (int i = Math.max(0, first - 3); i <= last; i++) {
      Block b = blocks.get(i);
      String t = b.text().replace("\t", " ").strip();
      Matcher c = CATEGORY.matcher(t);
      if (c.matches()) {
        category = category(c.group(1));
        continue;
      }
      Matcher m = CODE_ROW.matcher(b.text());
      if (i < first || !m.matches()) {
        continue;
      }
      List<String> found = new ArrayList<>(List.of(m.group(1)));
      if (m.group(2) != null) {
        found.add(m.group(2));
      }
      String meaning = m.group(3).replaceAll("\\s*\\t\\s*", " ").replaceAll("\\*+", "").strip();
      for (String code : found) {
        if (AttendanceCode.find(code).isEmpty() && WithdrawnCode.find(code).isEmpty()) {
          continue;
        }
        out.add(
            new CodeRow(
                i, m.start(1), m.start(3), code, meaning.isEmpty() ? null : meaning, category));
      }
    }
    return out;
  }

  private static List<CodeEntry> codes(
      List<Block> blocks, Path file, Map<String, SourceRef> refs, Map<String, String> facts) {
    List<CodeEntry> codes = new ArrayList<>();
    for (CodeRow r : codeTable(blocks)) {
      Block b = blocks.get(r.block());
      int row = codes.size();
      codes.add(new CodeEntry(r.code(), r.meaning(), r.category(), null));
      SourceRef at = b.at(file, r.codeAt());
      refs.put("/codes/" + row, at);
      refs.put("/codes/" + row + "/code", at);
      refs.put("/codes/" + row + "/category", at);
      refs.put("/codes/" + row + "/meaning", b.at(file, r.meaningAt()));
    }
    if (!codes.isEmpty()) {
      refs.put("/codes", refs.get("/codes/0"));
      facts.put(
          "codes",
          codes.stream()
              .map(c -> c.code() + (c.category() == null ? "" : ":" + c.category()))
              .toList()
              .toString());
    }
    return codes;
  }

  private static CodeEntry.CodeCategory category(String heading) {
    String h = heading.toLowerCase(Locale.ROOT);
    if (h.startsWith("present")) {
      return CodeEntry.CodeCategory.PRESENT;
    }
    if (h.contains("educational") || h.startsWith("attending")) {
      return CodeEntry.CodeCategory.APPROVED_EDUCATIONAL_ACTIVITY;
    }
    if (h.startsWith("unauthorised")) {
      return CodeEntry.CodeCategory.UNAUTHORISED_ABSENCE;
    }
    if (h.startsWith("authorised")) {
      return CodeEntry.CodeCategory.AUTHORISED_ABSENCE;
    }
    if (h.startsWith("unable")) {
      return CodeEntry.CodeCategory.UNABLE_TO_ATTEND;
    }
    if (h.startsWith("not counted")) {
      return CodeEntry.CodeCategory.NOT_COUNTED;
    }
    return CodeEntry.CodeCategory.ADMINISTRATIVE;
  }

  /** A recognised value and where it is stated. */
  record Located<T>(T value, SourceRef at, SourceRef emailAt) {
    Located(T value, SourceRef at) {
      this(value, at, null);
    }
  }
}
