package uk.org.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.load.SchoolLoader;
import uk.org.attendance.model.ClockTime;
import uk.org.attendance.model.ResolvedSchool;

/** The façade, end to end on real files: the bundled schools and a file from init. */
class AttendanceCompilerTest {

  static final AttendanceCompiler COMPILER = new AttendanceCompiler();
  static final Path BUNDLED = Path.of("../schools/models");

  @Test
  void everyBundledSchoolValidatesWithNoFindings() {
    SchoolLoader.Result r = COMPILER.validate(BUNDLED);
    assertEquals(List.of(), r.diagnostics().stream().map(d -> d.format(BUNDLED)).toList());
    assertEquals(
        List.of(
            "duke-of-bedford-primary",
            "kelvedon-hatch-primary",
            "kings-caple",
            "lanercost-ce-primary",
            "llangrove",
            "lord-scudamore",
            "marden",
            "pencombe",
            "st-weonards",
            "strathmore-infant-nursery",
            "sutton"),
        r.schools().stream().map(ResolvedSchool::id).toList());
    assertEquals(12, r.files().size(), "11 schools and the HMFA base");
  }

  @Test
  void federationMembersCarryTheirOwnTimesAndTheFederationsRules() {
    Map<String, ResolvedSchool> byId =
        COMPILER.validate(BUNDLED).schools().stream()
            .collect(Collectors.toMap(ResolvedSchool::id, s -> s));
    ResolvedSchool scudamore = byId.get("lord-scudamore");
    assertEquals(
        List.of("Nursery", "Reception", "Years 1 to 6"),
        scudamore.model().schoolDay().groups().stream().map(g -> g.name()).toList());
    assertEquals(ClockTime.of(15, 5), scudamore.model().schoolDay().groups().get(1).endOfDay());
    assertEquals("Herefordshire Marches Federation of Academies", scudamore.model().trust().name());
    assertEquals(6, scudamore.model().registers().retentionYears());
    assertTrue(scudamore.at("/registers/retentionYears").file().endsWith("hmfa/federation.yaml"));
    assertTrue(
        scudamore.at("/schoolDay/groups/1/endOfDay").file().endsWith("hmfa/lord-scudamore.yaml"));
  }

  @Test
  void anInitFileFailsUntilFilledInThenValidates(@TempDir Path dir) throws IOException {
    String text =
        AttendanceCompiler.newSchoolFile(
            "st-annes", "St Anne's Primary School", "school.schema.json");
    assertTrue(text.startsWith("# yaml-language-server: $schema=school.schema.json\n"));
    Path file = dir.resolve("st-annes.yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);

    SchoolLoader.Result before = COMPILER.validate(dir);
    long placeholders =
        text.lines().filter(l -> !l.startsWith("#") && l.contains("\"FILL IN:")).count();
    assertEquals(placeholders, before.diagnostics().size());
    assertTrue(
        before.diagnostics().stream()
            .allMatch(d -> d.message().endsWith("still needs filling in")));
    Diagnostic first = before.diagnostics().get(0);
    assertEquals(
        "st-annes.yaml:18:14: error: 'school.shortName' still needs filling in [LOAD-VALUE]",
        first.format(dir).lines().findFirst().orElseThrow());

    Files.writeString(file, fillIn(text), StandardCharsets.UTF_8);
    SchoolLoader.Result after = COMPILER.validate(dir);
    assertEquals(List.of(), after.diagnostics().stream().map(d -> d.format(dir)).toList());
    assertEquals("St Anne's Primary School", after.schools().get(0).model().school().name());
  }

  @Test
  void initRefusesABadId() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AttendanceCompiler.newSchoolFile("St Annes", "x", "s.json"));
    assertEquals(
        "the school id 'St Annes' must be lower-case letters, digits and hyphens, e.g. st-annes-primary",
        e.getMessage());
  }

  /** What a business manager would type: a real value for each kind of placeholder. */
  private static String fillIn(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("e\\.g\\. (\\d\\d:\\d\\d)[^\"]*", "$1");
    values.put("e\\.g\\. (\\d{4}-\\d\\d-\\d\\d)", "$1");
    values.put("e\\.g\\. (Autumn \\d{4})", "$1");
    values.put("e\\.g\\. (\\d{4}/\\d\\d)", "$1");
    values.put("https://www\\.your-school\\.sch\\.uk", "https://www.st-annes.sch.uk");
    values.put("office@your-school\\.sch\\.uk", "office@st-annes.sch.uk");
    values.put("their email address", "person@st-annes.sch.uk");
    values.put("the address to write to", "office@st-annes.sch.uk");
    values.put("the office phone number", "01234 567890");
    values.put(".*", "Filled in");
    StringBuilder out = new StringBuilder();
    Pattern placeholder = Pattern.compile("\"FILL IN: ([^\"]*)\"");
    for (String line : text.split("\n", -1)) {
      Matcher m = placeholder.matcher(line);
      if (m.find()) {
        String hint = m.group(1);
        String value = null;
        for (Map.Entry<String, String> e : values.entrySet()) {
          Matcher v = Pattern.compile(e.getKey()).matcher(hint);
          if (v.find()) {
            value = v.group().replaceAll(e.getKey(), e.getValue());
            break;
          }
        }
        line = line.substring(0, m.start()) + "\"" + value + "\"" + line.substring(m.end());
      }
      out.append(line).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }
}
