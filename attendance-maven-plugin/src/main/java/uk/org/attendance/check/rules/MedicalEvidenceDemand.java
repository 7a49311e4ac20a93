package uk.org.attendance.check.rules;

import java.util.List;
import java.util.regex.Pattern;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.SchoolText;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.Illness;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.text.Screened;

/**
 * Flags routine or blanket demands for medical evidence of illness: the guidance says a parent's
 * report is normally enough, and evidence is asked for only where there is genuine doubt.
 */
public final class MedicalEvidenceDemand implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT042",
          Severity.ERROR,
          "Routine or blanket demand for medical evidence of illness",
          Links.GUIDANCE,
          List.of("WTISA 365-366"));

  private static final String EVIDENCE =
      "(?:medical\\s+evidence|(?:a\\s+)?(?:doctor'?s?|GP'?s?)\\s+(?:note|letter|certificate)|note\\s+from\\s+(?:your|a|the)\\s+(?:doctor|GP)"
          + "|medical\\s+(?:note|certificate|proof)|proof\\s+of\\s+(?:the\\s+)?illness|prescriptions?|appointment\\s+cards?)";

  /**
   * Evidence named. Every branch of the three patterns below holds {@link #EVIDENCE} (REPEATED in a
   * lookahead, from the start of the sentence it must match whole), so a sentence without these
   * words matches none of them.
   */
  private static final Screened NAMED =
      Screened.of(
          EVIDENCE,
          Pattern.CASE_INSENSITIVE,
          "medical",
          "doctor",
          "gp",
          "proof",
          "prescription",
          "appointment");

  /**
   * Evidence for every illness absence, or illness authorised only with evidence: a rule whatever
   * the pattern.
   */
  private static final Pattern STRONG =
      Pattern.compile(
          EVIDENCE
              + "\\s+(?:for|of|to\\s+support)\\s+(?:all|every|each|any)\\b"
              + "|(?:all|every|each|any)\\s+(?:illness|sickness)[- ]related\\s+absences?[^.]*"
              + EVIDENCE
              + "|\\b(?:with|only\\s+with|on\\s+production\\s+of|only\\s+(?:if|when|where)|unless)\\s+(?:a\\s+)?(?:supporting\\s+)?"
              + EVIDENCE,
          Pattern.CASE_INSENSITIVE);

  /** Evidence that "will" or "must" be given. */
  private static final Pattern BLANKET =
      Pattern.compile(
          "\\b(?:will|must|always)\\s+(?:be\\s+)?(?:require|request|need|ask\\s+for|expect|provide|produce)\\w*\\s+(?:a\\s+)?(?:copy\\s+of\\s+)?"
              + EVIDENCE
              + "|"
              + EVIDENCE
              + "\\s+(?:is|are|will\\s+be)\\s+(?:always\\s+)?(?:required|needed|expected)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Evidence asked for because illness absences are repeated (a departure the guidance does not
   * make).
   */
  private static final Pattern REPEATED =
      Pattern.compile(
          "(?=.*"
              + EVIDENCE
              + ")(?=.*\\b(?:repeated(?:ly)?|regular|frequent|multiple|persistent|recurr\\w*|several|pattern\\s+of|same\\s+illness)\\b).*",
          Pattern.CASE_INSENSITIVE);

  /** Illness named, in a sentence read in lower case. */
  private static final Pattern ILL = Pattern.compile(".*\\b(ill|illness|unwell|sick)\\b.*");

  private static final Screened ILLNESS =
      Screened.of(
          "\\b(?:ill|illness|illnesses|unwell|sick|sickness|medical\\s+reasons)\\b",
          Pattern.CASE_INSENSITIVE,
          "ill",
          "unwell",
          "sick",
          "medical");
  private static final Pattern DOUBT =
      Pattern.compile(
          "doubt|authenticit|not\\s+satisfied|if\\s+(?:requested|asked)|where\\s+requested"
              + "|when\\s+requested|(?:should|must)\\s+not\\s+(?:routinely\\s+)?(?:ask|request)",
          Pattern.CASE_INSENSITIVE);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    Illness illness = school.model().illness();
    String hint = Hints.medicalEvidenceOnlyInDoubt();
    if (illness != null && illness.medicalEvidence() == Illness.MedicalEvidence.ALWAYS) {
      out.report(
          school.at("/illness/medicalEvidence"),
          "the policy asks for medical evidence for every illness absence",
          hint);
    } else if (illness != null
        && illness.medicalEvidence() == Illness.MedicalEvidence.REPEATED_ILLNESS) {
      out.warn(
          school.at("/illness/medicalEvidence"),
          "the policy asks for medical evidence whenever illness absences are repeated; the guidance asks for it only"
              + " where there is genuine doubt",
          hint);
    }
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      String t = s.text();
      String lower = s.lower();
      // Each finding needs evidence named in the sentence: its words are looked for first.
      if (!NAMED.mayMatch(t, lower)
          || !s.findWithLead(ILLNESS)
          || lower.contains("appointment") && !ILL.matcher(lower).matches()) {
        continue;
      }
      java.util.regex.Matcher strong = STRONG.matcher(t);
      java.util.regex.Matcher m = BLANKET.matcher(t);
      boolean repeated = REPEATED.matcher(t).matches();
      if (strong.find() && !DOUBT.matcher(t.substring(0, strong.start())).find()) {
        out.report(
            s.at(strong.start()),
            "this text demands medical evidence for illness absences as a rule",
            hint);
      } else if (!repeated && m.find() && !DOUBT.matcher(t).find()) {
        out.report(
            s.at(m.start()),
            "this text demands medical evidence for illness absences as a rule",
            hint);
      } else if (repeated) {
        java.util.regex.Matcher e = NAMED.pattern().matcher(t);
        e.find();
        out.warn(
            s.at(e.start()),
            "this text asks for medical evidence whenever illness absences are repeated; the guidance asks"
                + " for it only where there is genuine doubt that the illness is real",
            hint);
      }
    }
  }
}
