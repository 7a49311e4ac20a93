package uk.org.attendance.render;

import java.util.List;

/**
 * One letter, prepared for the template: the school's letterhead, the recipient's address block
 * (merge fields), the date, a subject a parent understands, the school's body, a named signatory,
 * and the facts that belong beside this kind of letter. Immutable.
 *
 * @param meta document metadata
 * @param review the checker's verdict (a draft letter says so)
 * @param letterhead the school's name, address and contact lines
 * @param letterheadSrc where they come from
 * @param recipient the address block: «ParentFullName» and the address lines, or made-up ones
 * @param recipientSrc merge fields, or sample details
 * @param date «LetterDate», or a made-up date
 * @param subject the subject line
 * @param body the letter's words (the school's, fields filled as the output needs)
 * @param signOff "Yours sincerely,"
 * @param signatory who signs, with their role; absent when the school names nobody
 * @param panelTitle the heading of the facts beside the letter
 * @param panel the facts beside the letter, chosen for its kind
 * @param sample whether this is a sample filled with made-up details
 * @param sampleNote what the sample is, or absent
 */
public record LetterView(
    PolicyView.Meta meta,
    Review review,
    List<String> letterhead,
    Src letterheadSrc,
    List<String> recipient,
    Src recipientSrc,
    Fact date,
    Fact subject,
    Words body,
    String signOff,
    List<Fact> signatory,
    String panelTitle,
    List<PolicyView.Row> panel,
    boolean sample,
    Fact sampleNote) {}
