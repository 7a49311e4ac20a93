package uk.org.attendance.render;

import static uk.org.attendance.text.Formats.date;
import static uk.org.attendance.text.Formats.orEmpty;
import static uk.org.attendance.text.Formats.percent;
import static uk.org.attendance.text.Formats.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.attendance.model.AbsenceReporting;
import uk.org.attendance.model.Annex;
import uk.org.attendance.model.CodeEntry;
import uk.org.attendance.model.Contacts;
import uk.org.attendance.model.Escalation;
import uk.org.attendance.model.Illness;
import uk.org.attendance.model.Leave;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.PenaltyNotices;
import uk.org.attendance.model.Person;
import uk.org.attendance.model.Prose;
import uk.org.attendance.model.PupilGroup;
import uk.org.attendance.model.Register;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.School;
import uk.org.attendance.model.SchoolInfo;
import uk.org.attendance.model.Thresholds;
import uk.org.attendance.reference.AttendanceCode;
import uk.org.attendance.reference.Rulebook;
import uk.org.attendance.render.PolicyView.AnnexView;
import uk.org.attendance.render.PolicyView.BandRow;
import uk.org.attendance.render.PolicyView.ChannelRow;
import uk.org.attendance.render.PolicyView.CodeRow;
import uk.org.attendance.render.PolicyView.ContactRow;
import uk.org.attendance.render.PolicyView.Flow;
import uk.org.attendance.render.PolicyView.Heading;
import uk.org.attendance.render.PolicyView.LateRow;
import uk.org.attendance.render.PolicyView.Link;
import uk.org.attendance.render.PolicyView.Row;
import uk.org.attendance.render.PolicyView.SectionView;
import uk.org.attendance.render.PolicyView.StageView;
import uk.org.attendance.render.PolicyView.TimeRow;
import uk.org.attendance.text.Formats;

/**
 * Builds the policy's view model from a school (or, for a federation, from its members), the
 * rulebook's statements of law and the checker's review. A sentence is either the school's (from
 * its model, in its words or built from its choices) or the law's (a rulebook statement): where the
 * school has said nothing, nothing is printed. Thread-safe: holds only the Markdown renderer.
 */
public final class PolicyViewBuilder {

  private final Markdown markdown;
  private final Wording words;

  /**
   * @param markdown the Markdown renderer for the school's own words
   * @param words the house style's titles, labels and sentence frames
   */
  public PolicyViewBuilder(Markdown markdown, Wording words) {
    this.markdown = markdown;
    this.words = words;
  }

  /**
   * How a policy is rendered.
   *
   * @param forPrint whether the view is for the PDF
   * @param annotated whether each block shows its source
   * @param logoDataUri the logo as a data: URI, or ""
   * @param review the checker's verdict
   */
  public record Options(boolean forPrint, boolean annotated, String logoDataUri, Review review) {}

  /** The policy of one school. */
  public PolicyView school(ResolvedSchool school, LawText law, Options options) {
    School m = school.model();
    List<TimeRow> rows = m.schoolDay().groups().stream().map(g -> timeRow("", g)).toList();
    List<Fact> windows = new ArrayList<>();
    for (int i = 0; i < m.schoolDay().groups().size(); i++) {
      windows.addAll(windows(school, i, m.schoolDay().groups().size() > 1, words));
    }
    SchoolInfo info = m.school();
    return build(
        school,
        info.name(),
        shortName(info),
        m.trust() == null ? "" : m.trust().name(),
        rows,
        false,
        windows,
        law,
        options);
  }

  /**
   * The federation-wide policy: the members' shared policy, with a table of every member's times.
   *
   * @param members the member schools (at least one), all extending one base
   */
  public PolicyView federation(List<ResolvedSchool> members, LawText law, Options options) {
    ResolvedSchool first = members.get(0);
    List<TimeRow> rows = new ArrayList<>();
    List<Fact> windows = new ArrayList<>();
    for (ResolvedSchool s : members) {
      for (int i = 0; i < s.model().schoolDay().groups().size(); i++) {
        PupilGroup g = s.model().schoolDay().groups().get(i);
        rows.add(timeRow(shortName(s.model().school()), g));
      }
    }
    String name = first.model().trust().name();
    String shortName =
        orEmpty(first.model().trust().shortName()).isEmpty()
            ? name
            : first.model().trust().shortName();
    return build(first, name, shortName, "", rows, true, windows, law, options);
  }

