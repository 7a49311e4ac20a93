package uk.org.attendance.render.outputs;

import java.util.ArrayList;
import java.util.List;
import uk.org.attendance.build.Artefact;
import uk.org.attendance.build.Output;
import uk.org.attendance.render.LetterText;
import uk.org.attendance.render.LetterView;
import uk.org.attendance.render.PolicyView;
import uk.org.attendance.render.RenderException;
import uk.org.attendance.render.SamplesView;
import uk.org.attendance.render.SchoolContext;
import uk.org.attendance.render.Wording;

/**
 * Every letter as a sample, filled with made-up details that fit its trigger, in one PDF: {@code
 * letters/samples.pdf}. One document, not one per letter: the head reads and signs off the set, and
 * a school's PDFs share one font subset and one set of PDF/A and tagging overheads.
 */
final class LetterSamplePdfs implements Artefact<SchoolContext> {

  /** The file, under the school's folder. */
  static final String FILE = "letters/samples.pdf";

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
    List<LetterView> letters = new ArrayList<>();
    for (SchoolContext.SourcedLetter l : c.letters()) {
      letters.add(c.documents().letters().letter(c.letter(l, true), LetterText.Mode.SAMPLE));
    }
    if (letters.isEmpty()) {
      return;
    }
    Wording words = c.documents().templates().wording();
    String school = letters.get(0).meta().author();
    PolicyView.Meta meta =
        new PolicyView.Meta(
            "en-GB",
            words.get("letter.samples.title") + " \u2013 " + school,
            words.get("letter.samples.subject", "school", school),
            school,
            true,
            false,
            letters.get(0).meta().draft());
    String html =
        c.documents()
            .templates()
            .render(
                "letters/samples.ftlh", new SamplesView(meta, letters.get(0).review(), letters));
    out.put(FILE, c.documents().pdf().render(html, FILE + " for " + c.id(), c.timestamp()));
  }
}
