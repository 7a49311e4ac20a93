package uk.org.attendance.render;

import java.util.Map;
import java.util.regex.Matcher;
import uk.org.attendance.model.Letter;
import uk.org.attendance.reference.FactField;
import uk.org.attendance.reference.MergeField;

/**
 * Fills a letter body's fields: fact fields always become the school's facts; merge fields are
 * shown as Word shows them ({@code «PupilFullName»}), filled with fictional examples, or kept for
 * the DOCX writer to turn into real MERGEFIELDs.
 */
public final class LetterText {

  /** What to do with merge fields. */
  public enum Mode {
    /** «FieldName», as Word shows an unmerged field. */
    TEMPLATE,
    /** The catalogue's clearly fictional example. */
    SAMPLE,
    /** {{FieldName}} left in place, for the DOCX writer. */
    KEEP
  }

  private LetterText() {}

  /**
   * @param body the letter's Markdown
   * @param facts the school's fact values
   * @param mode what to do with merge fields
   * @return Markdown with fields filled (samples from the catalogue's examples)
   */
  public static String fill(String body, Map<String, String> facts, Mode mode) {
    return fill(body, facts, mode, Map.of(), Map.of());
  }

  /**
   * @param body the letter's Markdown
   * @param facts the school's fact values
   * @param mode what to do with merge fields
   * @param names the school's MIS names for merge fields (shown in template mode)
   * @param samples made-up values for this letter's merge fields (sample mode), e.g. from {@link
   *     SampleData}; the catalogue's example where a field has none
   * @return Markdown with fields filled
   */
  public static String fill(
      String body,
      Map<String, String> facts,
      Mode mode,
      Map<String, String> names,
      Map<String, String> samples) {
    return replace(body, facts, mode, names, samples, true);
  }

  /** The same for plain text (a subject line): values are not escaped for Markdown. */
  public static String plain(
      String text,
      Map<String, String> facts,
      Mode mode,
      Map<String, String> names,
      Map<String, String> samples) {
    return replace(text, facts, mode, names, samples, false);
  }

  private static String replace(
      String body,
      Map<String, String> facts,
      Mode mode,
      Map<String, String> names,
      Map<String, String> samples,
      boolean markdown) {
    Matcher m = Letter.MERGE_FIELD.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value;
      if (facts.containsKey(name)) {
        value = facts.get(name);
      } else if (FactField.find(name).isPresent() || name.startsWith(FactField.BAND_PREFIX)) {
        // A fact the school has not given: a visible gap (the checker reports it), never a field
        // for the MIS.
        value = "[not in the school file: " + name + "]";
      } else if (mode == Mode.KEEP) {
        value = "{{" + name + "}}";
      } else if (mode == Mode.SAMPLE) {
        value =
            samples.getOrDefault(
                name,
                MergeField.find(name).map(MergeField::example).orElse("\u00AB" + name + "\u00BB"));
      } else {
        value = "\u00AB" + names.getOrDefault(name, name) + "\u00BB";
      }
      if (markdown && mode != Mode.KEEP || markdown && facts.containsKey(name)) {
        value = escape(value);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Backslash-escapes the characters Markdown would read as formatting. */
  static String escape(String value) {
    return value.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }
}