  private static String shortName(SchoolInfo info) {
    return orEmpty(info.shortName()).isEmpty() ? info.name() : info.shortName();
  }

  private PolicyView build(
      ResolvedSchool s,
      String name,
      String shortName,
      String trustName,
      List<TimeRow> timeRows,
      boolean federation,
      List<Fact> windows,
      LawText law,
      Options o) {
    School m = s.model();
    Review review = o.review();
    PolicyView.Meta meta =
        new PolicyView.Meta(
            "en-GB",
            m.policy().title() + " \u2013 " + name,
            words.get("policy.subject", "title", m.policy().title(), "school", name),
            name,
            o.forPrint(),
            o.annotated(),
            review.draft());
    Map<String, String> letters =
        m.letters().stream().collect(Collectors.toMap(Letter::id, Letter::title, (a, b) -> a));
    Prose p =
        m.prose() == null
            ? new Prose(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null)
            : m.prose();

    List<Heading> headings = new ArrayList<>();
    for (String id : SECTIONS) {
      headings.add(
          new Heading(String.valueOf(headings.size() + 1), id, words.get("section." + id)));
    }
    List<SectionView> extra = new ArrayList<>();
    for (int i = 0; i < p.extraSections().size(); i++) {
      Prose.Section section = p.extraSections().get(i);
      Heading h =
          new Heading(
              String.valueOf(headings.size() + 1), "extra-" + section.id(), section.title());
      headings.add(h);
      extra.add(
          new SectionView(
              h.id(),
              h.number(),
              section.title(),
              words(s, "/prose/extraSections/" + i + "/body", section.body())));
    }
    headings.add(
        new Heading(String.valueOf(headings.size() + 1), "codes", words.get("section.codes")));
    Map<String, Heading> byId = new LinkedHashMap<>();
    headings.forEach(h -> byId.put(h.id(), h));

    return new PolicyView(
        meta,
        cover(s, name, shortName, trustName, o.logoDataUri(), federation),
        review,
        colophon(review),
        List.copyOf(headings),
        byId,
        new PolicyView.ContactsSection(
            contacts(m.contacts(), orEmpty(m.school().phone()), words),
            law.get("role.seniorAttendanceChampion"),
            Src.model(s, "/contacts")),
        new PolicyView.Why(
            words(s, "/prose/introduction", p.introduction()),
            words(s, "/prose/whyAttendanceMatters", p.whyAttendanceMatters()),
            words(s, "/prose/promotingAttendance", p.promotingAttendance()),
            words(s, "/prose/rolesAndResponsibilities", p.rolesAndResponsibilities())),
        new PolicyView.Day(
            timeRows,
            federation,
            timeRows.stream().anyMatch(r -> !r.weekHours().equals("\u2013")),
            windows,
            law.get("absence.sessions"),
            law.get("register.late"),
            Src.model(s, "/schoolDay")),
        reporting(s, p),
        absence(s, p),
        levels(s, law, letters),
        lateness(s, p, letters),
        flows(s, letters),
        new PolicyView.Support(
            words(s, "/prose/barriers", p.barriers()),
            words(s, "/prose/partTimeTimetables", p.partTimeTimetables())),
        leave(s, p, law),
        law(s, law),
        la(s, p, law),
        new PolicyView.Leaving(
            words(s, "/prose/deletionFromRoll", p.deletionFromRoll()), law.get("missingEducation")),
        words(s, "/prose/absenceData", p.absenceData()),
        extra,
        codes(s, law),
        annexes(s));
  }

  /** The sentence at the end of the document: when it was checked, and against what. */
  Fact colophon(Review review) {
    return colophon(review, words);
  }

