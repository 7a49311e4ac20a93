package uk.org.attendance.check;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import uk.org.attendance.model.ClockTime;
import uk.org.attendance.model.PolicyDate;
import uk.org.attendance.model.School;

/**
 * Every piece of text a school wrote, with its JSON pointer: for rules that read words (template
 * placeholders, contradicting times, outdated wording). Record component names are the YAML keys,
 * so the pointers match the source map.
 */
public final class SchoolText {

  /**
   * One text value.
   *
   * @param pointer e.g. {@code /letters/2/body}
   * @param text the text as written
   */
  public record Entry(String pointer, String text) {}

  private SchoolText() {}

  /** Every text value of the school, in model order. */
  public static List<Entry> of(School school) {
    List<Entry> out = new ArrayList<>();
    walk("", school, out);
    return out;
  }

  private static void walk(String pointer, Object value, List<Entry> out) {
    if (value == null || value instanceof ClockTime || value instanceof PolicyDate || value instanceof Enum) {
      return;
    }
    if (value instanceof String) {
      out.add(new Entry(pointer, (String) value));
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        walk(pointer + "/" + i, list.get(i), out);
      }
    } else if (value.getClass().isRecord()) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        try {
          walk(pointer + "/" + c.getName(), c.getAccessor().invoke(value), out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + c, e);
        }
      }
    }
  }
}
