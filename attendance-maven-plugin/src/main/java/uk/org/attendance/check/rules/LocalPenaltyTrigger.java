package uk.org.attendance.check.rules;

import java.util.List;
import java.util.Locale;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.Severity;
import uk.org.attendance.model.Escalation;
import uk.org.attendance.model.PenaltyNotices;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.Rulebook;

/**
 * Flags a penalty-notice trigger that departs from the national threshold of 10 sessions in a
 * rolling 10 school weeks: a different number (e.g. 15 sessions), or a trigger of another kind
 * (e.g. "after the second day of holiday").
 */
public final class LocalPenaltyTrigger implements Rule {
  static final RuleInfo INFO =
      new RuleInfo("ATT012", Severity.ERROR, "Penalty-notice trigger departs from 10 sessions in a rolling 10 school weeks",
          Links.PENALTIES, List.of("R-PN-01", "R-PN-03"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    Rulebook.Penalties law = context.rules().penalties();
    String national = law.thresholdSessions() + " sessions of unauthorised absence in a rolling "
        + law.thresholdSchoolWeeks() + " school weeks";
    PenaltyNotices pn = school.model().penaltyNotices();
    if (pn != null && pn.threshold() != null) {
      checkThreshold(school, out, "/penaltyNotices/threshold", pn.threshold(), law, national);
    }
    if (pn != null) {
      for (int i = 0; i < pn.localTriggers().size(); i++) {
        PenaltyNotices.Threshold t = pn.localTriggers().get(i);
        String p = "/penaltyNotices/localTriggers/" + i;
        if (t.sessions() == null || t.schoolWeeks() == null) {
          out.report(school.at(p), "the policy requests penalty notices at a point that is not the national threshold"
              + (t.text() == null ? "" : " (\"" + t.text() + "\")"),
              "use the national threshold (" + national + ") and consider each case on its own");
        } else {
          checkThreshold(school, out, p, t, law, national);
        }
      }
    }
    List<Escalation> flows = school.model().escalation();
    for (int f = 0; f < flows.size(); f++) {
      List<Escalation.Stage> stages = flows.get(f).stages();
      for (int s = 0; s < stages.size(); s++) {
        Escalation.Stage stage = stages.get(s);
        Escalation.Trigger t = stage.trigger();
        boolean penalty = stage.actions().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains("penalty notice"))
            && stage.actions().stream().noneMatch(a -> a.toLowerCase(Locale.ROOT).contains("warning"));
        if (!penalty || t == null || t.metric() == null) {
          continue;
        }
        String p = "/escalation/" + f + "/stages/" + s + "/trigger/value";
        boolean sessions = t.metric() == Escalation.Metric.UNAUTHORISED_SESSIONS;
        if (!sessions || t.value() == null || t.value() != law.thresholdSessions()) {
          out.report(school.at(p),
              "this stage requests a penalty notice at \"" + t.text() + "\", not at the national threshold",
              "trigger it at " + national);
        }
      }
    }
  }

  private static void checkThreshold(ResolvedSchool school, Reporter out, String p, PenaltyNotices.Threshold t,
      Rulebook.Penalties law, String national) {
    if (t.sessions() != null && t.sessions() != law.thresholdSessions()) {
      out.report(school.at(p + "/sessions"),
          "the policy's trigger is " + t.sessions() + " sessions; the national threshold is " + national,
          "change it to " + law.thresholdSessions());
    }
    if (t.schoolWeeks() != null && t.schoolWeeks() != law.thresholdSchoolWeeks()) {
      out.report(school.at(p + "/schoolWeeks"),
          "the policy's trigger is over " + t.schoolWeeks() + " school weeks; the national threshold is " + national,
          "change it to " + law.thresholdSchoolWeeks());
    }
  }
}
