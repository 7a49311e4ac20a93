package uk.org.attendance.render.outputs;

import uk.org.attendance.build.Artefact;
import uk.org.attendance.build.Output;
import uk.org.attendance.render.LetterText;
import uk.org.attendance.render.RenderException;
import uk.org.attendance.render.SchoolContext;

/** Each letter as a web page, merge fields shown as Word shows them: {@code letters/<id>.html}. */
final class LetterPages implements Artefact<SchoolContext> {

  @Override
  public String name() {
    return "letters.html";
  }

  @Override
  public boolean appliesTo(Kind kind) {
    return kind == Kind.SCHOOL;
  }

  @Override
  public void make(SchoolContext c, Output out) throws RenderException {
    for (SchoolContext.SourcedLetter l : c.letters()) {
      out.put(
          "letters/" + l.letter().id() + ".html",
          c.documents()
              .templates()
              .render(
                  "letters/letter.ftlh",
                  c.documents().letters().letter(c.letter(l, false), LetterText.Mode.TEMPLATE)));
    }
  }
}
