package uk.org.attendance.render;

import java.util.List;
import java.util.Map;

/**
 * Everything the policy templates print, already decided and formatted in Java: money as "£80",
 * dates as "14 October 2024", times as "8:50am", HTML already made safe. Templates only loop,
 * print and branch on the booleans here. Immutable.
 *
 * @param meta document metadata
 * @param cover the cover page
 * @param headings the numbered sections in order, for the contents list
 * @param headingById the same headings by id, for the section headings themselves
 * @param contacts who to contact
 * @param day the school day
 * @param reporting reporting an absence
 * @param absence authorised and unauthorised absence, illness
 * @param levels persistent and severe absence, and the school's bands
 * @param lateness lateness
 * @param escalation the school's escalation flowcharts
 * @param leave leave of absence
 * @param law the law and the national penalty framework
 * @param la the local authority
 * @param prose the school's own words, as safe HTML ("" where it has none)
 * @param extraSections sections particular to the school
 * @param codes the national code table with the school's notes
 * @param annexes annexes
 */
public record PolicyView(
    Meta meta,
    Cover cover,
    List<Heading> headings,
    Map<String, Heading> headingById,
    List<ContactRow> contacts,
    Day day,
    Reporting reporting,
    Absence absence,
    Levels levels,
    Lateness lateness,
    List<Flow> escalation,
    LeaveView leave,
    Law law,
    La la,
    Map<String, String> prose,
    List<SectionView> extraSections,
    List<CodeRow> codes,
    List<AnnexView> annexes) {

  /**
   * @param lang the document language, "en-GB"
   * @param title the document title (PDF title and HTML title)
   * @param subject the PDF subject
   * @param author the school or trust
   * @param forPrint whether this is the PDF (cover, contents with page numbers, running header)
   * @param rulebook which national rules the facts come from, and when they were verified
   */
  public record Meta(String lang, String title, String subject, String author, boolean forPrint, String rulebook) {}

  /**
   * @param name the school's (or trust's) full name
   * @param shortName the name used in running text
   * @param trustName the trust or federation, or ""
   * @param policyTitle e.g. "Attendance Policy"
   * @param academicYear e.g. "2025/26", or ""
   * @param ratified e.g. "14 October 2024 by the Full Governing Body", or ""
   * @param reviewDue e.g. "Autumn 2026", or ""
   * @param basedOn the model policy, or ""
   * @param version the school's version label, or ""
   * @param logoDataUri the logo as a data: URI, or ""
   * @param logoAlt alternative text for the logo
   */
  public record Cover(
      String name,
      String shortName,
      String trustName,
      String policyTitle,
      String academicYear,
      String ratified,
      String reviewDue,
      String basedOn,
      String version,
      String logoDataUri,
      String logoAlt) {}

  /**
   * A numbered section.
   *
   * @param number e.g. "3"
   * @param id anchor id, e.g. "school-day"
   * @param title e.g. "The school day"
   */
  public record Heading(String number, String id, String title) {}

  /**
   * @param role what the person does for attendance, e.g. "Senior attendance champion"
   * @param name the person
   * @param jobTitle their job title, or ""
   * @param email or ""
   * @param phone or ""
   */
  public record ContactRow(String role, String name, String jobTitle, String email, String phone) {}

  /**
   * @param rows one row per pupil group (and per member school, for a federation)
   * @param showSchoolColumn whether rows name their school (a federation's table)
   * @param registerWindows one sentence per register, e.g. "Morning: the register opens at 8:50am
   *     and closes at 9:20am."
   * @param closeTimes the closing times of the morning register, e.g. "9:20am"
   */
  public record Day(List<TimeRow> rows, boolean showSchoolColumn, List<String> registerWindows, String closeTimes) {}

  /**
   * @param school the school, for a federation's table, or ""
   * @param group the pupil group
   * @param gatesOpen or "–"
   * @param morning e.g. "8:50am–9:20am"
   * @param afternoon e.g. "1pm–1:30pm", "from 1:15pm" or "–"
   * @param endOfDay or "–"
   * @param weekHours e.g. "32.5 hours", or "–"
   */
  public record TimeRow(
      String school, String group, String gatesOpen, String morning, String afternoon, String endOfDay, String weekHours) {}

  /**
   * @param deadline e.g. "9:15am", or ""
   * @param everyDay whether to report every day of absence
   * @param channels how to report
   * @param whatToSay what to include
   */
  public record Reporting(String deadline, boolean everyDay, List<ChannelRow> channels, List<String> whatToSay) {}

  /**
   * @param label e.g. "Phone"
   * @param value e.g. "01234 567890", or ""
   * @param note or ""
   */
  public record ChannelRow(String label, String value, String note) {}

  /**
   * @param medicalEvidence the school's practice on medical evidence, in a sentence
   * @param illnessReturnDays school days of illness after which the LA is told (R-LA-04)
   */
  public record Absence(String medicalEvidence, String illnessReturnDays) {}

  /**
   * @param persistent "10%"
   * @param severe "50%"
   * @param persistentSessions e.g. "38 sessions (19 school days)" in a full year
   * @param sessionsPerYear "380"
   * @param target the school's target, e.g. "96%", or ""
   * @param bands the school's bands
   */
  public record Levels(
      String persistent, String severe, String persistentSessions, String sessionsPerYear, String target, List<BandRow> bands) {}

  /**
   * @param label e.g. "Upper amber"
   * @param range e.g. "94% up to 96%"
   * @param meaning what happens, or ""
   * @param letter the letter's title, or ""
   */
  public record BandRow(String label, String range, String meaning, String letter) {}

  /**
   * @param triggers the school's lateness triggers
   */
  public record Lateness(List<LateRow> triggers) {}

  /**
   * @param when e.g. "10 late arrivals in a half term"
   * @param action what the school does
   * @param letter the letter's title, or ""
   */
  public record LateRow(String when, String action, String letter) {}

  /**
   * A flowchart.
   *
   * @param title as printed
   * @param monitoring how often, or ""
   * @param stages in order
   * @param description a text alternative describing the whole chart
   */
  public record Flow(String title, String monitoring, List<StageView> stages, String description) {}

  /**
   * @param number "1", "2", ...
   * @param title as printed
   * @param trigger when it starts
   * @param actions what happens
   * @param owner who is responsible, or ""
   * @param letter the letter sent, or ""
   */
  public record StageView(String number, String title, String trigger, List<String> actions, String owner, String letter) {}

  /**
   * @param howToRequestHtml how to ask (safe HTML)
   * @param requestForm link to the form, or ""
   * @param applyAhead e.g. "at least 14 days before the leave starts", or ""
   * @param decidedBy e.g. "the headteacher"
   * @param statements the school's statements
   * @param definitionHtml what counts as exceptional (safe HTML), or ""
   * @param principles e.g. "rare, significant, unavoidable and short", or ""
   * @param examplesGranted examples that may be granted
   * @param examplesRefused examples that will not be
   * @param restrictedPeriods times when leave is unlikely
   * @param grounds the reasons leave may be granted for, nationally (R-LOA-01)
   */
  public record LeaveView(
      String howToRequestHtml,
      String requestForm,
      String applyAhead,
      String decidedBy,
      List<String> statements,
      String definitionHtml,
      String principles,
      List<String> examplesGranted,
      List<String> examplesRefused,
      List<String> restrictedPeriods,
      List<CodeRow> grounds) {}

  /**
   * The national framework, from the rulebook (never typed in a template).
   *
   * @param thresholdSessions "10"
   * @param thresholdWeeks "10"
   * @param thresholdCodes "G, N, O and U"
   * @param firstReduced "£80"
   * @param firstReducedDays "21"
   * @param firstFull "£160"
   * @param firstFullDays "28"
   * @param second "£160"
   * @param secondDays "28"
   * @param maxNotices "two"
   * @param perYears "three"
   * @param s444Fine "£1,000"
   * @param s444aFine "£2,500"
   * @param s444aMonths "3"
   * @param usesNoticeToImprove whether the school uses notices to improve
   * @param noticeToImproveWeeks "3 to 6"
   * @param codeOfConduct the LA's code of conduct link, or ""
   */
  public record Law(
      String thresholdSessions,
      String thresholdWeeks,
      String thresholdCodes,
      String firstReduced,
      String firstReducedDays,
      String firstFull,
      String firstFullDays,
      String second,
      String secondDays,
      String maxNotices,
      String perYears,
      String s444Fine,
      String s444aFine,
      String s444aMonths,
      boolean usesNoticeToImprove,
      String noticeToImproveWeeks,
      String codeOfConduct) {}

  /**
   * @param name the LA
   * @param supportService the LA's attendance support service, or ""
   * @param supportContact its website, email or phone, or ""
   * @param newPupilDays "5"
   * @param unauthorisedDays "10"
   * @param illnessDays "15"
   * @param deletionDays "20"
   * @param suspensionDay "sixth"
   * @param nReplacedDays "5"
   * @param retentionYears "6"
   */
  public record La(
      String name,
      String supportService,
      String supportContact,
      String newPupilDays,
      String unauthorisedDays,
      String illnessDays,
      String deletionDays,
      String suspensionDay,
      String nReplacedDays,
      String retentionYears) {}

  /**
   * @param id anchor id
   * @param number e.g. "15"
   * @param title as printed
   * @param bodyHtml safe HTML
   */
  public record SectionView(String id, String number, String title, String bodyHtml) {}

  /**
   * @param code e.g. "Y7"
   * @param meaning the national meaning
   * @param group the national group
   * @param counts how it counts, e.g. "Authorised absence"
   * @param note the school's local note, or ""
   */
  public record CodeRow(String code, String meaning, String group, String counts, String note) {}

  /**
   * @param letter "A", "B", ...
   * @param id anchor id
   * @param title as printed
   * @param bodyHtml safe HTML, or ""
   * @param link a link, or ""
   * @param table a table, or null
   */
  public record AnnexView(String letter, String id, String title, String bodyHtml, String link, TableView table) {
    /** Whether the annex has a table. */
    public boolean hasTable() {
      return table != null;
    }
  }

  /**
   * @param caption printed above
   * @param columns headings
   * @param rows cells
   */
  public record TableView(String caption, List<String> columns, List<List<String>> rows) {}
}
