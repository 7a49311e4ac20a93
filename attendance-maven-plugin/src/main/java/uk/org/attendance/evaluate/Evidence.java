package uk.org.attendance.evaluate;

import java.time.LocalDate;
import java.util.List;

/**
 * Why a decision was made: a sentence, and the sessions behind it (dates and codes), at most {@link
 * #MAX_SESSIONS} of them with a count of the rest.
 *
 * @param text the figures in words
 * @param sessions the sessions that count
 * @param more how many more sessions count than are listed
 */
public record Evidence(String text, List<Session> sessions, int more) {

  /** The most sessions listed in one piece of evidence. */
  static final int MAX_SESSIONS = 50;

  /**
   * A session and its mark.
   *
   * @param date the day
   * @param afternoon false for the morning
   * @param code the mark
   */
  public record Session(LocalDate date, boolean afternoon, String code) {

    /** "2025-06-02 AM G". */
    @Override
    public String toString() {
      return date + (afternoon ? " PM " : " AM ") + code;
    }
  }

  /**
   * The sessions as "2025-06-02 AM G; 2025-06-03 PM O", with "and 12 more" if some are not listed.
   */
  public String sessionsText() {
    StringBuilder b = new StringBuilder();
    for (Session s : sessions) {
      b.append(b.length() == 0 ? "" : "; ").append(s);
    }
    if (more > 0) {
      b.append(" and ").append(more).append(" more");
    }
    return b.toString();
  }
}
