package uk.org.attendance.render.outputs;

import uk.org.attendance.build.Artefact;
import uk.org.attendance.build.Output;
import uk.org.attendance.render.RenderException;
import uk.org.attendance.render.SchoolContext;

/**
 * The policy's web page with every block labelled with where its words come from, for governors:
 * {@code policy.annotated.html}. Made only when asked for.
 */
final class AnnotatedPolicyHtml implements Artefact<SchoolContext> {

  @Override
  public String name() {
    return "policy.annotated.html";
  }

  @Override
  public boolean appliesTo(Kind kind) {
    return kind == Kind.SCHOOL;
  }

  @Override
  public boolean optional() {
    return true;
  }

  @Override
  public void make(SchoolContext c, Output out) throws RenderException {
    out.put(
        "policy.annotated.html",
        c.documents().templates().render("policy/policy.ftlh", c.policy(false, true)));
  }
}
