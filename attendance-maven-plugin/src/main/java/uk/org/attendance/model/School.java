package uk.org.attendance.model;

import java.util.List;

/**
 * One school's attendance policy, fully resolved (trust base merged in). Built by the loader; no
 * I/O here. Every list is non-null; optional single values may be null.
 *
 * @param school who the school is
 * @param trust the federation or trust, if the school belongs to one
 * @param policy facts about the policy document
 * @param contacts the people the policy names
 * @param schoolDay timings per pupil group
 * @param absenceReporting how to report absence
 * @param thresholds attendance target, bands, lateness triggers
 * @param escalation escalation flowcharts
 * @param penaltyNotices penalty notices and prosecution, as stated
 * @param leave leave of absence
 * @param registers register keeping, as stated
 * @param illness illness absence
 * @param codes the code table as the school publishes it
 * @param letters the school's letters
 * @param letterFields the school's MIS names for merge fields, where they differ from the catalogue
 * @param prose the school's own words for standard sections
 * @param annexes annexes
 * @param suppressions checker findings the school has accepted, with reasons
 */
public record School(
    SchoolInfo school,
    Trust trust,
    PolicyInfo policy,
    Contacts contacts,
    SchoolDay schoolDay,
    AbsenceReporting absenceReporting,
    Thresholds thresholds,
    List<Escalation> escalation,
    PenaltyNotices penaltyNotices,
    Leave leave,
    Registers registers,
    Illness illness,
    List<CodeEntry> codes,
    List<Letter> letters,
    java.util.Map<String, String> letterFields,
    Prose prose,
    List<Annex> annexes,
    List<Suppression> suppressions) {

  public School {
    escalation = Lists.of(escalation);
    codes = Lists.of(codes);
    letters = Lists.of(letters);
    letterFields = Lists.of(letterFields);
    annexes = Lists.of(annexes);
    suppressions = Lists.of(suppressions);
  }

  /**
   * Who signs a letter: its named signatory, or the contact in its signing role; null when the
   * school names nobody.
   *
   * @param letter one of the school's letters
   * @return the person whose name and role are printed under the letter
   */
  public Person signatoryOf(Letter letter) {
    if (letter.signatory() != null) {
      return letter.signatory();
    }
    return contacts == null ? null : contacts.person(letter.signedBy());
  }
}
