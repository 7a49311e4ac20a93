package uk.org.attendance.load;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import uk.org.attendance.model.Letter;

/** The letters a school gets when its model names none, shipped in the plugin. */
public final class DefaultLetters {

  private static final String RESOURCE = "/defaults/letters.yaml";

  private DefaultLetters() {}

  /** The default letters, in order. */
  public static List<Letter> load() {
    try (InputStream in = DefaultLetters.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the plugin jar has no " + RESOURCE);
      }
      return List.copyOf(
          new ModelBinder()
              .bind(
                  JsonMapper.builder(new YAMLFactory()).build().readTree(in),
                  new TypeReference<List<Letter>>() {}));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
