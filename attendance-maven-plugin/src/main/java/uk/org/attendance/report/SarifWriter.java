package uk.org.attendance.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import uk.org.attendance.check.Finding;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.files.AtomicFiles;
import uk.org.attendance.files.Hashes;

/**
 * SARIF 2.1.0 for GitHub code scanning and other CI: stable rule ids, paths relative to the source
 * root, fingerprints that survive lines moving, suppressions kept with their reasons.
 */
public final class SarifWriter {

  /** What joins a finding's message and its hint in a result's text. */
  static final String HINT = ". Hint: ";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SarifWriter() {}

  /**
   * @param findings every finding
   * @param rules every rule that ran
   * @param base paths are written relative to this folder (the source root)
   * @param toolVersion the plugin's version
   * @return the SARIF document, ending in a newline
   */
  public static String write(
      List<Finding> findings, List<RuleInfo> rules, Path base, String toolVersion) {
    StringWriter out = new StringWriter();
    try {
      write(findings, rules, base, toolVersion, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The SARIF document as a file's content, written as UTF-8 result by result (see {@link
   * #write(List, List, Path, String, Writer)}), for {@link AtomicFiles#write(Path,
   * AtomicFiles.Content)}: the same bytes as {@link #write(List, List, Path, String)} encoded.
   */
  public static AtomicFiles.Content file(
      List<Finding> findings, List<RuleInfo> rules, Path base, String toolVersion) {
    return out ->
        write(
            findings,
            rules,
            base,
            toolVersion,
            new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * Writes the SARIF document to {@code out} result by result, never holding it whole: the same
   * characters as {@link #write(List, List, Path, String)} gives (Jackson's pretty printer, fields
   * in the same order), for an estate of any size.
   *
   * @param out where the document goes; flushed, not closed
   */
  public static void write(
      List<Finding> findings, List<RuleInfo> rules, Path base, String toolVersion, Writer out)
      throws IOException {
    try (JsonGenerator g = JSON.writer().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "attendance-maven-plugin");
      g.writeStringField("version", toolVersion);
      g.writeStringField(
          "informationUri",
          "https://www.gov.uk/government/publications/working-together-to-improve-school-attendance");
      g.writeArrayFieldStart("rules");
      for (RuleInfo r : rules) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", r.summary());
        g.writeEndObject();
        if (r.link() != null) {
          g.writeStringField("helpUri", r.link());
        }
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(r.severity()));
        g.writeEndObject();
        if (!r.enforces().isEmpty()) {
          g.writeObjectFieldStart("properties");
          g.writeStringField("enforces", String.join(", ", r.enforces()));
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject(); // driver
      g.writeEndObject(); // tool
      g.writeArrayFieldStart("results");
      for (Finding f : findings) {
        result(g, f, base);
      }
      g.writeEndArray();
      g.writeEndObject(); // the run
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write("\n");
    out.flush();
  }

  private static void result(JsonGenerator g, Finding f, Path base) throws IOException {
    Diagnostic d = f.diagnostic();
    g.writeStartObject();
    g.writeStringField("ruleId", d.ruleId());
    g.writeStringField("level", level(d.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", d.message() + (d.hint() == null ? "" : HINT + d.hint()));
    g.writeEndObject();
    String uri = Diagnostic.displayPath(d.at().file(), base);
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri);
    g.writeStringField("uriBaseId", "%SRCROOT%");
    g.writeEndObject();
    if (d.at().line() > 0) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", d.at().line());
      if (d.at().column() > 0) {
        g.writeNumberField("startColumn", d.at().column());
      }
      g.writeEndObject();
    }
    g.writeEndObject(); // physicalLocation
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(
        "attendanceFinding/v1", Hashes.sha256(d.ruleId(), uri, d.message()).substring(0, 32));
    g.writeEndObject();
    if (f.suppressed()) {
      g.writeArrayFieldStart("suppressions");
      g.writeStartObject();
      g.writeStringField("kind", "inSource");
      g.writeStringField("justification", f.suppressedBecause());
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  static String level(Severity s) {
    switch (s) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }
}
