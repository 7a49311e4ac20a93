package uk.org.attendance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.org.attendance.check.Finding;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.SourceRef;

/** SARIF, JUnit XML and GitHub annotations, checked as the CI systems read them. */
class ReportsTest {

  static final Path BASE = Path.of("/repo").toAbsolutePath();
  static final RuleInfo RETENTION =
      new RuleInfo(
          "ATT027",
          Severity.ERROR,
          "Register entries are not kept for 6 years",
          "https://www.legislation.gov.uk/uksi/2024/208",
          List.of("R-REG-07"));
  static final RuleInfo WEEK =
      new RuleInfo(
          "ATT026",
          Severity.WARNING,
          "School week is shorter than 32.5 hours",
          "https://example.org/week",
          List.of("R-DAY-03"));

  static Finding finding(String rule, Severity s, int line, String message, String suppressed) {
    return new Finding(
        "oak",
        new Diagnostic(
            rule,
            s,
            new SourceRef(BASE.resolve("schools/oak.yaml"), line, 3),
            message,
            "a hint, with: punctuation",
            "https://example.org"),
        suppressed);
  }

  @Test
  void sarifHasStableIdsRelativePathsFingerprintsAndSuppressions() throws Exception {
    List<Finding> findings =
        List.of(
            finding("ATT027", Severity.ERROR, 14, "kept for 3 years", null),
            finding(
                "ATT026",
                Severity.WARNING,
                20,
                "a 31-hour week",
                "Reception only; agreed by governors."));
    JsonNode sarif =
        new ObjectMapper()
            .readTree(SarifWriter.write(findings, List.of(RETENTION, WEEK), BASE, "1.0"));
    assertEquals("2.1.0", sarif.get("version").asText());
    JsonNode run = sarif.get("runs").get(0);
    assertEquals("ATT027", run.at("/tool/driver/rules/0/id").asText());
    assertEquals("error", run.at("/tool/driver/rules/0/defaultConfiguration/level").asText());
    JsonNode first = run.at("/results/0");
    assertEquals("ATT027", first.get("ruleId").asText());
    assertEquals(
        "schools/oak.yaml",
        first.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals(14, first.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals(3, first.at("/locations/0/physicalLocation/region/startColumn").asInt());
    assertEquals(32, first.at("/partialFingerprints/attendanceFinding~1v1").asText().length());
    assertTrue(first.path("suppressions").isMissingNode());
    assertEquals(
        "Reception only; agreed by governors.",
        run.at("/results/1/suppressions/0/justification").asText());
    assertEquals("warning", run.at("/results/1/level").asText());
  }

  @Test
  void sarifFingerprintsIgnoreLineMoves() throws Exception {
    String a =
        SarifWriter.write(
            List.of(finding("ATT027", Severity.ERROR, 14, "kept for 3 years", null)),
            List.of(RETENTION),
            BASE,
            "1");
    String b =
        SarifWriter.write(
            List.of(finding("ATT027", Severity.ERROR, 40, "kept for 3 years", null)),
            List.of(RETENTION),
            BASE,
            "1");
    ObjectMapper m = new ObjectMapper();
    assertEquals(
        m.readTree(a).at("/runs/0/results/0/partialFingerprints"),
        m.readTree(b).at("/runs/0/results/0/partialFingerprints"));
  }

  @Test
  void junitHasOneCasePerRuleFailingErrorsAndSkippingSuppressions() throws Exception {
    List<Finding> findings =
        List.of(
            finding("ATT027", Severity.ERROR, 14, "kept for 3 years <&> \"quoted\"", null),
            finding("ATT026", Severity.WARNING, 20, "a 31-hour week", "Reception only."));
    String xml =
        JUnitWriter.suite("attendance.oak", findings, List.of(RETENTION, WEEK), BASE, false);
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element suite = doc.getDocumentElement();
    assertEquals("testsuite", suite.getTagName());
    assertEquals("2", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    assertEquals("1", suite.getAttribute("skipped"));
    NodeList cases = suite.getElementsByTagName("testcase");
    Element retention = (Element) cases.item(0);
    assertEquals(
        "ATT027 Register entries are not kept for 6 years", retention.getAttribute("name"));
    Element failure = (Element) retention.getElementsByTagName("failure").item(0);
    assertEquals("kept for 3 years <&> \"quoted\"", failure.getAttribute("message"));
    assertTrue(
        failure.getTextContent().startsWith("schools/oak.yaml:14:3: error: kept for 3 years"));
    Element week = (Element) cases.item(1);
    assertEquals(
        "suppressed: Reception only.",
        ((Element) week.getElementsByTagName("skipped").item(0)).getAttribute("message"));
  }

  @Test
  void junitFailsWarningsOnlyWhenWarningsFailTheBuild() throws Exception {
    List<Finding> findings =
        List.of(finding("ATT026", Severity.WARNING, 20, "a 31-hour week", null));
    assertTrue(
        JUnitWriter.suite("s", findings, List.of(WEEK), BASE, false).contains("failures=\"0\""));
    assertTrue(
        JUnitWriter.suite("s", findings, List.of(WEEK), BASE, true).contains("failures=\"1\""));
  }

  @Test
  void githubAnnotationsAreEscapedAndCapped() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      findings.add(finding("ATT027", Severity.ERROR, i, "100% wrong, line " + i, null));
    }
    findings.add(finding("ATT026", Severity.WARNING, 30, "short week", null));
    findings.add(finding("ATT026", Severity.WARNING, 31, "hidden", "Suppressed for a reason."));
    List<String> lines = GitHubAnnotations.lines(findings, BASE);
    assertEquals(12, lines.size());
    assertEquals(
        "::error file=schools/oak.yaml,line=1,col=3,title=ATT027::100%25 wrong, line 1%0Ahint: a hint, with: punctuation",
        lines.get(0));
    assertEquals(
        "::warning file=schools/oak.yaml,line=30,col=3,title=ATT026::short week%0Ahint: a hint, with: punctuation",
        lines.get(10));
    assertEquals(
        "::notice title=attendance::2 more findings are in the build log and the SARIF report",
        lines.get(11));
    assertFalse(String.join("\n", lines).contains("hidden"));
  }
}
