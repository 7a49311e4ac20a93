package uk.org.attendance.evaluate;

import java.time.LocalDate;
import java.util.List;

/**
 * A stage of one of the school's flowcharts (or a band or lateness trigger with a letter of its
 * own) that a pupil has reached, what it asks for, and why.
 *
 * @param flowchart the flowchart's id ("bands" and "lateness-triggers" for the school's bands and
 *     lateness triggers)
 * @param flowchartTitle its title
 * @param stage the stage's id
 * @param title the stage's title
 * @param trigger the trigger in the policy's words
 * @param reachedOn when the trigger became true (for a letter: since it was last sent)
 * @param letter the letter the stage sends, or null
 * @param letterTitle its title, or null
 * @param status what is to be done about the letter
 * @param letterSentOn when the letter was last sent, or null
 * @param actionDue whether the stage's actions are due (it has no letter, and is the furthest the
 *     pupil has reached on its measure)
 * @param actions what the school does at this stage
 * @param owner who does it, or null
 * @param isNew whether it became true on or after the date given as "since"
 * @param evidence the figures and sessions behind it
 */
public record StageResult(
    String flowchart,
    String flowchartTitle,
    String stage,
    String title,
    String trigger,
    LocalDate reachedOn,
    String letter,
    String letterTitle,
    LetterStatus status,
    LocalDate letterSentOn,
    boolean actionDue,
    List<String> actions,
    String owner,
    boolean isNew,
    Evidence evidence) {

  /** What is to be done about a stage's letter. */
  public enum LetterStatus {
    /** The letter should be sent: the trigger became true and it has not been sent since. */
    DUE,
    /** The letter has been sent since the trigger became true. */
    SENT,
    /** A later stage on the same measure sends its own letter instead. */
    SUPERSEDED,
    /** The stage sends no letter. */
    NONE;

    /** In words, for outputs: "due", "sent", "superseded", "none". */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** "absence/meeting". */
  public String path() {
    return flowchart + "/" + stage;
  }
}
