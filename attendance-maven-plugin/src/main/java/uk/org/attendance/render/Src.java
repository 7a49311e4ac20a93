package uk.org.attendance.render;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.SourceRef;
import uk.org.attendance.reference.Statements;

/**
 * Where a block of a document comes from: the school's model (a JSON pointer into its file), the
 * rulebook (a statement of law and its rule ids), the checker (a finding), or the document's own
 * structure (a heading or a label, never a sentence). Every block of every HTML output carries one,
 * as {@code data-source}; the annotated rendering prints its label for governors.
 *
 * @param id machine form: {@code model:/absenceReporting/deadline}, {@code law:R-PN-01}, {@code
 *     check:ATT050}, {@code structure}; several are separated by spaces
 * @param label plain-English form, e.g. "School file kelvedon-hatch-primary.yaml, line 63"
 */
public record Src(String id, String label) {

  /** The document's own headings and labels. */
  public static final Src STRUCTURE = new Src("structure", "Heading or label of the document");

  /**
   * A value of the school's model. View builders make one for every block, printed or not, so the
   * value may be absent (its block is then empty and left out): it is located with {@link
   * ResolvedSchool#whereMissing}, which refuses a pointer that is no place in a school model; that
   * every printed block names a value the school wrote is tested on every bundled school.
   */
  public static Src model(ResolvedSchool school, String pointer) {
    SourceRef at = school.whereMissing(pointer);
    String where = at.file().getFileName() + (at.line() > 0 ? ", line " + at.line() : "");
    return new Src("model:" + pointer, "School file " + where);
  }

  /** A statement of national law. */
  public static Src law(Statements.Statement s) {
    return law(s.rules());
  }

  /** National rules by id. */
  public static Src law(List<String> rules) {
    return new Src("law:" + String.join(",", rules), "National rules " + String.join(", ", rules));
  }

  /** A national resource the rule set links to (not itself law). */
  public static Src national(String name, String label) {
    return new Src("national:" + name, label);
  }

  /** A finding of the checker. */
  public static Src check(String ruleId) {
    return new Src("check:" + ruleId, "Checker finding " + ruleId);
  }

  /** Several sources for one block, e.g. a school's time in a sentence of law. */
  public static Src of(Src... parts) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> labels = new LinkedHashSet<>();
    for (Src p : parts) {
      ids.addAll(Arrays.asList(p.id().split(" ")));
      labels.add(p.label());
    }
    return new Src(String.join(" ", ids), labels.stream().collect(Collectors.joining("; ")));
  }
}
