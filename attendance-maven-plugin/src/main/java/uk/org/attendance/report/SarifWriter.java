package uk.org.attendance.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import uk.org.attendance.check.Finding;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Severity;
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
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "attendance-maven-plugin");
    driver.put("version", toolVersion);
    driver.put(
        "informationUri",
        "https://www.gov.uk/government/publications/working-together-to-improve-school-attendance");
    ArrayNode ruleArray = driver.putArray("rules");
    for (RuleInfo r : rules) {
      ObjectNode rule = ruleArray.addObject();
      rule.put("id", r.id());
      rule.putObject("shortDescription").put("text", r.summary());
      if (r.link() != null) {
        rule.put("helpUri", r.link());
      }
      rule.putObject("defaultConfiguration").put("level", level(r.severity()));
      if (!r.enforces().isEmpty()) {
        rule.putObject("properties").put("enforces", String.join(", ", r.enforces()));
      }
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : findings) {
      Diagnostic d = f.diagnostic();
      ObjectNode result = results.addObject();
      result.put("ruleId", d.ruleId());
      result.put("level", level(d.severity()));
      String text = d.message() + (d.hint() == null ? "" : HINT + d.hint());
      result.putObject("message").put("text", text);
      String uri = Diagnostic.displayPath(d.at().file(), base);
      ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      artifact.put("uri", uri);
      artifact.put("uriBaseId", "%SRCROOT%");
      if (d.at().line() > 0) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", d.at().line());
        if (d.at().column() > 0) {
          region.put("startColumn", d.at().column());
        }
      }
      result
          .putObject("partialFingerprints")
          .put(
              "attendanceFinding/v1", Hashes.sha256(d.ruleId(), uri, d.message()).substring(0, 32));
      if (f.suppressed()) {
        ObjectNode s = result.putArray("suppressions").addObject();
        s.put("kind", "inSource");
        s.put("justification", f.suppressedBecause());
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
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
