package uk.org.attendance.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import uk.org.attendance.model.ClockTime;
import uk.org.attendance.model.PolicyDate;
import uk.org.attendance.model.School;

/**
 * Binds a validated tree to the immutable model. The schema has already refused everything that
 * could fail here, so a failure is a bug in the plugin, not in the school's file.
 *
 * <p>YAML spells choices in kebab case ({@code federation-member}); the model's enums are {@code
 * FEDERATION_MEMBER}. This class is immutable and thread-safe.
 */
final class ModelBinder {

  private final ObjectMapper mapper;

  ModelBinder() {
    SimpleModule module = new SimpleModule("attendance-model");
    module.addDeserializer(
        ClockTime.class, new TextDeserializer<>(ClockTime.class, ClockTime::parse));
    module.addDeserializer(
        PolicyDate.class, new TextDeserializer<>(PolicyDate.class, PolicyDate::parse));
    module.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyEnumDeserializer(
              DeserializationConfig config,
              JavaType type,
              BeanDescription beanDesc,
              JsonDeserializer<?> deserializer) {
            return new KebabEnumDeserializer(type.getRawClass());
          }
        });
    this.mapper =
        JsonMapper.builder()
            .addModule(module)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
  }

  School bind(JsonNode tree) throws IOException {
    return mapper.treeToValue(tree, School.class);
  }

  /** Binds a tree to any model type, with the same spellings (kebab-case choices, times, dates). */
  <T> T bind(JsonNode tree, com.fasterxml.jackson.core.type.TypeReference<T> type)
      throws IOException {
    return mapper.readerFor(type).readValue(tree);
  }

  private static final class TextDeserializer<T> extends StdDeserializer<T> {
    private final java.util.function.Function<String, T> parse;

    TextDeserializer(Class<T> type, java.util.function.Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return parse.apply(p.getValueAsString());
    }
  }

  private static final class KebabEnumDeserializer extends StdDeserializer<Enum<?>> {
    private final Class<?> type;

    KebabEnumDeserializer(Class<?> type) {
      super(type);
      this.type = type;
    }

    @Override
    public Enum<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      for (Object c : type.getEnumConstants()) {
        if (uk.org.attendance.model.Spelling.kebab((Enum<?>) c).equals(p.getValueAsString())) {
          return (Enum<?>) c;
        }
      }
      return (Enum<?>) ctxt.handleWeirdStringValue(type, p.getValueAsString(), "not a known value");
    }
  }
}
