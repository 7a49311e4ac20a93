package uk.org.attendance.render;

import static uk.org.attendance.render.Formats.date;
import static uk.org.attendance.render.Formats.money;
import static uk.org.attendance.render.Formats.orEmpty;
import static uk.org.attendance.render.Formats.percent;
import static uk.org.attendance.render.Formats.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import uk.org.attendance.model.AbsenceReporting;
import uk.org.attendance.model.Annex;
import uk.org.attendance.model.CodeEntry;
import uk.org.attendance.model.Contacts;
import uk.org.attendance.model.Escalation;
import uk.org.attendance.model.Illness;
import uk.org.attendance.model.Leave;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.Person;
import uk.org.attendance.model.Prose;
import uk.org.attendance.model.PupilGroup;
import uk.org.attendance.model.Register;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.School;
import uk.org.attendance.model.Thresholds;
import uk.org.attendance.reference.AttendanceCode;
import uk.org.attendance.reference.Rulebook;
import uk.org.attendance.reference.Treatment;
import uk.org.attendance.render.PolicyView.AnnexView;
import uk.org.attendance.render.PolicyView.BandRow;
import uk.org.attendance.render.PolicyView.ChannelRow;
import uk.org.attendance.render.PolicyView.CodeRow;
import uk.org.attendance.render.PolicyView.ContactRow;
import uk.org.attendance.render.PolicyView.Flow;
import uk.org.attendance.render.PolicyView.Heading;
import uk.org.attendance.render.PolicyView.LateRow;
import uk.org.attendance.render.PolicyView.SectionView;
import uk.org.attendance.render.PolicyView.StageView;
import uk.org.attendance.render.PolicyView.TimeRow;

/**
 * Builds the policy's view model from a school (or, for a federation, from its members) and the
 * rulebook. Every national fact comes from the rulebook; every decision about wording is made
 * here, not in a template. Thread-safe: holds only the Markdown renderer.
 */
public final class PolicyViewBuilder {

  private final Markdown markdown;

  public PolicyViewBuilder(Markdown markdown) {
    this.markdown = markdown;
  }

  /**
   * The policy of one school.
   *
   * @param school the resolved school
   * @param rules the national rules
   * @param forPrint whether the view is for the PDF
   * @param logoDataUri the logo as a data: URI, or ""
   */
  public PolicyView school(ResolvedSchool school, Rulebook rules, boolean forPrint, String logoDataUri) {
    School m = school.model();
    List<TimeRow> rows = m.schoolDay().groups().stream().map(g -> timeRow("", g)).toList();
    return build(m, m.school().name(), orEmpty(m.school().shortName()).isEmpty() ? m.school().name() : m.school().shortName(),
        m.trust() == null ? "" : m.trust().name(), rows, false, windows(m.schoolDay().groups()), rules, forPrint, logoDataUri);
  }

  /**
   * The federation-wide policy: the members' shared policy, with a table of every member's times.
   *
   * @param members the member schools (at least one), all extending one base
   * @param rules the national rules
   * @param forPrint whether the view is for the PDF
   */
  public PolicyView federation(List<ResolvedSchool> members, Rulebook rules, boolean forPrint) {
    School first = members.get(0).model();
    List<TimeRow> rows = new ArrayList<>();
    for (ResolvedSchool s : members) {
      for (PupilGroup g : s.model().schoolDay().groups()) {
        rows.add(timeRow(orEmpty(s.model().school().shortName()).isEmpty() ? s.model().school().name() : s.model().school().shortName(), g));
      }
    }
    String name = first.trust().name();
    String shortName = orEmpty(first.trust().shortName()).isEmpty() ? name : first.trust().shortName();
    List<String> windows = List.of("Each school's register times are in the table. In every school, a pupil who"
        + " arrives after the register has closed is recorded as absent (code U), even though they are in school.");
    return build(first, name, shortName, "", rows, true, windows, rules, forPrint, "");
  }

