package uk.org.attendance.render.outputs;

import uk.org.attendance.build.Artefact;
import uk.org.attendance.build.Output;
import uk.org.attendance.render.LetterText;
import uk.org.attendance.render.RenderException;
import uk.org.attendance.render.SchoolContext;

/** Each letter as a sample PDF, filled with made-up details that fit its trigger: {@code letters/<id>.sample.pdf}. */
final class LetterSamplePdfs implements Artefact<SchoolContext> {

  @Override
  public String name() {
    return "letters.sample.pdf";
  }

  @Override
  public boolean appliesTo(Kind kind) {
    return kind == Kind.SCHOOL;
  }

  @Override
  public void make(SchoolContext c, Output out) throws RenderException {
    for (SchoolContext.SourcedLetter l : c.letters()) {
      String name = l.letter().id() + ".sample.pdf";
      String html = c.documents().templates().render("letters/letter.ftlh",
          c.documents().letters().letter(c.letter(l, true), LetterText.Mode.SAMPLE));
      out.put("letters/" + name, c.documents().pdf().render(html, name + " for " + c.id(), c.timestamp()));
    }
  }
}
