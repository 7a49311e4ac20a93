package uk.org.attendance.check.rules;

import java.util.List;
import java.util.regex.Pattern;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.SchoolText;
import uk.org.attendance.check.Severity;
import uk.org.attendance.model.Illness;
import uk.org.attendance.model.ResolvedSchool;

/**
 * Flags routine or blanket demands for medical evidence of illness: the guidance says a parent's
 * report is normally enough, and evidence is asked for only where there is genuine doubt.
 */
public final class MedicalEvidenceDemand implements Rule {
  static final RuleInfo INFO =
      new RuleInfo("ATT042", Severity.ERROR, "Routine or blanket demand for medical evidence of illness", Links.GUIDANCE,
          List.of("WTISA 365-366"));

  private static final Pattern BLANKET =
      Pattern.compile("medical evidence (for|of|to support) (all|every|each|any)\\b|(all|every) (illness|sickness)[- ]related absences?[^.]*medical evidence|with medical evidence to support the absence",
          Pattern.CASE_INSENSITIVE);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    Illness illness = school.model().illness();
    String hint = "ask for medical evidence only where there is genuine and reasonable doubt that the illness is real,"
        + " and accept any reasonable form of it";
    if (illness != null && illness.medicalEvidence() == Illness.MedicalEvidence.ALWAYS) {
      out.report(school.at("/illness/medicalEvidence"),
          "the policy asks for medical evidence for every illness absence", hint);
    } else if (illness != null && illness.medicalEvidence() == Illness.MedicalEvidence.REPEATED_ILLNESS) {
      out.warn(school.at("/illness/medicalEvidence"),
          "the policy asks for medical evidence whenever illness absences are repeated; the guidance asks for it only"
              + " where there is genuine doubt", hint);
    }
    for (SchoolText.Entry e : SchoolText.of(school.model())) {
      java.util.regex.Matcher m = BLANKET.matcher(e.text());
      if (m.find()) {
        out.report(school.at(e.pointer(), m.group()), "this text demands medical evidence for illness absences as a rule", hint);
      }
    }
  }
}
