package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.attendance.check.rules.RuleHarness.assertFindings;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.org.attendance.reference.AttendanceCode;

class NationalCodesMissingTest {
  final NationalCodesMissing rule = new NationalCodesMissing();

  @Test
  void flagsATableThatLeavesCodesOut() {
    assertFindings(
        rule,
        """
        # expect: ATT005
        codes:
          - {code: L, meaning: Late, category: present}
        """);
  }

  @Test
  void acceptsNoTableAtAll() {
    assertFindings(
        rule,
        """
        policy:
          title: Attendance Policy
        """);
  }

  @Test
  void acceptsAFullTable() {
    String rows =
        AttendanceCode.all().stream()
            .map(NationalCodesMissingTest::row)
            .collect(Collectors.joining("\n"));
    assertFindings(rule, "codes:\n" + rows + "\n");
  }

  /** One table row; a backslash code is written "\\" inside YAML double quotes. */
  static String row(AttendanceCode c) {
    return "  - {code: \"" + c.code().replace("\\", "\\\\") + "\", meaning: x, category: present}";
  }

  @Test
  void listsWhatIsMissing() {
    String rows =
        AttendanceCode.all().stream()
            .filter(c -> !c.code().equals("Y6") && !c.code().equals("K"))
            .map(NationalCodesMissingTest::row)
            .collect(Collectors.joining("\n"));
    assertEquals(
        "the code table leaves out national codes: K Y6",
        RuleHarness.message(rule, "codes:\n" + rows + "\n"));
  }
}
