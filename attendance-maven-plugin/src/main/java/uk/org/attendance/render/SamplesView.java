package uk.org.attendance.render;

import java.util.List;

/**
 * Every letter of a school as a sample, in one PDF a head can read and sign off: each letter starts
 * a page and numbers its own pages. Immutable.
 *
 * @param meta document metadata
 * @param review the checker's verdict (a draft says so on every letter)
 * @param letters each letter, filled with made-up details that fit its trigger
 */
public record SamplesView(PolicyView.Meta meta, Review review, List<LetterView> letters) {}