  static Fact colophon(Review review, Wording words) {
    String text =
        review.checkedOn().isEmpty()
            ? words.get("colophon.unchecked", "rules", review.rulebook())
            : review.draft()
                ? words.get(
                    "colophon.draft",
                    "date",
                    review.checkedOn(),
                    "rules",
                    review.rulebook(),
                    "count",
                    review.outstanding().size()
                        + (review.outstanding().size() == 1 ? " error" : " errors"))
                : words.get(
                    "colophon.checked", "date", review.checkedOn(), "rules", review.rulebook());
    return new Fact(text, Src.check("review"));
  }

  /** The standard sections, in order; the school's own come after them, then the code table. */
  static final List<String> SECTIONS =
      List.of(
          "contacts",
          "why",
          "school-day",
          "reporting",
          "absence",
          "levels",
          "lateness",
          "escalation",
          "support",
          "leave",
          "law",
          "la",
          "leaving",
          "data");

  private Words words(ResolvedSchool s, String pointer, String markdownText) {
    return new Words(markdown.toHtml(markdownText), Src.model(s, pointer));
  }

  private static Fact fact(ResolvedSchool s, String pointer, String text) {
    return new Fact(text == null ? "" : text, Src.model(s, pointer));
  }

  private PolicyView.Cover cover(
      ResolvedSchool s,
      String name,
      String shortName,
      String trustName,
      String logo,
      boolean federation) {
    School m = s.model();
    List<Row> rows = new ArrayList<>();
    if (m.policy().ratified() != null && m.policy().ratified().date() != null) {
      String by = orEmpty(m.policy().ratified().by());
      rows.add(
          new Row(
              words.get("cover.ratified"),
              fact(
                  s,
                  "/policy/ratified",
                  date(m.policy().ratified().date()) + (by.isEmpty() ? "" : " by " + by))));
    }
    if (m.policy().reviewDue() != null) {
      rows.add(
          new Row(
              words.get("cover.reviewDue"),
              fact(s, "/policy/reviewDue", date(m.policy().reviewDue()))));
    }
    if (!orEmpty(m.policy().academicYear()).isEmpty()) {
      rows.add(
          new Row(
              words.get("cover.academicYear"),
              fact(s, "/policy/academicYear", m.policy().academicYear())));
    }
    if (!orEmpty(m.policy().basedOn()).isEmpty()) {
      rows.add(
          new Row(words.get("cover.basedOn"), fact(s, "/policy/basedOn", m.policy().basedOn())));
    }
    if (!orEmpty(m.policy().version()).isEmpty()) {
      rows.add(
          new Row(words.get("cover.version"), fact(s, "/policy/version", m.policy().version())));
    }
    if (!orEmpty(m.policy().owner()).isEmpty()) {
      rows.add(new Row(words.get("cover.owner"), fact(s, "/policy/owner", m.policy().owner())));
    }
    List<Link> identity = new ArrayList<>();
    if (!federation) {
      SchoolInfo info = m.school();
      if (!info.address().isEmpty()) {
        identity.add(new Link(String.join(", ", info.address()), ""));
      }
      if (!orEmpty(info.phone()).isEmpty()) {
        identity.add(phone(info.phone()));
      }
      if (!orEmpty(info.email()).isEmpty()) {
        identity.add(email(info.email()));
      }
      if (!orEmpty(info.website()).isEmpty()) {
        identity.add(new Link(info.website(), info.website()));
      }
    }
    return new PolicyView.Cover(
        name,
        shortName,
        trustName,
        m.policy().title(),
        identity,
        rows,
        logo,
        words.get("cover.logo", "school", name),
        Src.model(s, federation ? "/trust" : "/school"));
  }

  static Link phone(String number) {
    return new Link(number, "tel:" + number.replaceAll("[^0-9+]", ""));
  }

  static Link email(String address) {
    return new Link(address, "mailto:" + address);
  }

