package uk.org.attendance.model;

import java.util.List;

/**
 * How parents tell the school about an absence.
 *
 * @param deadline by when, on each day of absence
 * @param everyDay whether parents must report every day of absence
 * @param channels the ways to report
 * @param whatToSay what a report must include
 * @param followUp what the school does, in its own words, when a pupil is absent and it has not
 *     heard why (first-day calling and after): the day-to-day process WTISA para 26 asks a policy
 *     to describe (P5)
 */
public record AbsenceReporting(
    ClockTime deadline,
    Boolean everyDay,
    List<Channel> channels,
    List<String> whatToSay,
    List<String> followUp) {

  public AbsenceReporting {
    channels = Lists.of(channels);
    whatToSay = Lists.of(whatToSay);
    followUp = Lists.of(followUp);
  }

  /**
   * One way of reporting an absence.
   *
   * @param type phone, email, app, answerphone, in person, text message or letter
   * @param value the number, address or app name (optional for in person)
   * @param note anything parents should know, e.g. "you may be called back"
   */
  public record Channel(ChannelType type, String value, String note) {}

  /** The kinds of channel. */
  public enum ChannelType {
    PHONE,
    EMAIL,
    APP,
    ANSWERPHONE,
    IN_PERSON,
    TEXT_MESSAGE,
    LETTER,
    WEBSITE
  }
}
