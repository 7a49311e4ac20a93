package uk.org.attendance.render;

import java.util.List;

/**
 * The parent leaflet, prepared for the template: plain words, everything formatted.
 *
 * @param meta document metadata
 * @param schoolName the school
 * @param times one row per pupil group
 * @param deadline by when to report an absence, e.g. "9:15am", or ""
 * @param everyDay whether to report every day
 * @param channels how to report
 * @param whatToSay what to say
 * @param target the school's target, e.g. "96%", or ""
 * @param bands the school's bands
 * @param thresholdSessions "10"
 * @param thresholdDays "5"
 * @param thresholdWeeks "10"
 * @param firstReduced "£80"
 * @param firstReducedDays "21"
 * @param firstFull "£160"
 * @param firstFullDays "28"
 * @param second "£160"
 * @param contacts who to contact
 * @param policyWhere where the full policy is
 */
public record LeafletView(
    PolicyView.Meta meta,
    String schoolName,
    List<TimeRow> times,
    String deadline,
    boolean everyDay,
    List<PolicyView.ChannelRow> channels,
    List<String> whatToSay,
    String target,
    List<PolicyView.BandRow> bands,
    String thresholdSessions,
    String thresholdDays,
    String thresholdWeeks,
    String firstReduced,
    String firstReducedDays,
    String firstFull,
    String firstFullDays,
    String second,
    List<PolicyView.ContactRow> contacts,
    String policyWhere) {

  /**
   * @param group e.g. "All pupils"
   * @param gatesOpen e.g. "8:40am", or "–"
   * @param registerCloses e.g. "9:10am", or "–"
   * @param endOfDay e.g. "3:15pm", or "–"
   */
  public record TimeRow(String group, String gatesOpen, String registerCloses, String endOfDay) {}
}
