package uk.org.attendance.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.CheckResult;

/** Suppressions: kept in reports with their reasons; unknown or unused ones are reported. */
class CheckerTest {

  static final String SCHOOL =
      """
      school: {id: s, name: S School, type: academy, phase: primary, localAuthority: {name: Essex}, phone: 01234 567890}
      policy: {title: Attendance Policy, reviewDue: Autumn 2030}
      contacts:
        headteacher: {name: Mrs A Head, email: head@s.sch.uk}
        seniorAttendanceChampion: {name: Mrs A Head, email: head@s.sch.uk}
        dayToDay: [{name: Mr B, email: office@s.sch.uk}]
        individualSupport: [{name: Ms C, email: support@s.sch.uk}]
        attendanceGovernor: {name: Mr D}
      schoolDay:
        groups:
          - {id: all, name: All, morningRegister: {opens: "08:45", closes: "09:15"}, afternoonRegister: {opens: "13:00", closes: "13:30"}, endOfDay: "15:15"}
      absenceReporting: {deadline: "09:00", channels: [{type: phone}], followUp: [We phone you on the first morning.]}
      leave: {howToRequest: Ask in writing.}
      registers:
        retentionYears: 3
      prose: {promotingAttendance: We celebrate good attendance., absenceData: We look at the figures to find who needs help.}
      escalation:
        - {id: a, title: Absence, stages: [{id: r, title: Referral, trigger: {text: No improvement}, actions: [We refer you.], legalIntervention: true}]}
      """;

  @Test
  void anUnsuppressedErrorFailsAndASuppressedOneIsKeptWithItsReason(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("s.yaml"), SCHOOL, StandardCharsets.UTF_8);
    CheckResult plain = new AttendanceCompiler().check(dir, LocalDate.of(2026, 1, 1));
    assertEquals(
        List.of("ATT027"),
        plain.failing(false).stream().map(f -> f.diagnostic().ruleId()).toList());
    assertNull(plain.findings().get(0).suppressedBecause());

    Files.writeString(
        dir.resolve("s.yaml"),
        SCHOOL
            + """
        suppressions:
          - {rule: ATT027, reason: Our trust archive keeps three years; agreed with the LA in 2025.}
        """,
        StandardCharsets.UTF_8);
    CheckResult suppressed = new AttendanceCompiler().check(dir, LocalDate.of(2026, 1, 1));
    assertEquals(List.of(), suppressed.failing(false));
    // Changed with issue 12: a suppression that says no place still works, but now also warns
    // (ATT089).
    assertEquals(
        List.of("ATT027", "ATT089"),
        suppressed.findings().stream().map(x -> x.diagnostic().ruleId()).toList());
    Finding f = suppressed.findings().get(0);
    assertEquals("ATT027", f.diagnostic().ruleId());
    assertEquals(
        "Our trust archive keeps three years; agreed with the LA in 2025.", f.suppressedBecause());
    assertEquals(
        "s.yaml:15:19: suppressed: the policy keeps register entries for 3 years; since 19 August 2024 every entry"
            + " is kept for 6 years [ATT027] (Our trust archive keeps three years; agreed with the LA in 2025.)",
        f.format(dir));
  }

  @Test
  void reportsSuppressionsOfUnknownRulesAndSuppressionsThatMatchNothing(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("s.yaml"),
        SCHOOL.replace("retentionYears: 3", "retentionYears: 6")
            + """
        suppressions:
          - {rule: ATT999, reason: A rule id that does not exist.}
          - {rule: ATT010, reason: "Our amounts are right, this is a stale suppression."}
        """,
        StandardCharsets.UTF_8);
    CheckResult r = new AttendanceCompiler().check(dir, LocalDate.of(2026, 1, 1));
    assertEquals(
        List.of(
            "s.yaml:20:12: error: the school suppresses 'ATT999', which is not a rule [ATT098]",
            "s.yaml:21:12: warning: the school suppresses ATT010 (penalty-notice amount or payment window differs from"
                + " the national framework), but nothing here triggers it [ATT099]"),
        r.findings().stream().map(f -> f.format(dir).lines().findFirst().orElseThrow()).toList());
  }

  @Test
  void aScopedSuppressionHidesOnlyTheFindingsInsideItsPlace(@TempDir Path dir) throws Exception {
    String two =
        SCHOOL
            .replace(
                "- {id: all, name: All, morningRegister: {opens: \"08:45\", closes: \"09:15\"}, afternoonRegister: {opens: \"13:00\","
                    + " closes: \"13:30\"}, endOfDay: \"15:15\"}",
                "- {id: nursery, name: Nursery, stage: reception, morningRegister: {opens: \"08:45\", closes: \"09:15\"}, endOfDay: \"15:15\"}\n"
                    + "    - {id: infants, name: Infants, morningRegister: {opens: \"08:45\", closes: \"09:15\"}, endOfDay: \"15:15\"}")
            .replace("retentionYears: 3", "retentionYears: 6");
    Files.writeString(
        dir.resolve("s.yaml"),
        two
            + """
        suppressions:
          - rule: ATT023
            group: nursery
            reason: The nursery class leaves at lunchtime; the school is to confirm its afternoon register.
        """,
        StandardCharsets.UTF_8);
    CheckResult r = new AttendanceCompiler().check(dir, LocalDate.of(2026, 1, 1));
    assertEquals(
        List.of("ATT023 suppressed", "ATT023 failing"),
        r.findings().stream()
            .filter(f -> f.diagnostic().ruleId().equals("ATT023"))
            .map(f -> f.diagnostic().ruleId() + (f.suppressed() ? " suppressed" : " failing"))
            .toList(),
        "a group added later is not hidden by the nursery's suppression");
    assertEquals(
        List.of(),
        r.findings().stream().filter(f -> f.diagnostic().ruleId().startsWith("ATT09")).toList());

    Files.writeString(
        dir.resolve("s.yaml"),
        two
            + """
        suppressions:
          - {rule: ATT023, at: "schoolDay.groups[7]", reason: A place that the school file does not have.}
          - {rule: ATT023, group: reseption, reason: A group id with a typing error in it.}
        """,
        StandardCharsets.UTF_8);
    List<String> lines =
        new AttendanceCompiler()
            .check(dir, LocalDate.of(2026, 1, 1)).findings().stream()
                .filter(f -> f.diagnostic().ruleId().equals("ATT088"))
                .map(f -> f.format(dir).replace(System.lineSeparator(), "\n"))
                .toList();
    assertEquals(
        List.of(
            "s.yaml:21:24: error: the suppression applies at 'schoolDay.groups[7]', which the school file does not have [ATT088]"
                + "\n  hint: write the place as the finding prints it, e.g. letters[1].body or schoolDay.groups[0]",
            "s.yaml:22:27: error: the suppression applies to the group 'reseption', which 'schoolDay' does not have [ATT088]"
                + "\n  hint: the group ids allowed here are: infants, nursery"),
        lines);
  }
}
