package uk.org.attendance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import uk.org.attendance.load.SchoolLoader;

/**
 * The one entry point to the policy compiler, usable without Maven: load and validate school
 * models, and start a new one.
 *
 * <p>An instance holds only immutable, shared state (the compiled schema) and is thread-safe;
 * create one and reuse it.
 */
public final class AttendanceCompiler {

  /** Where the school schema lives in the plugin jar. */
  public static final String SCHEMA_RESOURCE = "/schema/school.schema.json";

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

  private final SchoolLoader loader = new SchoolLoader();

  /**
   * Loads every school model under {@code schoolsDir} and checks it against the schema.
   *
   * @param schoolsDir the folder of school YAML files
   * @return the schools that loaded and every problem found, located
   */
  public SchoolLoader.Result validate(Path schoolsDir) {
    return loader.loadDirectory(schoolsDir);
  }

  /**
   * A new, commented school file for a business manager to fill in. Every value the school must
   * supply is a {@code FILL IN: ...} placeholder, which validation refuses until it is replaced.
   *
   * @param id the school's id (lower case, digits and hyphens)
   * @param name the school's full name
   * @param schemaRef the schema path for the editor modeline, relative to the new file
   * @return the file's text
   * @throws IllegalArgumentException if the id is not valid
   */
  public static String newSchoolFile(String id, String name, String schemaRef) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "the school id '" + id + "' must be lower-case letters, digits and hyphens,"
              + " e.g. st-annes-primary");
    }
    String safeName = name == null || name.isBlank() ? "FILL IN: the school's full name" : name;
    return resource("/init/school.yaml")
        .replace("@SCHEMA@", schemaRef)
        .replace("@ID@", id)
        .replace("@NAME@", safeName.replace("\"", "'"));
  }

  /** The school schema as shipped in the plugin, for editors. */
  public static String schemaText() {
    return resource(SCHEMA_RESOURCE);
  }

  private static String resource(String name) {
    try (InputStream in = AttendanceCompiler.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the plugin jar has no " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
