package uk.org.attendance.render.outputs;

import uk.org.attendance.build.Artefact;
import uk.org.attendance.build.Output;
import uk.org.attendance.render.FieldCatalogue;
import uk.org.attendance.render.SchoolContext;

/**
 * Every field a letter may use, with its meaning and an example, for mapping an MIS export: {@code
 * letters/fields.csv}.
 */
final class FieldCatalogueCsv implements Artefact<SchoolContext> {

  @Override
  public String name() {
    return "fields.csv";
  }

  @Override
  public boolean appliesTo(Kind kind) {
    return kind == Kind.SCHOOL;
  }

  @Override
  public void make(SchoolContext c, Output out) {
    out.put("letters/fields.csv", FieldCatalogue.csv(c.facts(), c.school().model().letterFields()));
  }
}
