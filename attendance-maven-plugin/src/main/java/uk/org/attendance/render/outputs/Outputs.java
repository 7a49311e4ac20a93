package uk.org.attendance.render.outputs;

import java.util.List;
import uk.org.attendance.build.Artefact;
import uk.org.attendance.render.SchoolContext;

/**
 * Every output a school (or a trust) gets, in the order they are made. Adding an output means
 * adding it here.
 */
public final class Outputs {

  private Outputs() {}

  public static final List<Artefact<SchoolContext>> ALL =
      List.of(
          new PolicyPdf(),
          new PolicyHtml(),
          new AnnotatedPolicyHtml(),
          new LeafletPdf(),
          new LeafletHtml(),
          new LetterSamplePdfs(),
          new LetterPages(),
          new LetterWordFiles(),
          new FieldCatalogueCsv(),
          new RulesJsonFile());

  /** The names of every output, for messages and the {@code artefacts} setting. */
  public static List<String> names() {
    return ALL.stream().map(Artefact::name).toList();
  }
}
