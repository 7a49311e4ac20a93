package uk.org.attendance.render.outputs;

import java.util.List;
import java.util.Optional;
import uk.org.attendance.build.Artefact;
import uk.org.attendance.build.Output;
import uk.org.attendance.render.LeafletView;
import uk.org.attendance.render.RenderException;
import uk.org.attendance.render.SchoolContext;

/**
 * The parent leaflet as a PDF: {@code leaflet.pdf}. It fits one sheet printed on both sides by
 * design: side two starts on the back, and a school whose content would spill onto a third page is
 * set more closely; if even the tightest setting does not fit, the school is told what to shorten.
 */
final class LeafletPdf implements Artefact<SchoolContext> {

  /** The densities tried, loosest first. */
  static final List<String> DENSITIES = List.of("normal", "compact", "tight");

  /** One A4 sheet, both sides. */
  static final int PAGES = 2;

  @Override
  public String name() {
    return "leaflet.pdf";
  }

  @Override
  public boolean appliesTo(Kind kind) {
    return kind == Kind.SCHOOL;
  }

  @Override
  public void make(SchoolContext c, Output out) throws RenderException {
    LeafletView view = c.documents().leaflets().leaflet(c.school(), c.law(), c.policy(true, false));
    for (String density : DENSITIES) {
      Optional<byte[]> pdf =
          c.documents()
              .pdf()
              .render(
                  c.documents()
                      .templates()
                      .render("leaflet/leaflet.ftlh", view.withDensity(density)),
                  "leaflet.pdf for " + c.id(),
                  c.timestamp(),
                  PAGES);
      if (pdf.isPresent()) {
        out.put("leaflet.pdf", pdf.get());
        return;
      }
    }
    throw new RenderException(
        "leaflet",
        0,
        0,
        "the parent leaflet for "
            + c.id()
            + " does not fit on one sheet (two sides),"
            + " even set closely: shorten the school's illness note, how to ask for leave, or the lists of what to say and what"
            + " the school does when it has not heard");
  }
}