  private PolicyView build(School m, String name, String shortName, String trustName, List<TimeRow> timeRows,
      boolean federation, List<String> windows, Rulebook rules, boolean forPrint, String logo) {
    String policyTitle = m.policy().title();
    PolicyView.Meta meta = new PolicyView.Meta(
        "en-GB",
        policyTitle + " \u2013 " + name,
        "How " + shortName + " promotes good attendance, what parents must do, and what happens when a pupil is absent",
        name,
        forPrint,
        rules.name() + ", verified " + rules.verifiedAsOf().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
    String ratified = "";
    if (m.policy().ratified() != null && m.policy().ratified().date() != null) {
      ratified = date(m.policy().ratified().date())
          + (orEmpty(m.policy().ratified().by()).isEmpty() ? "" : " by " + m.policy().ratified().by());
    }
    PolicyView.Cover cover = new PolicyView.Cover(name, shortName, trustName, policyTitle,
        orEmpty(m.policy().academicYear()), ratified, date(m.policy().reviewDue()), orEmpty(m.policy().basedOn()),
        orEmpty(m.policy().version()), logo, "Logo of " + name);

    Map<String, String> letterTitles = m.letters().stream().collect(Collectors.toMap(Letter::id, Letter::title, (a, b) -> a));
    Prose p = m.prose();
    Map<String, String> prose = new LinkedHashMap<>();
    prose.put("introduction", html(p == null ? null : p.introduction()));
    prose.put("whyAttendanceMatters", html(p == null ? null : p.whyAttendanceMatters()));
    prose.put("promotingAttendance", html(p == null ? null : p.promotingAttendance()));
    prose.put("absenceProcedures", html(p == null ? null : p.absenceProcedures()));
    prose.put("lateness", html(p == null ? null : p.lateness()));
    prose.put("barriers", html(p == null ? null : p.barriers()));
    prose.put("partTimeTimetables", html(p == null ? null : p.partTimeTimetables()));
    prose.put("medicalAppointments", html(p == null ? null : p.medicalAppointments()));
    prose.put("leaveOfAbsence", html(p == null ? null : p.leaveOfAbsence()));
    prose.put("localAuthoritySupport", html(p == null ? null : p.localAuthoritySupport()));
    prose.put("deletionFromRoll", html(p == null ? null : p.deletionFromRoll()));
    prose.put("absenceData", html(p == null ? null : p.absenceData()));
    prose.put("rolesAndResponsibilities", html(p == null ? null : p.rolesAndResponsibilities()));
    prose.put("illnessNote", html(m.illness() == null ? null : m.illness().note()));

    List<Heading> headings = new ArrayList<>();
    String[][] standard = {
      {"contacts", "Who to contact about attendance"},
      {"why", "Why attendance matters"},
      {"school-day", "The school day and the register"},
      {"reporting", "Telling us about an absence"},
      {"absence", "Authorised and unauthorised absence"},
      {"levels", "Persistent and severe absence"},
      {"lateness", "Lateness"},
      {"escalation", "When attendance is a concern"},
      {"support", "Support and barriers to attendance"},
      {"leave", "Leave of absence in term time"},
      {"law", "The law and penalty notices"},
      {"la", "Working with the local authority"},
      {"leaving", "Leaving the school"},
      {"data", "How we use attendance data"},
    };
    for (String[] s : standard) {
      headings.add(new Heading(String.valueOf(headings.size() + 1), s[0], s[1]));
    }
    List<SectionView> extra = new ArrayList<>();
    if (p != null) {
      for (Prose.Section s : p.extraSections()) {
        Heading h = new Heading(String.valueOf(headings.size() + 1), "extra-" + s.id(), s.title());
        headings.add(h);
        extra.add(new SectionView(h.id(), h.number(), s.title(), html(s.body())));
      }
    }
    headings.add(new Heading(String.valueOf(headings.size() + 1), "codes", "Attendance codes"));
    Map<String, Heading> byId = new LinkedHashMap<>();
    headings.forEach(h -> byId.put(h.id(), h));

    return new PolicyView(meta, cover, List.copyOf(headings), byId, contacts(m.contacts(), orEmpty(m.school().phone())),
        new PolicyView.Day(timeRows, federation, windows, closeTimes(m)),
        reporting(m.absenceReporting()),
        new PolicyView.Absence(medicalEvidence(m.illness()), String.valueOf(rules.returns().illnessDays())),
        levels(m.thresholds(), rules, letterTitles),
        lateness(m.thresholds(), letterTitles),
        flows(m.escalation(), letterTitles),
        leave(m.leave(), rules),
        law(m, rules),
        la(m, rules),
        prose, extra, codes(m.codes()), annexes(m.annexes()));
  }

  private String html(String md) {
    return markdown.toHtml(md);
  }

  /**
   * One row per named person. A person the school gives no email or phone for is reached through
   * the school office, so the row says so (with the school's number, if the model has one) rather
   * than leaving the reader two empty cells.
   */
  private static List<ContactRow> contacts(Contacts c, String schoolPhone) {
    List<ContactRow> rows = new ArrayList<>();
    if (c == null) {
      return rows;
    }
    BiConsumer<String, Person> add = (role, p) -> {
      if (p == null) {
        return;
      }
      String email = orEmpty(p.email());
      String phone = orEmpty(p.phone());
      if (email.isEmpty() && phone.isEmpty()) {
        email = "Through the school office";
        phone = schoolPhone;
      }
      rows.add(new ContactRow(role, p.name(), orEmpty(p.role()), email, phone));
    };
    add.accept("Senior attendance champion", c.seniorAttendanceChampion());
    c.dayToDay().forEach(p -> add.accept("Day-to-day attendance", p));
    c.individualSupport().forEach(p -> add.accept("More detailed support", p));
    add.accept("Governor for attendance", c.attendanceGovernor());
    c.others().forEach(p -> add.accept(orEmpty(p.role()).isEmpty() ? "Other" : p.role(), p));
    return rows;
  }

  private static TimeRow timeRow(String school, PupilGroup g) {
    String week = "\u2013";
    if (g.morningRegister() != null && g.endOfDay() != null) {
      week = Formats.hours(g.morningRegister().opens().minutesUntil(g.endOfDay()) * 5);
    }
    return new TimeRow(school, g.name(), dash(time(g.gatesOpen())), register(g.morningRegister()),
        register(g.afternoonRegister()), dash(time(g.endOfDay())), week);
  }

  private static String register(Register r) {
    if (r == null) {
      return "\u2013";
    }
    return r.closes() == null ? "from " + time(r.opens()) : time(r.opens()) + "\u2013" + time(r.closes());
  }

  private static String dash(String s) {
    return s.isEmpty() ? "\u2013" : s;
  }

  private static List<String> windows(List<PupilGroup> groups) {
    List<String> out = new ArrayList<>();
    for (PupilGroup g : groups) {
      String who = groups.size() > 1 ? g.name() + ": " : "";
      out.add(window(who, "morning", g.morningRegister()));
      if (g.afternoonRegister() != null) {
        out.add(window(who, "afternoon", g.afternoonRegister()));
      }
    }
    out.removeIf(String::isEmpty);
    return out;
  }

  private static String window(String who, String session, Register r) {
    if (r == null) {
      return "";
    }
    if (r.closes() == null) {
      return who + "the " + session + " register is taken at " + time(r.opens()) + ".";
    }
    return who + "the " + session + " register opens at " + time(r.opens()) + " and closes at " + time(r.closes())
        + ". A pupil who arrives by " + time(r.closes()) + " is marked late (code L) and counts as present;"
        + " a pupil who arrives after " + time(r.closes()) + " is recorded as absent without authorisation (code U),"
        + " even though they are in school.";
  }

  private static String closeTimes(School m) {
    return Formats.list(m.schoolDay().groups().stream()
        .filter(g -> g.morningRegister() != null && g.morningRegister().closes() != null)
        .map(g -> time(g.morningRegister().closes())).distinct().toList());
  }

  private static PolicyView.Reporting reporting(AbsenceReporting r) {
    if (r == null) {
      return new PolicyView.Reporting("", false, List.of(), List.of());
    }
    List<ChannelRow> channels = r.channels().stream().map(c -> new ChannelRow(channelLabel(c.type()), orEmpty(c.value()),
        orEmpty(c.note()))).toList();
    return new PolicyView.Reporting(time(r.deadline()), Boolean.TRUE.equals(r.everyDay()), channels, r.whatToSay());
  }

  private static String channelLabel(AbsenceReporting.ChannelType t) {
    switch (t) {
      case PHONE: return "Phone";
      case EMAIL: return "Email";
      case APP: return "The school app";
      case ANSWERPHONE: return "Answerphone";
      case IN_PERSON: return "In person at the school office";
      case TEXT_MESSAGE: return "Text message";
      case LETTER: return "A written note";
      case WEBSITE: return "The school website";
      default: return t.name();
    }
  }

  private static String medicalEvidence(Illness illness) {
    Illness.MedicalEvidence e = illness == null ? null : illness.medicalEvidence();
    if (e == null || e == Illness.MedicalEvidence.WHEN_IN_DOUBT) {
      return "A parent's report of illness is normally enough. We ask for medical evidence only where we have a"
          + " genuine and reasonable doubt that an absence is due to illness, and we accept any reasonable form of it,"
          + " such as a prescription or an appointment card.";
    }
    if (e == Illness.MedicalEvidence.REPEATED_ILLNESS) {
      return "A parent's report of illness is normally enough. Where illness absences are frequent or repeated, we"
          + " may ask for medical evidence, such as a prescription or an appointment card.";
    }
    return "We ask for medical evidence, such as a prescription or an appointment card, for illness absences.";
  }

  private static PolicyView.Levels levels(Thresholds t, Rulebook rules, Map<String, String> letters) {
    int sessions = rules.schoolYear().sessionsPerYear();
    int pa = (int) Math.round(sessions * rules.absence().persistentPercent() / 100.0);
    List<BandRow> bands = new ArrayList<>();
    if (t != null) {
      for (Thresholds.Band b : t.bands()) {
        bands.add(new BandRow(b.label(), range(b), orEmpty(b.meaning()), b.letter() == null ? "" : letters.getOrDefault(b.letter(), "")));
      }
    }
    return new PolicyView.Levels(percent(rules.absence().persistentPercent()), percent(rules.absence().severePercent()),
        pa + " sessions (" + pa / 2 + " school days)", String.valueOf(sessions),
        t == null || t.target() == null ? "" : percent(t.target()), bands);
  }

  private static String range(Thresholds.Band b) {
    String low = b.atLeast() != null ? percent(b.atLeast()) + " or more" : b.above() != null ? "above " + percent(b.above()) : "";
    String high = b.below() != null ? "below " + percent(b.below()) : b.atMost() != null ? percent(b.atMost()) + " or less" : "";
    if (b.atLeast() != null && b.below() != null) {
      return percent(b.atLeast()) + " up to " + percent(b.below());
    }
    if (!low.isEmpty() && !high.isEmpty()) {
      return low + " and " + high;
    }
    return low.isEmpty() ? high : low;
  }

  private static PolicyView.Lateness lateness(Thresholds t, Map<String, String> letters) {
    List<LateRow> rows = new ArrayList<>();
    if (t != null) {
      for (Thresholds.LatenessTrigger l : t.lateness()) {
        String when = l.count() == null ? "" : l.count() + (l.count() == 1 ? " late arrival" : " late arrivals");
        if (l.period() != null) {
          when = when + (when.isEmpty() ? "" : " in ") + (l.period().startsWith("the ") || l.period().startsWith("a ") ? "" : "a ") + l.period();
        }
        rows.add(new LateRow(when, l.action(), l.letter() == null ? "" : letters.getOrDefault(l.letter(), "")));
      }
    }
    return new PolicyView.Lateness(rows);
  }

  private static List<Flow> flows(List<Escalation> flows, Map<String, String> letters) {
    List<Flow> out = new ArrayList<>();
    for (Escalation e : flows) {
      List<StageView> stages = new ArrayList<>();
      for (Escalation.Stage s : e.stages()) {
        stages.add(new StageView(String.valueOf(stages.size() + 1), s.title(), s.trigger().text(), s.actions(),
            orEmpty(s.owner()), s.letter() == null ? "" : letters.getOrDefault(s.letter(), "")));
      }
      String description = e.title() + ": " + stages.size() + " stages. "
          + stages.stream().map(s -> "Stage " + s.number() + ", " + s.title() + ": " + s.trigger()).collect(Collectors.joining(". "))
          + ".";
      out.add(new Flow(e.title(), orEmpty(e.monitoring()), stages, description));
    }
    return out;
  }

  private PolicyView.LeaveView leave(Leave l, Rulebook rules) {
    List<CodeRow> grounds = rules.leaveGrounds().stream().map(c -> codeRow(c, "")).toList();
    if (l == null) {
      return new PolicyView.LeaveView("", "", "", "the headteacher", List.of(), "", "", List.of(), List.of(), List.of(), grounds);
    }
    Leave.ExceptionalCircumstances ec = l.exceptionalCircumstances();
    return new PolicyView.LeaveView(html(l.howToRequest()), orEmpty(l.requestForm()),
        l.applyAheadDays() == null ? "" : "at least " + l.applyAheadDays() + " days before the leave would start",
        orEmpty(l.decidedBy()).isEmpty() ? "the headteacher" : "the " + l.decidedBy().substring(0, 1).toLowerCase(Locale.UK) + l.decidedBy().substring(1),
        l.statements(),
        ec == null ? "" : html(ec.definition()),
        ec == null ? "" : Formats.list(ec.principles()),
        ec == null ? List.of() : ec.examplesGranted(),
        ec == null ? List.of() : ec.examplesRefused(),
        ec == null ? List.of() : ec.restrictedPeriods(),
        grounds);
  }

  private static PolicyView.Law law(School m, Rulebook rules) {
    Rulebook.Penalties p = rules.penalties();
    Rulebook.Prosecution pr = rules.prosecution();
    boolean nti = m.penaltyNotices() != null && m.penaltyNotices().noticeToImprove() != null
        && Boolean.TRUE.equals(m.penaltyNotices().noticeToImprove().used());
    String coc = m.penaltyNotices() != null && m.penaltyNotices().codeOfConduct() != null ? m.penaltyNotices().codeOfConduct()
        : orEmpty(m.school().localAuthority().codeOfConduct());
    return new PolicyView.Law(String.valueOf(p.thresholdSessions()), String.valueOf(p.thresholdSchoolWeeks()),
        Formats.list(p.thresholdCodes().stream().map(AttendanceCode::code).toList()),
        money(p.firstReducedAmount()), String.valueOf(p.firstReducedDays()), money(p.firstFullAmount()),
        String.valueOf(p.firstFullDays()), money(p.secondAmount()), String.valueOf(p.secondDays()),
        Formats.words(p.maxNotices()), Formats.words(p.perYears()), money(pr.s444Section1MaxFine()),
        money(pr.s444Section1AMaxFine()), String.valueOf(pr.s444Section1AMaxMonths()), nti,
        p.noticeToImproveMinWeeks() + " to " + p.noticeToImproveMaxWeeks(), coc);
  }

  private static PolicyView.La la(School m, Rulebook rules) {
    var la = m.school().localAuthority();
    String service = la.attendanceSupport() == null ? "" : la.attendanceSupport().name();
    String contact = "";
    if (la.attendanceSupport() != null) {
      var s = la.attendanceSupport();
      contact = orEmpty(s.website()).isEmpty() ? orEmpty(s.email()).isEmpty() ? orEmpty(s.phone()) : s.email() : s.website();
    }
    return new PolicyView.La(la.name(), service, contact, String.valueOf(rules.returns().newPupilDays()),
        String.valueOf(rules.returns().continuousUnauthorisedDays()), String.valueOf(rules.returns().illnessDays()),
        String.valueOf(rules.returns().deletionAfterDays()), Formats.ordinal(rules.schoolYear().suspensionProvisionFromDay()),
        String.valueOf(rules.registers().unknownReasonDays()), String.valueOf(rules.registers().retentionYears()));
  }

  private static List<CodeRow> codes(List<CodeEntry> published) {
    Map<String, String> notes = new LinkedHashMap<>();
    for (CodeEntry e : published) {
      AttendanceCode.find(e.code()).ifPresent(c -> {
        if (e.note() != null) {
          notes.put(c.code(), e.note());
        }
      });
    }
    return AttendanceCode.all().stream().map(c -> codeRow(c, notes.getOrDefault(c.code(), ""))).toList();
  }

  private static CodeRow codeRow(AttendanceCode c, String note) {
    return new CodeRow(c.code(), c.meaning(), c.group().label(), counts(c.treatment()), note);
  }

  private static String counts(Treatment t) {
    switch (t) {
      case ATTENDANCE: return "Present";
      case AUTHORISED_ABSENCE: return "Authorised absence";
      case UNAUTHORISED_ABSENCE: return "Unauthorised absence";
      default: return "Not counted";
    }
  }

  private List<AnnexView> annexes(List<Annex> annexes) {
    List<AnnexView> out = new ArrayList<>();
    for (Annex a : annexes) {
      String letter = String.valueOf((char) ('A' + out.size()));
      PolicyView.TableView table = a.table() == null ? null
          : new PolicyView.TableView(a.table().caption(), a.table().columns(), a.table().rows());
      out.add(new AnnexView(letter, "annex-" + a.id(), a.title(), html(a.body()), orEmpty(a.link()), table));
    }
    return out;
  }
}