  /**
   * One row per named person. A person the school gives no email or phone for is reached through
   * the school office, so the row says so (with the school's number, if the model has one) rather
   * than leaving the reader two empty cells.
   */
  static List<ContactRow> contacts(Contacts c, String schoolPhone, Wording words) {
    List<ContactRow> rows = new ArrayList<>();
    if (c == null) {
      return rows;
    }
    String office = words.get("contact.office");
    addContact(
        rows,
        ContactRow.For.CHAMPION,
        words.get("contact.seniorAttendanceChampion"),
        c.seniorAttendanceChampion(),
        schoolPhone,
        office);
    c.dayToDay()
        .forEach(
            p ->
                addContact(
                    rows,
                    ContactRow.For.DAY_TO_DAY,
                    words.get("contact.dayToDay"),
                    p,
                    schoolPhone,
                    office));
    c.individualSupport()
        .forEach(
            p ->
                addContact(
                    rows,
                    ContactRow.For.SUPPORT,
                    words.get("contact.individualSupport"),
                    p,
                    schoolPhone,
                    office));
    addContact(
        rows,
        ContactRow.For.HEADTEACHER,
        words.get("contact.headteacher"),
        c.headteacher(),
        schoolPhone,
        office);
    addContact(
        rows,
        ContactRow.For.GOVERNOR,
        words.get("contact.governor"),
        c.attendanceGovernor(),
        schoolPhone,
        office);
    c.others()
        .forEach(
            p ->
                addContact(
                    rows,
                    ContactRow.For.OTHER,
                    orEmpty(p.role()).isEmpty() ? words.get("contact.alsoNamed") : p.role(),
                    p,
                    schoolPhone,
                    office));
    return rows;
  }

  private static void addContact(
      List<ContactRow> rows,
      ContactRow.For kind,
      String role,
      Person p,
      String schoolPhone,
      String office) {
    if (p == null) {
      return;
    }
    Link email = orEmpty(p.email()).isEmpty() ? new Link("", "") : email(p.email());
    Link phone = orEmpty(p.phone()).isEmpty() ? new Link("", "") : phone(p.phone());
    if (email.text().isEmpty() && phone.text().isEmpty()) {
      email = new Link(office, "");
      phone = schoolPhone.isEmpty() ? new Link("", "") : phone(schoolPhone);
    }
    rows.add(
        new ContactRow(
            kind,
            role,
            p.name(),
            orEmpty(p.role()).equals(role) ? "" : orEmpty(p.role()),
            email,
            phone));
  }

  private static TimeRow timeRow(String school, PupilGroup g) {
    String week = "\u2013";
    if (g.morningRegister() != null && g.endOfDay() != null) {
      week = Formats.hours(g.morningRegister().opens().minutesUntil(g.endOfDay()) * 5);
    }
    return new TimeRow(
        school,
        g.name(),
        dash(time(g.gatesOpen())),
        register(g.morningRegister()),
        register(g.afternoonRegister()),
        dash(time(g.endOfDay())),
        week);
  }

  static String register(Register r) {
    if (r == null) {
      return "\u2013";
    }
    return r.closes() == null
        ? "from " + time(r.opens())
        : time(r.opens()) + " to " + time(r.closes());
  }

  private static String dash(String s) {
    return s.isEmpty() ? "\u2013" : s;
  }

  /** Each session's register times in words, for one group: the school's times, no more. */
  private static List<Fact> windows(ResolvedSchool s, int index, boolean named, Wording words) {
    PupilGroup g = s.model().schoolDay().groups().get(index);
    String who = named ? g.name() + ": " : "";
    List<Fact> out = new ArrayList<>();
    String base = "/schoolDay/groups/" + index;
    if (g.morningRegister() != null) {
      out.add(
          fact(s, base + "/morningRegister", who + window("morning", g.morningRegister(), words)));
    }
    if (g.afternoonRegister() != null) {
      out.add(
          fact(
              s,
              base + "/afternoonRegister",
              (named ? who : "") + window("afternoon", g.afternoonRegister(), words)));
    }
    return out;
  }

