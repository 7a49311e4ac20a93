package uk.org.attendance.render.outputs;

import uk.org.attendance.build.Artefact;
import uk.org.attendance.build.Output;
import uk.org.attendance.render.RenderException;
import uk.org.attendance.render.SchoolContext;

/** The parent leaflet as a web page: {@code leaflet.html}. */
final class LeafletHtml implements Artefact<SchoolContext> {

  @Override
  public String name() {
    return "leaflet.html";
  }

  @Override
  public boolean appliesTo(Kind kind) {
    return kind == Kind.SCHOOL;
  }

  @Override
  public void make(SchoolContext c, Output out) throws RenderException {
    out.put(
        "leaflet.html",
        c.documents()
            .templates()
            .render(
                "leaflet/leaflet.ftlh",
                c.documents().leaflets().leaflet(c.school(), c.law(), c.policy(false, false))));
  }
}
