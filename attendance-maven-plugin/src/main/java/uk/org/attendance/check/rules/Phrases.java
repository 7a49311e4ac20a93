package uk.org.attendance.check.rules;

import java.util.regex.Pattern;
import uk.org.attendance.text.Screened;

/**
 * Words the text rules share to tell what a sentence is about, and whether it states something as
 * current or only mentions it (denies it, or says it used to be so).
 */
final class Phrases {

  private Phrases() {}

  /** About penalty notices (fines issued without going to court). */
  static final Screened PENALTY =
      Screened.of(
          "penalty\\s+notice|fixed[- ]penalt|\\bFPNs?\\b|\\bfines?\\b|\\bfined\\b|penalty\\s+fine",
          Pattern.CASE_INSENSITIVE,
          "penalt",
          "fpn",
          "fine");

  /** About going to court. */
  static final Screened COURT =
      Screened.of(
          "prosecut|\\bcourt|magistrat|convict|imprison|\\bprison|\\bjail|custod|criminal\\s+record|level\\s+[34]\\b|s\\.?\\s?444\\b|section\\s+444\\b",
          Pattern.CASE_INSENSITIVE,
          "prosecut",
          "court",
          "magistrat",
          "convict",
          "prison",
          "jail",
          "custod",
          "criminal",
          "level",
          "444");

  /** About the first five days of a suspension or exclusion (EIA 2006 s103 and s105). */
  static final Screened EXCLUSION =
      Screened.of(
          "exclu|suspen|public\\s+place", Pattern.CASE_INSENSITIVE, "exclu", "suspen", "public");

  /** A statement that something is not so, no longer so, or was so in the past. */
  static final Pattern DENIED_OR_PAST =
      Pattern.compile(
          "\\b(?:not|no\\s+longer|never|cannot|can't|won't|nor|neither|previously|formerly|(?<!be\\s)used\\s+to|until|replac\\w*|revok\\w*|"
              + "withdrawn|abolish\\w*|superseded|old|former|before\\s+(?:19\\s+)?(?:august\\s+)?2024|renamed|rather\\s+than|instead\\s+of)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A statement about how things were (under the old rules). */
  static final Pattern PAST =
      Pattern.compile(
          "\\b(?:was|were|used\\s+to|previously|formerly|under\\s+the\\s+(?:old|previous|former|2006)|before\\s+(?:19\\s+)?(?:august\\s+)?2024|until\\s+(?:19\\s+)?(?:august\\s+)?2024)\\b",
          Pattern.CASE_INSENSITIVE);

  /** An example given in passing ("e.g. 4 sessions of holiday plus 6 ..."). */
  static final Pattern EXAMPLE =
      Pattern.compile(
          "\\b(?:e\\.?g\\.?|for\\s+example|for\\s+instance|such\\s+as)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Whether the words just before {@code at} in the same clause deny or date what follows. */
  static boolean deniedBefore(String s, int at) {
    int from = at;
    while (from > 0 && ";:,\t".indexOf(s.charAt(from - 1)) < 0 && at - from < 45) {
      from--;
    }
    return DENIED_OR_PAST.matcher(s.substring(from, at)).find();
  }

  /** Whether {@code at} lies inside brackets that start with an example ("(e.g. ...)"). */
  static boolean inExample(String s, int at) {
    int open = s.lastIndexOf('(', at);
    int close = s.lastIndexOf(')', at);
    if (open > close
        && EXAMPLE.matcher(s.substring(open, Math.min(s.length(), open + 20))).find()) {
      return true;
    }
    return EXAMPLE.matcher(s.substring(0, Math.min(s.length(), 14))).lookingAt();
  }

  /** A location in words, for a message that points at a second place. */
  static String place(
      uk.org.attendance.check.Rule.CheckContext context,
      uk.org.attendance.model.SourceRef here,
      uk.org.attendance.model.SourceRef there) {
    if (there.line() == 0) {
      return "";
    }
    String where = context.place(there);
    if (!there.file().equals(here.file())) {
      where = there.file().getFileName() + " " + where;
    }
    return " (" + where + ")";
  }
}
