package uk.org.attendance.reference;

import java.util.regex.Pattern;
import uk.org.attendance.text.Screened;

/**
 * Instruments, bodies and terms that a policy must no longer state as current, with what replaced
 * them (dfe-2024-rules.md section 0, R-EXC-03). Kept in order of the date they went.
 */
public enum OutdatedLaw {
  // keep-sorted start (by date)
  LOCAL_EDUCATION_AUTHORITY(
      "\\bLocal\\s+Education\\s+Authorit(?:y|ies)\\b|(?-i:\\bLEAs?\\b)",
      "\"local education authority\" was renamed \"local authority\" in 2010",
      "write \"local authority\"",
      false,
      "\\b(?:now|renamed|became)\\b[^.]{0,40}local\\s+authority",
      "education",
      "LEA"),
  HEALTH_PROTECTION_AGENCY(
      "\\bHealth\\s+Protection\\s+Agency\\b|(?-i:\\bHPA\\b)",
      "the Health Protection Agency was abolished in 2013; its work is now done by the UK Health Security Agency",
      "write \"UK Health Security Agency (UKHSA)\"",
      false,
      "UK\\s+Health\\s+Security\\s+Agency|\\bUKHSA\\b",
      "protection",
      "HPA"),
  PUPIL_REGISTRATION_2006(
      "(?:Pupil\\s+Registration\\)?\\s*(?:\\(England\\)\\s*)?(?:\\(Amendment\\)\\s*)?Regulations\\s+(?:2006|2010|2011|2013|2016)"
          + "|Pupil\\s+Regulations\\s+2006|Children\\s+Missing\\s+(?:in\\s+)?Education\\s+Regulations\\s+2016"
          + "|\\b(?:SI|S\\.I\\.)\\s+2006/1751|\\b2006\\s+Regulations\\b)",
      "the Education (Pupil Registration) (England) Regulations 2006 and their amendments were revoked on 19 August 2024",
      "cite The School Attendance (Pupil Registration) (England) Regulations 2024",
      false,
      "(?:replac|revok|supersed)\\w*[^.]{0,80}Regulations\\s+2024|Regulations\\s+2024[^.]{0,80}(?:replac|revok|supersed)\\w*",
      "regulations",
      "2006/1751"),
  FIXED_TERM_EXCLUSION(
      "\\bfixed[- ](?:term|period)\\s+exclusions?\\b|\\bfixed\\s+or\\s+permanent\\s+exclusions?\\b",
      "\"fixed-term\" or \"fixed-period exclusion\" is now called a suspension",
      "write \"suspension\" (and \"permanent exclusion\")",
      true,
      "\\bnow\\s+(?:called|known\\s+as)\\s+(?:a\\s+)?suspension",
      "exclusion");
  // keep-sorted end

  private final Screened pattern;
  private final String why;
  private final String instead;
  private final boolean styleOnly;
  private final Pattern successor;

  /**
   * @param words one of which every match of {@code regex} contains (see {@link Screened})
   */
  OutdatedLaw(
      String regex,
      String why,
      String instead,
      boolean styleOnly,
      String successor,
      String... words) {
    this.pattern = Screened.of(regex, Pattern.CASE_INSENSITIVE, words);
    this.why = why;
    this.instead = instead;
    this.styleOnly = styleOnly;
    this.successor = Pattern.compile(successor, Pattern.CASE_INSENSITIVE);
  }

  /**
   * Whether a sentence names what replaced it, so that it speaks of the change, not of the old law
   * as current.
   */
  public boolean namesSuccessor(String sentence) {
    return successor.matcher(sentence).find();
  }

  /** What finds it in a sentence, with the words it cannot be found without. */
  public Screened pattern() {
    return pattern;
  }

  /** What happened to it. */
  public String why() {
    return why;
  }

  /** What to write instead. */
  public String instead() {
    return instead;
  }

  /**
   * Whether only the wording is out of date (the law itself is unchanged): a warning, not an error.
   */
  public boolean styleOnly() {
    return styleOnly;
  }
}