  private static String window(String session, Register r, Wording words) {
    String text =
        r.closes() == null
            ? words.get("window.opens", "session", session, "opens", time(r.opens()))
            : words.get(
                "window.closes",
                "session",
                session,
                "opens",
                time(r.opens()),
                "closes",
                time(r.closes()));
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private PolicyView.Reporting reporting(ResolvedSchool s, Prose p) {
    AbsenceReporting r = s.model().absenceReporting();
    Words procedures = words(s, "/prose/absenceProcedures", p.absenceProcedures());
    if (r == null) {
      return new PolicyView.Reporting(
          new Fact("", Src.STRUCTURE), List.of(), Src.STRUCTURE, List.of(), List.of(), procedures);
    }
    boolean every = Boolean.TRUE.equals(r.everyDay());
    String deadline =
        r.deadline() == null
            ? (every ? words.get("reporting.everyDay") : "")
            : words.get(
                every ? "reporting.deadlineEveryDay" : "reporting.deadlineFirstDay",
                "time",
                time(r.deadline()));
    List<ChannelRow> channels = new ArrayList<>();
    SchoolInfo info = s.model().school();
    for (AbsenceReporting.Channel c : r.channels()) {
      Link value = channelValue(c, info);
      boolean needsValue =
          c.type() != AbsenceReporting.ChannelType.IN_PERSON
              && c.type() != AbsenceReporting.ChannelType.LETTER;
      channels.add(
          new ChannelRow(
              words.get("channel." + camel(c.type().name())),
              value,
              orEmpty(c.note()),
              needsValue && value.text().isEmpty()));
    }
    return new PolicyView.Reporting(
        fact(s, "/absenceReporting", deadline),
        channels,
        Src.model(s, "/absenceReporting/channels"),
        list(s, "/absenceReporting/whatToSay", r.whatToSay()),
        list(s, "/absenceReporting/followUp", r.followUp()),
        procedures);
  }

  private static List<Fact> list(ResolvedSchool s, String pointer, List<String> items) {
    List<Fact> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      out.add(fact(s, pointer + "/" + i, items.get(i)));
    }
    return out;
  }

  /**
   * The channel's own value, or the school's number, email or website when the channel has none.
   */
  static Link channelValue(AbsenceReporting.Channel c, SchoolInfo info) {
    String v = orEmpty(c.value());
    switch (c.type()) {
      case PHONE:
      case ANSWERPHONE:
      case TEXT_MESSAGE:
        v = v.isEmpty() ? orEmpty(info.phone()) : v;
        return v.isEmpty()
            ? new Link("", "")
            : c.type() == AbsenceReporting.ChannelType.TEXT_MESSAGE
                ? new Link(v, "sms:" + v.replaceAll("[^0-9+]", ""))
                : phone(v);
      case EMAIL:
        v = v.isEmpty() ? orEmpty(info.email()) : v;
        return v.isEmpty() ? new Link("", "") : email(v);
      case WEBSITE:
        v = v.isEmpty() ? orEmpty(info.website()) : v;
        return new Link(v, v.startsWith("http") ? v : "");
      default:
        return new Link(v, "");
    }
  }

  /** {@code TEXT_MESSAGE} as the wording's keys write it: {@code textMessage}. */
  static String camel(String constant) {
    String[] parts = constant.toLowerCase(Locale.ROOT).split("_");
    StringBuilder b = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return b.toString();
  }

  private PolicyView.Absence absence(ResolvedSchool s, Prose p) {
    Illness illness = s.model().illness();
    Fact stance = new Fact("", Src.STRUCTURE);
    if (illness != null && illness.medicalEvidence() != null) {
      stance =
          fact(
              s,
              "/illness/medicalEvidence",
              words.get("illness." + camel(illness.medicalEvidence().name())));
    }
    return new PolicyView.Absence(
        stance,
        words(s, "/illness/note", illness == null ? null : illness.note()),
        words(s, "/prose/medicalAppointments", p.medicalAppointments()));
  }

  private PolicyView.Levels levels(ResolvedSchool s, LawText law, Map<String, String> letters) {
    Thresholds t = s.model().thresholds();
    List<BandRow> bands = new ArrayList<>();
    Fact target = new Fact("", Src.STRUCTURE);
    if (t != null) {
      for (Thresholds.Band b : t.bands()) {
        bands.add(
            new BandRow(
                b.label(),
                Bands.range(b),
                orEmpty(b.meaning()),
                b.letter() == null ? "" : letters.getOrDefault(b.letter(), "")));
      }
      if (t.target() != null) {
        target =
            fact(
                s, "/thresholds/target", words.get("policy.target", "target", percent(t.target())));
      }
    }
    return new PolicyView.Levels(
        law.get("levels.persistent"),
        law.get("levels.severe"),
        target,
        bands,
        Src.model(s, "/thresholds/bands"));
  }

