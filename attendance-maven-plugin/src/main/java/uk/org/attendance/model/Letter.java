package uk.org.attendance.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter the school sends.
 *
 * @param id stable identifier, e.g. "below-96-first"
 * @param title as printed
 * @param purpose why it is sent
 * @param trigger when it is sent
 * @param signedBy the role that signs it
 * @param body the letter text in Markdown, with fields written {@code {{PupilFullName}}}
 */
public record Letter(
    String id, String title, String purpose, String trigger, String signedBy, String body) {

  /**
   * The field syntax: {@code {{FieldName}}} (letters and digits), or {@code {{Band.<band-id>}}} for
   * one of the school's attendance bands.
   */
  public static final Pattern MERGE_FIELD =
      Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*(?:\\.[a-z0-9][a-z0-9-]*)?)\\s*}}");

  /** The fields the body uses (merge and fact fields), in order of first use. */
  public List<String> mergeFields() {
    Set<String> fields = new LinkedHashSet<>();
    if (body != null) {
      Matcher m = MERGE_FIELD.matcher(body);
      while (m.find()) {
        fields.add(m.group(1));
      }
    }
    return List.copyOf(fields);
  }
}
