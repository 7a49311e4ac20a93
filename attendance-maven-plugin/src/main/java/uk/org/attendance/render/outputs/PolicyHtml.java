package uk.org.attendance.render.outputs;

import uk.org.attendance.build.Artefact;
import uk.org.attendance.build.Output;
import uk.org.attendance.render.RenderException;
import uk.org.attendance.render.SchoolContext;

/** The policy as one self-contained web page a school can upload: {@code policy.html}. */
final class PolicyHtml implements Artefact<SchoolContext> {

  @Override
  public String name() {
    return "policy.html";
  }

  @Override
  public boolean appliesTo(Kind kind) {
    return true;
  }

  @Override
  public void make(SchoolContext c, Output out) throws RenderException {
    out.put(
        "policy.html",
        c.documents().templates().render("policy/policy.ftlh", c.policy(false, false)));
  }
}