  private PolicyView.Lateness lateness(ResolvedSchool s, Prose p, Map<String, String> letters) {
    Thresholds t = s.model().thresholds();
    List<LateRow> rows = new ArrayList<>();
    if (t != null) {
      for (Thresholds.LatenessTrigger l : t.lateness()) {
        String when =
            l.count() == null
                ? ""
                : l.count() + (l.count() == 1 ? " late arrival" : " late arrivals");
        if (l.period() != null) {
          when =
              when
                  + (when.isEmpty() ? "" : " in ")
                  + (l.period().startsWith("the ") || l.period().startsWith("a ") ? "" : "a ")
                  + l.period();
        }
        if (when.isEmpty()) {
          // No count or period: the school's own name for the trigger says when ("persistent
          // lateness").
          String words = l.id().replace('-', ' ');
          when = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        rows.add(
            new LateRow(
                when, l.action(), l.letter() == null ? "" : letters.getOrDefault(l.letter(), "")));
      }
    }
    return new PolicyView.Lateness(
        rows, Src.model(s, "/thresholds/lateness"), words(s, "/prose/lateness", p.lateness()));
  }

  private List<Flow> flows(ResolvedSchool s, Map<String, String> letters) {
    List<Flow> out = new ArrayList<>();
    List<Escalation> flows = s.model().escalation();
    for (int f = 0; f < flows.size(); f++) {
      Escalation e = flows.get(f);
      List<StageView> stages = new ArrayList<>();
      for (Escalation.Stage st : e.stages()) {
        stages.add(
            new StageView(
                String.valueOf(stages.size() + 1),
                st.title(),
                st.trigger().text(),
                st.actions(),
                orEmpty(st.owner()),
                st.letter() == null ? "" : letters.getOrDefault(st.letter(), ""),
                Boolean.TRUE.equals(st.legalIntervention())));
      }
      String description =
          e.title()
              + ": "
              + stages.size()
              + " stages. "
              + stages.stream()
                  .map(x -> "Stage " + x.number() + ", " + x.title() + ": " + x.trigger())
                  .collect(Collectors.joining(". "))
              + ".";
      Fact monitoring =
          orEmpty(e.monitoring()).isEmpty()
              ? new Fact("", Src.STRUCTURE)
              : fact(
                  s,
                  "/escalation/" + f + "/monitoring",
                  words.get("policy.monitoring", "how", e.monitoring()));
      out.add(
          new Flow(e.title(), monitoring, stages, description, Src.model(s, "/escalation/" + f)));
    }
    return out;
  }

  private PolicyView.LeaveView leave(ResolvedSchool s, Prose p, LawText law) {
    Rulebook rules = law.rules();
    List<CodeRow> grounds = rules.leaveGrounds().stream().map(c -> codeRow(c, "")).toList();
    Src groundsSrc = Src.law(List.of("R-LOA-01"));
    Leave l = s.model().leave();
    Words prose = words(s, "/prose/leaveOfAbsence", p.leaveOfAbsence());
    Words none = new Words("", Src.STRUCTURE);
    Fact noFact = new Fact("", Src.STRUCTURE);
    if (l == null) {
      return new PolicyView.LeaveView(
          law.get("leave.grounds"),
          law.get("leave.holiday"),
          law.get("leave.whoAllows"),
          none,
          List.of(),
          List.of(),
          none,
          noFact,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          prose,
          grounds,
          groundsSrc,
          Src.model(s, "/leave"));
    }
    List<Fact> details = new ArrayList<>();
    if (l.applyAheadDays() != null) {
      details.add(
          fact(
              s,
              "/leave/applyAheadDays",
              words.get(
                  "leave.applyAhead",
                  "days",
                  l.applyAheadDays() + (l.applyAheadDays() == 1 ? " day" : " days"))));
    }
    if (!orEmpty(l.requestForm()).isEmpty()) {
      details.add(fact(s, "/leave/requestForm", words.get("leave.form", "form", l.requestForm())));
    }
    if (!orEmpty(l.decidedBy()).isEmpty()) {
      details.add(
          fact(
              s,
              "/leave/decidedBy",
              words.get("leave.decidedBy", "who", lowerFirst(l.decidedBy()))));
    }
    Leave.ExceptionalCircumstances ec = l.exceptionalCircumstances();
    return new PolicyView.LeaveView(
        law.get("leave.grounds"),
        law.get("leave.holiday"),
        law.get("leave.whoAllows"),
        words(s, "/leave/howToRequest", l.howToRequest()),
        details,
        list(s, "/leave/statements", l.statements()),
        ec == null ? none : words(s, "/leave/exceptionalCircumstances/definition", ec.definition()),
        ec == null || ec.principles().isEmpty()
            ? noFact
            : fact(
                s,
                "/leave/exceptionalCircumstances/principles",
                words.get("leave.principles", "principles", Formats.list(ec.principles()))),
        l.applyFor(),
        ec == null ? List.of() : ec.examplesGranted(),
        ec == null ? List.of() : ec.examplesRefused(),
        ec == null ? List.of() : ec.restrictedPeriods(),
        prose,
        grounds,
        groundsSrc,
        Src.model(s, "/leave"));
  }

  private static String lowerFirst(String s) {
    String t = s.strip();
    return t.length() > 1 && Character.isUpperCase(t.charAt(1))
        ? t
        : t.substring(0, 1).toLowerCase(Locale.UK) + t.substring(1);
  }

  private PolicyView.Law law(ResolvedSchool s, LawText law) {
    School m = s.model();
    PenaltyNotices pn = m.penaltyNotices();
    List<Row> amounts =
        List.of(
            new Row(words.get("penalty.first"), law.get("penalty.first")),
            new Row(words.get("penalty.second"), law.get("penalty.second")));
    PenaltyNotices.NoticeToImprove nti = pn == null ? null : pn.noticeToImprove();
    boolean usesNti = nti != null && Boolean.TRUE.equals(nti.used());
    List<Row> ntiRows = new ArrayList<>();
    if (usesNti) {
      String nt = "/penaltyNotices/noticeToImprove";
      if (nti.minWeeks() != null && nti.maxWeeks() != null) {
        ntiRows.add(
            new Row(
                words.get("noticeToImprove.period"),
                fact(
                    s,
                    nt + "/minWeeks",
                    nti.minWeeks().equals(nti.maxWeeks())
                        ? nti.minWeeks() + " weeks"
                        : nti.minWeeks() + " to " + nti.maxWeeks() + " weeks")));
      }
      addRow(
          ntiRows,
          s,
          words.get("noticeToImprove.supportGiven"),
          nt + "/supportGiven",
          nti.supportGiven());
      addRow(
          ntiRows,
          s,
          words.get("noticeToImprove.supportOffered"),
          nt + "/supportOffered",
          nti.supportOffered());
      addRow(
          ntiRows,
          s,
          words.get("noticeToImprove.sufficientImprovement"),
          nt + "/sufficientImprovement",
          nti.sufficientImprovement());
      addRow(
          ntiRows,
          s,
          words.get("noticeToImprove.earlyIssue"),
          nt + "/earlyIssue",
          nti.earlyIssue());
    }
    List<Fact> statements = new ArrayList<>();
    if (pn != null) {
      for (int i = 0; i < pn.localTriggers().size(); i++) {
        String text = pn.localTriggers().get(i).text();
        if (!orEmpty(text).isEmpty()) {
          statements.add(fact(s, "/penaltyNotices/localTriggers/" + i + "/text", sentence(text)));
        }
      }
      if (!orEmpty(pn.afterLimit()).isEmpty()) {
        statements.add(fact(s, "/penaltyNotices/afterLimit", sentence(pn.afterLimit())));
      }
    }
    String coc =
        pn != null && pn.codeOfConduct() != null
            ? pn.codeOfConduct()
            : orEmpty(m.school().localAuthority().codeOfConduct());
    String cocPointer =
        pn != null && pn.codeOfConduct() != null
            ? "/penaltyNotices/codeOfConduct"
            : "/school/localAuthority/codeOfConduct";
    return new PolicyView.Law(
        law.get("penalty.threshold"),
        law.get("penalty.consider"),
        law.get("penalty.who"),
        amounts,
        Src.law(List.of("R-PN-04", "R-PN-05")),
        law.get("penalty.limit"),
        law.get("penalty.unpaid"),
        usesNti ? law.get("noticeToImprove") : new Fact("", Src.STRUCTURE),
        ntiRows,
        statements,
        coc.isEmpty() ? null : new Link(coc, coc),
        Src.model(s, cocPointer),
        law.get("prosecution"),
        law.get("parent"));
  }

  private static void addRow(
      List<Row> rows, ResolvedSchool s, String label, String pointer, String value) {
    if (!orEmpty(value).isEmpty()) {
      rows.add(new Row(label, fact(s, pointer, value)));
    }
  }

  private static String sentence(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }

  private PolicyView.La la(ResolvedSchool s, Prose p, LawText law) {
    var la = s.model().school().localAuthority();
    var service = la.attendanceSupport();
    String workWith =
        service == null
            ? words.get("la.workWith", "la", la.name())
            : words.get("la.service", "la", la.name(), "service", service.name());
    Link contact = null;
    if (service != null) {
      if (!orEmpty(service.website()).isEmpty()) {
        contact = new Link(service.website(), service.website());
      } else if (!orEmpty(service.email()).isEmpty()) {
        contact = email(service.email());
      } else if (!orEmpty(service.phone()).isEmpty()) {
        contact = phone(service.phone());
      }
    }
    return new PolicyView.La(
        fact(s, "/school/localAuthority", workWith),
        contact,
        List.of(
            law.get("localAuthority.pupils"),
            law.get("localAuthority.attendance"),
            law.get("localAuthority.illness")),
        law.get("registers.keeping"),
        law.get("suspension"),
        words(s, "/prose/localAuthoritySupport", p.localAuthoritySupport()));
  }

  private static PolicyView.Codes codes(ResolvedSchool s, LawText law) {
    Map<String, String> notes = new LinkedHashMap<>();
    for (CodeEntry e : s.model().codes()) {
      AttendanceCode.find(e.code())
          .ifPresent(
              c -> {
                if (e.note() != null) {
                  notes.put(c.code(), e.note());
                }
              });
    }
    List<CodeRow> rows =
        AttendanceCode.all().stream()
            .map(c -> codeRow(c, notes.getOrDefault(c.code(), "")))
            .toList();
    return new PolicyView.Codes(
        law.get("codes.intro"),
        rows,
        !notes.isEmpty(),
        notes.isEmpty()
            ? Src.law(List.of("R-ABS-03"))
            : Src.of(Src.law(List.of("R-ABS-03")), Src.model(s, "/codes")));
  }

  private static CodeRow codeRow(AttendanceCode c, String note) {
    return new CodeRow(c.code(), c.meaning(), c.group().label(), c.countsAs(), note);
  }

  private List<AnnexView> annexes(ResolvedSchool s) {
    List<AnnexView> out = new ArrayList<>();
    List<Annex> annexes = s.model().annexes();
    for (int i = 0; i < annexes.size(); i++) {
      Annex a = annexes.get(i);
      String letter = String.valueOf((char) ('A' + out.size()));
      PolicyView.TableView table =
          a.table() == null
              ? null
              : new PolicyView.TableView(
                  a.table().caption(), a.table().columns(), a.table().rows());
      out.add(
          new AnnexView(
              letter,
              "annex-" + a.id(),
              a.title(),
              words(s, "/annexes/" + i + "/body", a.body()),
              orEmpty(a.link()).isEmpty() ? null : new Link(a.link(), a.link()),
              table,
              Src.model(s, "/annexes/" + i)));
    }
    return out;
  }
}
