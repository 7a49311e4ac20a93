package uk.org.attendance.render;

import java.util.List;

/**
 * The parent leaflet: one A4 sheet, two sides, in plain words. Side one is what a parent needs on
 * the day (times, how to report an absence, what happens if the school has not heard, illness);
 * side two is what follows (the school's bands, leave, fines, who to talk to, the full policy).
 * Everything is the school's or the law's, each with its source. Immutable; one small record per
 * part of the leaflet, each built by name.
 *
 * @param meta document metadata
 * @param review the checker's verdict (a draft leaflet says so)
 * @param colophon the closing sentence: when it was checked, and against what
 * @param density "normal", "compact" or "tight": how closely the PDF is set to fit two sides
 * @param school who the leaflet is from
 * @param day the school day
 * @param reporting how to report an absence (the policy's own section, shared)
 * @param illness illness
 * @param falls if attendance falls
 * @param leave time off in term time
 * @param fines fines
 * @param talk who to talk to, and where the full policy is
 */
public record LeafletView(
    PolicyView.Meta meta,
    Review review,
    Fact colophon,
    String density,
    School school,
    Day day,
    PolicyView.Reporting reporting,
    Illness illness,
    Falls falls,
    Leave leave,
    Fines fines,
    Talk talk) {

  /**
   * @param name the school
   * @param identity the school's phone, email and website
   * @param src where they come from
   */
  public record School(String name, List<PolicyView.Link> identity, Src src) {}

  /**
   * @param rows one row per pupil group: every session's register times
   * @param src where the times come from
   * @param late what late and absent marks mean (law)
   */
  public record Day(List<TimeRow> rows, Src src, Fact late) {}

  /**
   * @param advice the school's advice on illness
   * @param nhs the NHS page on whether a child is too ill for school
   * @param nhsSrc its source (national guidance)
   */
  public record Illness(Words advice, PolicyView.Link nhs, Src nhsSrc) {}

  /**
   * @param levels persistent absence in plain words (law)
   * @param target the school's target
   * @param bands the school's bands
   * @param bandsSrc where the bands come from
   */
  public record Falls(Fact levels, Fact target, List<PolicyView.BandRow> bands, Src bandsSrc) {}

  /**
   * @param holiday leave only in exceptional circumstances (law)
   * @param howToAsk the school's words on asking for leave
   * @param details how far ahead, the form: the school's choices
   */
  public record Leave(Fact holiday, Words howToAsk, List<Fact> details) {}

  /**
   * @param threshold the national threshold in plain words (law)
   * @param amounts who is fined and how much (law)
   * @param limit what follows two fines (law)
   * @param age fines apply from compulsory school age (law)
   */
  public record Fines(Fact threshold, Fact amounts, Fact limit, Fact age) {}

  /**
   * @param contacts who to talk to
   * @param contactsSrc where they come from
   * @param policyWhere where the full policy is
   */
  public record Talk(List<PolicyView.ContactRow> contacts, Src contactsSrc, Fact policyWhere) {}

  /**
   * @param group e.g. "Reception"
   * @param gatesOpen e.g. "8:40am", or "–"
   * @param morning e.g. "8:50am to 9:00am"
   * @param afternoon e.g. "1:00pm to 1:10pm", or "–"
   * @param endOfDay e.g. "3:15pm", or "–"
   */
  public record TimeRow(
      String group, String gatesOpen, String morning, String afternoon, String endOfDay) {}

  /** The same leaflet set more closely, to fit two sides. */
  public LeafletView withDensity(String d) {
    return new LeafletView(
        meta, review, colophon, d, school, day, reporting, illness, falls, leave, fines, talk);
  }
}
