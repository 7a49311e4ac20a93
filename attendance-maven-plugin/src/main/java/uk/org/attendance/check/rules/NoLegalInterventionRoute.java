package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.Escalation;
import uk.org.attendance.model.ResolvedSchool;

/**
 * Flags a policy that does not say when and how a family is referred to the local authority for
 * formal legal intervention: no escalation stage is marked {@code legalIntervention: true}, or the
 * stage that is does not say when it starts.
 */
public final class NoLegalInterventionRoute implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT097",
          Severity.ERROR,
          "When a family is referred for legal intervention is not given",
          Links.GUIDANCE,
          List.of("P8"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    List<Escalation> flows = school.model().escalation();
    boolean marked = false;
    for (int f = 0; f < flows.size(); f++) {
      List<Escalation.Stage> stages = flows.get(f).stages();
      for (int s = 0; s < stages.size(); s++) {
        Escalation.Stage stage = stages.get(s);
        if (!Boolean.TRUE.equals(stage.legalIntervention())) {
          continue;
        }
        marked = true;
        if (stage.trigger() == null || !Given.text(stage.trigger().text())) {
          out.report(
              school.whereMissing("/escalation/" + f + "/stages/" + s + "/trigger/text"),
              "the stage '"
                  + stage.title()
                  + "' refers families to the local authority for legal intervention,"
                  + " but does not say when",
              Hints.sayWhenReferred());
        }
      }
    }
    if (!marked) {
      out.report(
          school.whereMissing("/escalation"),
          "the policy does not say when and how a family is referred to the local authority for formal legal intervention",
          flows.isEmpty()
              ? Hints.addEscalationWithLegalIntervention()
              : Hints.markLegalInterventionStage());
    }
  }
}
