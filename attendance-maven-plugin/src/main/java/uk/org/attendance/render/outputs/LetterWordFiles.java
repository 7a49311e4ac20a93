package uk.org.attendance.render.outputs;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import uk.org.attendance.build.Artefact;
import uk.org.attendance.build.Output;
import uk.org.attendance.export.DocxLetterWriter;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.Person;
import uk.org.attendance.model.School;
import uk.org.attendance.render.LetterText;
import uk.org.attendance.render.LetterView;
import uk.org.attendance.render.LetterViewBuilder;
import uk.org.attendance.render.RenderException;
import uk.org.attendance.render.SchoolContext;
import uk.org.attendance.text.Formats;

/**
 * Each letter in Word, with real MERGEFIELDs for the MIS to fill: the letterhead, the recipient's
 * address block, the date, the subject, the body, the named signatory and the facts beside it:
 * {@code letters/<id>.docx}.
 */
final class LetterWordFiles implements Artefact<SchoolContext> {

  @Override
  public String name() {
    return "letters.docx";
  }

  @Override
  public boolean appliesTo(Kind kind) {
    return kind == Kind.SCHOOL;
  }

  @Override
  public void make(SchoolContext c, Output out) throws RenderException {
    School m = c.school().model();
    Map<String, String> facts = c.facts();
    List<String> address =
        LetterViewBuilder.ADDRESS.stream().map(f -> "{{" + f.name() + "}}").toList();
    for (SchoolContext.SourcedLetter l : c.letters()) {
      Letter letter = l.letter();
      String subject =
          Formats.orEmpty(letter.subject()).isEmpty() ? letter.title() : letter.subject();
      Person signer = m.signatoryOf(letter);
      LetterViewBuilder builder = c.documents().letters();
      LetterView view = builder.letter(c.letter(l, true), LetterText.Mode.SAMPLE);
      try {
        out.put(
            "letters/" + letter.id() + ".docx",
            c.documents()
                .docx()
                .write(
                    new DocxLetterWriter.Content(
                        LetterText.plain(
                            subject, facts, LetterText.Mode.TEMPLATE, m.letterFields(), Map.of()),
                        m.school().name(),
                        List.of(
                            new DocxLetterWriter.Letterhead(builder.letterhead(m)),
                            new DocxLetterWriter.Address(address),
                            new DocxLetterWriter.Line("{{LetterDate}}"),
                            new DocxLetterWriter.Title(
                                LetterText.plain(
                                    subject, facts, LetterText.Mode.KEEP, Map.of(), Map.of())),
                            new DocxLetterWriter.Body(
                                LetterText.fill(letter.body(), facts, LetterText.Mode.KEEP)),
                            new DocxLetterWriter.SignOff(
                                builder.signOff(),
                                signer == null
                                    ? builder.missingSignatory()
                                    : signer.name()
                                        + (Formats.orEmpty(signer.role()).isEmpty()
                                            ? ""
                                            : ", " + signer.role())),
                            new DocxLetterWriter.Facts(
                                view.panelTitle(),
                                view.panel().stream()
                                    .map(r -> new String[] {r.label(), r.value().text()})
                                    .toList())),
                        m.letterFields()),
                    c.timestamp()));
      } catch (IOException | RuntimeException e) {
        throw new RenderException(
            letter.id() + ".docx",
            0,
            0,
            "the Word letter '" + letter.id() + "' could not be made: " + e.getMessage());
      }
    }
  }
}
