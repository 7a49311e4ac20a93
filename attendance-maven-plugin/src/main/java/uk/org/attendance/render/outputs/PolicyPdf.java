package uk.org.attendance.render.outputs;

import uk.org.attendance.build.Artefact;
import uk.org.attendance.build.Output;
import uk.org.attendance.render.RenderException;
import uk.org.attendance.render.SchoolContext;

/** The policy as an accessible PDF (PDF/UA-1 and PDF/A-2a): {@code policy.pdf}. */
final class PolicyPdf implements Artefact<SchoolContext> {

  @Override
  public String name() {
    return "policy.pdf";
  }

  @Override
  public boolean appliesTo(Kind kind) {
    return true;
  }

  @Override
  public void make(SchoolContext c, Output out) throws RenderException {
    String html = c.documents().templates().render("policy/policy.ftlh", c.policy(true, false));
    out.put(
        "policy.pdf", c.documents().pdf().render(html, "policy.pdf for " + c.id(), c.timestamp()));
  }
}
