package uk.org.attendance.render;

import java.util.List;

/**
 * One letter, prepared for the template.
 *
 * @param meta document metadata
 * @param letterhead the school's name first, then address and contact lines
 * @param title the letter's title
 * @param date the date line: «LetterDate», or an example
 * @param bodyHtml the body, safe HTML, fields filled as the output needs
 * @param signedBy the signing role
 * @param facts the "about attendance" panel
 * @param sample whether this is a sample filled with made-up details
 */
public record LetterView(
    PolicyView.Meta meta,
    List<String> letterhead,
    String title,
    String date,
    String bodyHtml,
    String signedBy,
    List<FactRow> facts,
    boolean sample) {

  /**
   * @param label e.g. "Below 96%"
   * @param value e.g. "below 96%: we will write to you"
   */
  public record FactRow(String label, String value) {}
}
