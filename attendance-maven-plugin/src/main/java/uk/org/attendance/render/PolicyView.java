package uk.org.attendance.render;

import java.util.List;
import java.util.Map;

/**
 * Everything the policy template prints, decided and formatted in Java, each piece with its source:
 * the school's model, a statement of law from the rulebook, or the checker. Templates only loop,
 * print and branch on presence; headings and table labels are theirs. A piece the school has not
 * given is absent, never filled with wording of ours. Immutable.
 *
 * @param meta document metadata
 * @param cover the cover page
 * @param review the checker's verdict: draft or final, outstanding findings, known departures
 * @param colophon the closing sentence: when the policy was checked, and against what
 * @param headings the numbered sections in order, for the contents list
 * @param headingById the same headings by id, for the section headings themselves
 * @param contacts who to contact
 * @param why why attendance matters, and the school's aims
 * @param day the school day and the register
 * @param reporting reporting an absence and what the school does when it has not heard
 * @param absence illness and appointments
 * @param levels persistent and severe absence, the school's target and bands
 * @param lateness lateness
 * @param escalation the school's escalation flowcharts
 * @param support barriers and support
 * @param leave leave of absence
 * @param law the national penalty framework and prosecution
 * @param la the local authority, returns and registers
 * @param leaving leaving the school
 * @param data how the school uses attendance data
 * @param extraSections sections particular to the school
 * @param codes the national code table with the school's notes
 * @param annexes the school's annexes
 */
