package uk.org.attendance.model;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The places a school model has, read from its record structure: a JSON pointer such as {@code
 * /schoolDay/groups/0/morningRegister/closes} names a place when each step is a component of the
 * record it is in (component names are the school file's keys), an index into a list, or a key of a
 * map. So a pointer with a misspelt or misplaced key is caught even when the school has no value
 * there. Stateless and thread-safe.
 */
public final class ModelPaths {

  /** Records the school file writes as one piece of text, so they have no places inside them. */
  private static final Set<Class<?>> WRITTEN_AS_TEXT = Set.of(ClockTime.class, PolicyDate.class);

  private ModelPaths() {}

  /**
   * Whether {@code pointer} names a place in a {@link School}, whether or not a given school has a
   * value there.
   *
   * @param pointer a JSON pointer: empty for the whole school, otherwise steps each after a {@code
   *     /}, with {@code ~1} for a {@code /} and {@code ~0} for a {@code ~} inside a step
   * @return false for a step that is not a component, an index or a map key
   */
  public static boolean exists(String pointer) {
    if (pointer.isEmpty()) {
      return true;
    }
    if (!pointer.startsWith("/")) {
      return false;
    }
    Type type = School.class;
    for (String step : pointer.substring(1).split("/", -1)) {
      type = child(type, step.replace("~1", "/").replace("~0", "~"));
      if (type == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The type of the place {@code step} inside a value of {@code type}, or null if there is none.
   */
  private static Type child(Type type, String step) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      if (List.class.isAssignableFrom(raw)) {
        return step.matches("0|[1-9][0-9]{0,8}") ? p.getActualTypeArguments()[0] : null;
      }
      if (Map.class.isAssignableFrom(raw)) {
        return step.isEmpty() ? null : p.getActualTypeArguments()[1];
      }
      return null;
    }
    if (type instanceof Class<?> c && c.isRecord() && !WRITTEN_AS_TEXT.contains(c)) {
      for (RecordComponent component : c.getRecordComponents()) {
        if (component.getName().equals(step)) {
          return component.getGenericType();
        }
      }
    }
    return null;
  }
}
