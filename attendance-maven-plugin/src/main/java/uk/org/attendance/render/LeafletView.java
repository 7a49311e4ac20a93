package uk.org.attendance.render;

import java.util.List;

/**
 * The parent leaflet: one A4 sheet, two sides, in plain words. Side one is what a parent needs on
 * the day (times, how to report an absence, what happens if the school has not heard, illness);
 * side two is what follows (the school's bands, leave, fines, who to talk to, the full policy).
 * Everything is the school's or the law's, each with its source. Immutable.
 *
 * @param meta document metadata
 * @param review the checker's verdict (a draft leaflet says so)
 * @param colophon the closing sentence: when it was checked, and against what
 * @param density "normal", "compact" or "tight": how closely the PDF is set to fit two sides
 * @param schoolName the school
 * @param identity the school's phone, email and website
 * @param schoolSrc where the name and identity come from
 * @param times one row per pupil group: every session's register times
 * @param timesSrc where the times come from
 * @param late what late and absent marks mean (law)
 * @param deadline when to tell the school (the school's)
 * @param channels how to tell the school
 * @param channelsSrc where the channels come from
 * @param whatToSay what to say
 * @param followUp what the school does when it has not heard
 * @param illness the school's advice on illness
 * @param illnessAdvice the NHS page on whether a child is too ill for school
 * @param illnessAdviceSrc its source (national guidance)
 * @param levels persistent absence in plain words (law)
 * @param target the school's target
 * @param bands the school's bands
 * @param bandsSrc where the bands come from
 * @param holiday leave only in exceptional circumstances (law)
 * @param howToAsk the school's words on asking for leave
 * @param leaveDetails how far ahead, the form: the school's choices
 * @param threshold the national threshold in plain words (law)
 * @param fines who is fined and how much (law)
 * @param limit what follows two fines (law)
 * @param age fines apply from compulsory school age (law)
 * @param contacts who to talk to
 * @param contactsSrc where they come from
 * @param policyWhere where the full policy is
 */
public record LeafletView(
    PolicyView.Meta meta,
    Review review,
    Fact colophon,
    String density,
    String schoolName,
    List<PolicyView.Link> identity,
    Src schoolSrc,
    List<TimeRow> times,
    Src timesSrc,
    Fact late,
    Fact deadline,
    List<PolicyView.ChannelRow> channels,
    Src channelsSrc,
    List<Fact> whatToSay,
    List<Fact> followUp,
    Words illness,
    PolicyView.Link illnessAdvice,
    Src illnessAdviceSrc,
    Fact levels,
    Fact target,
    List<PolicyView.BandRow> bands,
    Src bandsSrc,
    Fact holiday,
    Words howToAsk,
    List<Fact> leaveDetails,
    Fact threshold,
    Fact fines,
    Fact limit,
    Fact age,
    List<PolicyView.ContactRow> contacts,
    Src contactsSrc,
    Fact policyWhere) {

  /**
   * @param group e.g. "Reception"
   * @param gatesOpen e.g. "8:40am", or "–"
   * @param morning e.g. "8:50am to 9:00am"
   * @param afternoon e.g. "1:00pm to 1:10pm", or "–"
   * @param endOfDay e.g. "3:15pm", or "–"
   */
  public record TimeRow(String group, String gatesOpen, String morning, String afternoon, String endOfDay) {}

  /** The same leaflet set more closely, to fit two sides. */
  public LeafletView withDensity(String d) {
    return new LeafletView(meta, review, colophon, d, schoolName, identity, schoolSrc, times, timesSrc, late, deadline, channels,
        channelsSrc, whatToSay, followUp, illness, illnessAdvice, illnessAdviceSrc, levels, target, bands, bandsSrc, holiday,
        howToAsk, leaveDetails, threshold, fines, limit, age, contacts, contactsSrc, policyWhere);
  }
}