public record PolicyView(
    Meta meta,
    Cover cover,
    Review review,
    Fact colophon,
    List<Heading> headings,
    Map<String, Heading> headingById,
    ContactsSection contacts,
    Why why,
    Day day,
    Reporting reporting,
    Absence absence,
    Levels levels,
    Lateness lateness,
    List<Flow> escalation,
    Support support,
    LeaveView leave,
    Law law,
    La la,
    Leaving leaving,
    Words data,
    List<SectionView> extraSections,
    Codes codes,
    List<AnnexView> annexes) {

  /**
   * @param lang the document language, "en-GB"
   * @param title the document title (PDF title and HTML title)
   * @param subject the PDF subject
   * @param author the school or trust
   * @param forPrint whether this is the PDF (cover, contents with page numbers, running header)
   * @param annotated whether each block shows where it comes from (for governors)
   * @param draft whether the document is a draft, not ready to publish
   */
  public record Meta(
      String lang,
      String title,
      String subject,
      String author,
      boolean forPrint,
      boolean annotated,
      boolean draft) {}

  /**
   * A label (the document's own) and a value (the school's or the law's).
   *
   * @param label e.g. "Ratified"
   * @param value e.g. "14 October 2024 by the Full Governing Body"
   */
  public record Row(String label, Fact value) {}

  /**
   * Something to follow: a web address, an email or a phone number.
   *
   * @param text as printed
   * @param href {@code https:}, {@code mailto:} or {@code tel:}, or "" for plain text
   */
  public record Link(String text, String href) {}

  /**
   * @param name the school's (or trust's) full name
   * @param shortName the name used in running text
   * @param trustName the trust or federation, or ""
   * @param policyTitle e.g. "Attendance Policy"
   * @param identity the school's address, phone, email and website, each a line
   * @param rows ratified, review due, school year, based on, version, owner, as given
   * @param logoDataUri the logo as a data: URI, or ""
   * @param logoAlt alternative text for the logo
   * @param src where the school's name and identity come from
   */
  public record Cover(
      String name,
      String shortName,
      String trustName,
      String policyTitle,
      List<Link> identity,
      List<Row> rows,
      String logoDataUri,
      String logoAlt,
      Src src) {}

  /**
   * @param number "1"
   * @param id the anchor, e.g. "contacts"
   * @param title e.g. "Who to contact about attendance"
   */
  public record Heading(String number, String id, String title) {}

  /**
   * @param rows one per named person
   * @param championRole what the senior attendance champion is (law)
   * @param src the contacts in the school's file
   */
  public record ContactsSection(List<ContactRow> rows, Fact championRole, Src src) {}

  /**
   * @param kind which of the school's contacts this is
   * @param role what to contact them about, e.g. "Day-to-day attendance"
   * @param name e.g. "Mrs E Faircloth"
   * @param jobTitle e.g. "Attendance Officer", or ""
   * @param email an email link, or text such as "Through the school office"
   * @param phone a phone link, or ""
   */
  public record ContactRow(
      For kind, String role, String name, String jobTitle, Link email, Link phone) {

    /** Which of the school's contacts a row is: the leaflet keeps those parents contact. */
    public enum For {
      CHAMPION,
      DAY_TO_DAY,
      SUPPORT,
      HEADTEACHER,
      GOVERNOR,
      OTHER;

      /** Whether parents are pointed to this contact in the leaflet. */
      public boolean forParents() {
        return this != HEADTEACHER && this != GOVERNOR;
      }
    }
  }

  /**
   * @param introduction the school's introduction
   * @param whyAttendanceMatters the school's words on why attendance matters
   * @param promoting how the school promotes and rewards attendance
   * @param roles who does what
   */
  public record Why(Words introduction, Words whyAttendanceMatters, Words promoting, Words roles) {}

  /**
   * @param rows one row per pupil group (per school, in a federation)
   * @param showSchoolColumn whether the first column names the school (federation policies)
   * @param showWeekColumn whether any group has a week length to show
   * @param windows each session's register times in words, per group
   * @param sessions that there are two sessions and when the register is taken (law)
   * @param late what L and U mean (law)
   * @param src the school day in the school's file
   */
  public record Day(
      List<TimeRow> rows,
      boolean showSchoolColumn,
      boolean showWeekColumn,
      List<Fact> windows,
      Fact sessions,
      Fact late,
      Src src) {}

  /**
   * @param school the member school, in a federation policy
   * @param group e.g. "Reception"
   * @param gatesOpen e.g. "8:40am", or "–"
   * @param morning e.g. "8:50am to 9:00am"
   * @param afternoon e.g. "1:00pm to 1:10pm", or "–"
   * @param endOfDay e.g. "3:15pm"
   * @param weekHours e.g. "32.5 hours", or "–"
   */
  public record TimeRow(
      String school,
      String group,
      String gatesOpen,
      String morning,
      String afternoon,
      String endOfDay,
      String weekHours) {}

  /**
   * @param deadline when and how often to tell the school, or absent
   * @param channels how to tell the school
   * @param channelsSrc where the channels come from
   * @param whatToSay what to say
   * @param followUp what the school does when it has not heard
   * @param procedures the school's own words on absence procedures
   */
  public record Reporting(
      Fact deadline,
      List<ChannelRow> channels,
      Src channelsSrc,
      List<Fact> whatToSay,
      List<Fact> followUp,
      Words procedures) {}

  /**
   * @param label e.g. "Phone"
   * @param value the number, address or app, as a link where one can be followed
   * @param note e.g. "you may be called back", or ""
   * @param missing whether the school gives no way to use this channel (a draft shows the gap)
   */
  public record ChannelRow(String label, Link value, String note, boolean missing) {}

  /**
   * @param illness the school's stance on medical evidence, or absent
   * @param illnessNote the school's words on illness
   * @param appointments the school's words on medical appointments
   */
  public record Absence(Fact illness, Words illnessNote, Words appointments) {}

  /**
   * @param persistent the national definition (law)
   * @param severe the national definition (law)
   * @param target the school's target, or absent
   * @param bands the school's bands
   * @param bandsSrc where the bands come from
   */
  public record Levels(
      Fact persistent, Fact severe, Fact target, List<BandRow> bands, Src bandsSrc) {}

  /**
   * @param label e.g. "Green"
   * @param range e.g. "96% or more"
   * @param meaning what the school does, or ""
   * @param letter the letter it sends, or ""
   */
  public record BandRow(String label, String range, String meaning, String letter) {}

  /**
   * @param triggers the school's lateness triggers
   * @param triggersSrc where they come from
   * @param procedure the school's own words on lateness
   */
  public record Lateness(List<LateRow> triggers, Src triggersSrc, Words procedure) {}

  /**
   * @param when e.g. "3 late arrivals in a half term"
   * @param action what the school does
   * @param letter the letter it sends, or ""
   */
  public record LateRow(String when, String action, String letter) {}

  /**
   * One escalation flowchart.
   *
   * @param title e.g. "When a child is absent"
   * @param monitoring how often the school looks, or absent
   * @param stages in order
   * @param description the whole chart in one sentence, for screen readers
   * @param src where the flowchart comes from
   */
  public record Flow(
      String title, Fact monitoring, List<StageView> stages, String description, Src src) {}

  /**
   * @param number "1"
   * @param title the stage's title
   * @param trigger when it starts
   * @param actions what the school does
   * @param owner who is responsible, or ""
   * @param letter the letter it sends, or ""
   * @param legalIntervention whether the family is referred for legal intervention here
   */
  public record StageView(
      String number,
      String title,
      String trigger,
      List<String> actions,
      String owner,
      String letter,
      boolean legalIntervention) {}

  /**
   * @param barriers the school's words on barriers and support
   * @param partTimeTimetables the school's words on part-time timetables
   */
  public record Support(Words barriers, Words partTimeTimetables) {}

  /**
   * @param grounds when leave can be granted (law)
   * @param holiday holidays are generally not exceptional (law)
   * @param whoAllows who receives a penalty notice after leave without permission (law)
   * @param howToRequest the school's words on how to ask
   * @param details how far ahead, the form, who decides: the school's choices
   * @param statements the school's own rules on leave
   * @param definition the school's definition of exceptional circumstances
   * @param principles its principles, e.g. "rare, significant, unavoidable and short"
   * @param applyFor occasions to ask about in advance
   * @param examplesGranted examples the school may agree to
   * @param examplesRefused examples the school will not agree to
   * @param restrictedPeriods times leave is very unlikely to be agreed
   * @param prose the school's other words on leave
   * @param groundRows the national grounds (law)
   * @param groundsSrc the rule ids of the grounds
   * @param src where the school's leave choices come from
   */
  public record LeaveView(
      Fact grounds,
      Fact holiday,
      Fact whoAllows,
      Words howToRequest,
      List<Fact> details,
      List<Fact> statements,
      Words definition,
      Fact principles,
      List<String> applyFor,
      List<String> examplesGranted,
      List<String> examplesRefused,
      List<String> restrictedPeriods,
      Words prose,
      List<CodeRow> groundRows,
      Src groundsSrc,
      Src src) {}

  /**
   * @param threshold the national threshold (law)
   * @param consider case-by-case consideration (law)
   * @param who who receives notices and who issues them (law)
   * @param amounts the first and second notices (law)
   * @param amountsSrc the rule ids of the amounts
   * @param limit two notices in three years (law)
   * @param unpaid what happens to an unpaid notice (law)
   * @param noticeToImprove what a notice to improve is (law), when the school uses them
   * @param noticeToImproveDetails the school's support, improvement and early-issue choices
   * @param schoolStatements what the school's policy says besides (local triggers, after the limit)
   * @param codeOfConduct the local authority's code of conduct, or null
   * @param prosecution court penalties (law)
   * @param parent who counts as a parent (law)
   */
  public record Law(
      Fact threshold,
      Fact consider,
      Fact who,
      List<Row> amounts,
      Src amountsSrc,
      Fact limit,
      Fact unpaid,
      Fact noticeToImprove,
      List<Row> noticeToImproveDetails,
      List<Fact> schoolStatements,
      Link codeOfConduct,
      Src codeOfConductSrc,
      Fact prosecution,
      Fact parent) {}

  /**
   * @param workWith the local authority and its support service (the school's)
   * @param supportContact how to reach the service, or null
   * @param returns what the school must tell the local authority (law)
   * @param registers how registers are kept (law)
   * @param suspension education during a suspension (law)
   * @param prose the school's own words
   */
  public record La(
      Fact workWith,
      Link supportContact,
      List<Fact> returns,
      Fact registers,
      Fact suspension,
      Words prose) {}

  /**
   * @param prose the school's own words on leaving
   * @param missingEducation what "child missing education" means (law)
   */
  public record Leaving(Words prose, Fact missingEducation) {}

  /**
   * @param id the anchor
   * @param number "15"
   * @param title the school's title
   * @param body the school's words
   */
  public record SectionView(String id, String number, String title, Words body) {}

  /**
   * @param intro what the codes are (law)
   * @param rows every national code
   * @param showNotes whether any code has a note from the school
   * @param src the rule ids of the code set
   */
  public record Codes(Fact intro, List<CodeRow> rows, boolean showNotes, Src src) {}

  /**
   * @param code e.g. "G"
   * @param meaning the national meaning
   * @param group the national group
   * @param counts how it counts: attendance, authorised or unauthorised absence, not counted
   * @param note the school's note, or ""
   */
  public record CodeRow(String code, String meaning, String group, String counts, String note) {}

  /**
   * @param letter "A"
   * @param id the anchor
   * @param title the annex title
   * @param body the school's words, or absent
   * @param link a link, or null
   * @param table a table, or null
   * @param src where the annex comes from
   */
  public record AnnexView(
      String letter, String id, String title, Words body, Link link, TableView table, Src src) {
    /** Whether there is a table (FreeMarker cannot test a null record for content). */
    public boolean hasTable() {
      return table != null;
    }

    /** Whether there is a link. */
    public boolean hasLink() {
      return link != null;
    }
  }

  /**
   * @param caption the table's caption
   * @param columns the column headings
   * @param rows the cells, the first of each row a row heading
   */
  public record TableView(String caption, List<String> columns, List<List<String>> rows) {}
}
