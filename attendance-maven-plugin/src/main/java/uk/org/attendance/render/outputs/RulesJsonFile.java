package uk.org.attendance.render.outputs;

import uk.org.attendance.build.Artefact;
import uk.org.attendance.build.Output;
import uk.org.attendance.export.RulesJsonWriter;
import uk.org.attendance.render.SchoolContext;

/** The policy as data for other systems: {@code rules.json}. */
final class RulesJsonFile implements Artefact<SchoolContext> {

  @Override
  public String name() {
    return "rules.json";
  }

  @Override
  public boolean appliesTo(Kind kind) {
    return kind == Kind.SCHOOL;
  }

  @Override
  public void make(SchoolContext c, Output out) {
    out.put("rules.json", RulesJsonWriter.write(c.school(), c.law().rules()));
  }
}
