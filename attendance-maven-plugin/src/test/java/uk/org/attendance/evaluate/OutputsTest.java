package uk.org.attendance.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.report.CsvAssertions;

/**
 * The outputs an officer opens: OWASP formula payloads from the register and from rules.json come
 * out neutralised in every CSV and in the web page; HTML in any field is shown as text; the page is
 * accessible and runs nothing but its own sorter; the same input gives the same bytes.
 */
class OutputsTest {

  static final String LINK = "=HYPERLINK(\"http://x\"&A1,\"click\")";

  static Evaluation evaluation;
  static Map<String, String> files;

  @BeforeAll
  static void evaluate(@TempDir Path dir) throws Exception {
    // The school's own text, hostile: a stage title, an action, a band id and a letter title that
    // start formulas.
    Path rules =
        TestRules.school("hostile", "Hostile School")
            .band("green", "Green", 96.0, null, null, null, null)
            .band("-2+3", "Amber", null, 90.0, 96.0, null, "concern")
            .band("red", "Red", null, null, null, 90.0, "meeting")
            .flow("absence", "Absence")
            .stage(
                "concern",
                "\t=cmd|' /C calc'!A0",
                "Attendance below 96%",
                "attendance-percent",
                "below",
                96.0,
                null,
                "concern",
                "Attendance Officer",
                "\r=1+1")
            .stage(
                "meeting",
                "Meeting",
                "Attendance 90% or below",
                "attendance-percent",
                "at-most",
                90.0,
                null,
                "meeting",
                "Deputy Headteacher",
                "We invite you to a meeting.")
            .letter("concern", "@SUM(1+1)")
            .letter("meeting", "Meeting invitation")
            .write(dir, "hostile.rules.json");
    StringBuilder csv = new StringBuilder("UPN,Name,Year Group,Reg Group,Date,Session,Mark\n");
    String[][] pupils = {
      {"\"" + LINK.replace("\"", "\"\"") + "\"", "+cmd|calc!A0", "@SUM(1+1)", "-2+3"},
      {"+cmd|calc!A0", "<script>alert(1)</script>", "=1+1", "@x"},
      {"P3", "\"<img src=x onerror=alert(1)>\"", "Year 7", "7A"}
    };
    Registers days = Registers.of(10);
    for (String[] p : pupils) {
      for (int s = 0; s < 20; s++) {
        String code = s < 1 ? "O" : s % 2 == 0 ? "/" : "\\";
        csv.append(String.join(",", p))
            .append(',')
            .append(days.day(s / 2))
            .append(s % 2 == 0 ? ",AM," : ",PM,")
            .append(code)
            .append('\n');
      }
    }
    Path register = Fixtures.file(dir, "register.csv", csv.toString());
    evaluation = Evaluation.run(rules, register);
    files = evaluation.files();
    assertEquals(
        files, Evaluation.run(rules, register).files(), "the same input gives the same bytes");
  }

  @Test
  void everyCsvNeutralisesTheOwaspPayloadsFromTheRegisterAndTheRules() {
    for (String name : List.of("evaluation.csv", "actions.csv", "summary.csv")) {
      CsvAssertions.noCellStartsAFormula(files.get(name));
    }
    List<List<String>> pupils = CsvAssertions.records(files.get("evaluation.csv"));
    assertEquals(
        List.of("'+cmd|calc!A0", "<script>alert(1)</script>", "'=1+1", "'@x"),
        pupils.get(1).subList(0, 4));
    assertEquals(
        List.of("'" + LINK, "'+cmd|calc!A0", "'@SUM(1+1)", "'-2+3"), pupils.get(2).subList(0, 4));
    assertEquals("'-2+3", pupils.get(2).get(15), "a band id from rules.json is text, neutralised");
    assertEquals("95.0", pupils.get(2).get(8), "a percentage we worked out stays a number");
    List<List<String>> actions = CsvAssertions.records(files.get("actions.csv"));
    List<String> concern =
        actions.stream().filter(r -> r.get(0).equals("'" + LINK)).findFirst().orElseThrow();
    assertEquals("'\t=cmd|' /C calc'!A0", concern.get(6), "a stage title from rules.json");
    assertEquals("'\r=1+1", concern.get(12).replace('\n', '\r'), "an action from rules.json");
    assertEquals("'@SUM(1+1)", concern.get(11), "a letter title from rules.json");
    assertTrue(
        files.get("summary.csv").contains("\nyear group,\"'@SUM(1+1)\",1,"),
        files.get("summary.csv"));
    assertTrue(
        files.get("summary.csv").contains("\nregistration group,\"'-2+3\",1,"),
        files.get("summary.csv"));
  }

  @Test
  void theWebPageShowsHtmlAsTextAndNeutralisesFormulas() {
    String html = files.get("evaluation.html");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(
        html.contains(
            "<th scope=\"row\">&#39;=HYPERLINK(&quot;http://x&quot;&amp;A1,&quot;click&quot;)</th>"));
    assertFalse(html.contains("<img"));
    assertFalse(
        Pattern.compile("\\s(src|href|action|formaction)=")
            .matcher(html.replaceAll("&[a-z#0-9]+;", "").replaceAll(">[^<]*<", "><"))
            .find(),
        "no attribute loads or links anything");
    assertEquals(1, count(html, "<script"), "one script element: the sorter");
  }

  @Test
  void theWebPageIsAccessibleAndOnlyItsOwnScriptAndStyleMayRun() throws Exception {
    String html = files.get("evaluation.html");
    assertTrue(
        html.startsWith(
            "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"));
    assertEquals(1, count(html, "<main>"));
    assertEquals(2, count(html, "<caption>"), "both tables have a caption");
    assertEquals(
        count(html, "<th scope="),
        count(html, "<th ") + count(html, "<th>"),
        "every header cell has a scope");
    assertTrue(
        html.contains(
            "<th scope=\"col\" data-type=\"number\"><button type=\"button\">Attendance %</button></th>"));
    Matcher csp =
        Pattern.compile(
                "content=\"default-src 'none'; style-src '(sha256-[^']+)'; script-src '(sha256-[^']+)'\"")
            .matcher(html);
    assertTrue(csp.find());
    assertEquals(sha256(between(html, "<style>", "</style>")), csp.group(1));
    assertEquals(sha256(between(html, "<script>", "</script>")), csp.group(2));
    assertTrue(html.contains("<details><summary>Why</summary>"));
  }

  @Test
  void theJsonHasSortedKeysAndTheEvidence() throws Exception {
    JsonNode root = new ObjectMapper().readTree(files.get("evaluation.json"));
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertEquals(keys.stream().sorted().toList(), keys);
    JsonNode link = root.path("pupils").get(1);
    assertEquals(
        LINK, link.path("pupil").asText(), "JSON keeps the text as it is: it is not a spreadsheet");
    assertEquals(
        "attendance 95.0% (19 of 20 possible sessions, 1 September 2025 to 12 September 2025); below 96% since"
            + " 1 September 2025",
        link.path("stages").get(0).path("evidence").path("text").asText());
    assertEquals("due", link.path("stages").get(0).path("letterStatus").asText());
    assertTrue(files.get("evaluation.json").endsWith("}\n"));
    assertFalse(
        files.get("evaluation.json").contains(Path.of("").toAbsolutePath().toString()),
        "no absolute paths");
  }

  static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  static String between(String text, String open, String close) {
    int a = text.indexOf(open) + open.length();
    return text.substring(a, text.indexOf(close, a));
  }

  static String sha256(String text) throws Exception {
    return "sha256-"
        + Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
