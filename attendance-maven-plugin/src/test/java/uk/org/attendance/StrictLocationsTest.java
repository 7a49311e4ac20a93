package uk.org.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.org.attendance.audit.Auditor;
import uk.org.attendance.check.Checker;
import uk.org.attendance.check.Finding;
import uk.org.attendance.load.SchoolLoader;
import uk.org.attendance.model.ModelPaths;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.SourceRef;

/**
 * A finding is reported where the value it is about is written, and a place that does not exist is
 * a failure, never a silent move to a parent's line: {@code ResolvedSchool.at} is strict, and
 * {@code whereMissing} (for a value that is absent) refuses a place no school model has. Every rule
 * runs here on every bundled school and every audited source policy with those strict locations
 * (the rule tests run every rule on each of their cases too, in {@code RuleHarness}); a rule that
 * asks for a place the school does not have is reported by the checker as {@code CHECK-INTERNAL}.
 */
class StrictLocationsTest {

  static final Path MODELS = Path.of("../schools/models");
  static final Path AUDIT_SOURCES = Path.of("src/test/resources/audit/sources");
  static final AttendanceCompiler COMPILER = new AttendanceCompiler();

  @Test
  void everyRuleFindsThePlaceOfEveryFindingInTheBundledSchools() {
    // Two days: one before and one after every bundled review date, so the review rules report too.
    for (LocalDate day : List.of(LocalDate.of(2024, 9, 1), LocalDate.of(2026, 11, 23))) {
      CheckResult r = COMPILER.check(MODELS, day);
      assertTrue(
          r.schools().size() >= 11, "every bundled school is checked: " + r.schools().size());
      assertEquals(List.of(), internal(r.findings()), "checked on " + day);
    }
  }

  @Test
  void everyRuleFindsThePlaceOfEveryFindingInTheAuditedPolicies() throws IOException {
    List<Path> policies;
    try (Stream<Path> files = Files.list(AUDIT_SOURCES)) {
      policies = files.sorted().toList();
    }
    Auditor.Result r = COMPILER.audit(policies, LocalDate.of(2026, 11, 23));
    assertEquals(policies.size(), r.policies().size());
    List<Finding> all = new ArrayList<>();
    r.policies().forEach(p -> all.addAll(p.findings()));
    assertTrue(all.size() > 50, "the audit reports its findings: " + all.size());
    assertEquals(List.of(), internal(all));
  }

  @Test
  void aValueThatIsPresentIsLocatedWhereItIsWritten() {
    ResolvedSchool kelvedon = school("kelvedon-hatch-primary");
    SourceRef deadline = kelvedon.at("/absenceReporting/deadline");
    assertEquals("kelvedon-hatch-primary.yaml", deadline.file().getFileName().toString());
    assertTrue(deadline.line() > 0 && deadline.column() > 0, deadline.toString());
    assertEquals(
        deadline, kelvedon.whereMissing("/absenceReporting/deadline"), "present: its own place");
  }

  @Test
  void aValueThatIsAbsentIsLocatedAtItsParentOnlyOnPurpose() {
    ResolvedSchool kelvedon = school("kelvedon-hatch-primary");
    assertFalse(kelvedon.source().has("/contacts/headteacher/phone"));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> kelvedon.at("/contacts/headteacher/phone"));
    assertEquals(
        "the school has no value at /contacts/headteacher/phone: a finding about an absent value is located"
            + " with whereMissing",
        e.getMessage());
    assertEquals(
        kelvedon.at("/contacts/headteacher"), kelvedon.whereMissing("/contacts/headteacher/phone"));
    assertEquals(
        kelvedon.at("/contacts"),
        kelvedon.whereMissing("/contacts/attendanceGovernor/phone"),
        "the nearest present parent");
    assertThrows(
        IllegalStateException.class, () -> kelvedon.at("/contacts/headteacher/phone", "01234"));
  }

  @Test
  void aPlaceNoSchoolModelHasIsRefusedEvenWhereMissing() {
    ResolvedSchool kelvedon = school("kelvedon-hatch-primary");
    IllegalStateException typo =
        assertThrows(IllegalStateException.class, () -> kelvedon.whereMissing("/policy/reviewdue"));
    assertEquals("/policy/reviewdue is not a place in a school model", typo.getMessage());
    assertEquals(
        "/absenceReporting/deadline/x is not a place in a school model",
        assertThrows(IllegalStateException.class, () -> kelvedon.at("/absenceReporting/deadline/x"))
            .getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> kelvedon.whereMissing("/schoolDay/groups/first/endOfDay"));
  }

  @Test
  void theModelsPlacesAreTheSchoolFilesKeys() {
    assertTrue(ModelPaths.exists(""));
    assertTrue(ModelPaths.exists("/schoolDay/groups/3/afternoonRegister/closes"));
    assertTrue(ModelPaths.exists("/letterFields/PupilFirstName"), "a map takes any key");
    assertTrue(ModelPaths.exists("/annexes/0/table/rows/2/1"), "a list of lists");
    assertFalse(
        ModelPaths.exists("/schoolDay/groups/0/morningRegister/closes/time"),
        "a time is written as text");
    assertFalse(ModelPaths.exists("/policy/reviewDue/earliest"), "a date is written as text");
    assertFalse(ModelPaths.exists("/schoolDay/groups/-1"));
    assertFalse(ModelPaths.exists("/schoolday"));
    assertFalse(ModelPaths.exists("policy"));
    // Every place the loader records in every bundled school is a place of the model, so the two
    // agree.
    List<String> strays = new ArrayList<>();
    for (ResolvedSchool s : COMPILER.validate(MODELS).schools()) {
      s.source().asSortedMap().keySet().stream()
          .filter(p -> !ModelPaths.exists(p))
          .forEach(p -> strays.add(s.id() + " " + p));
    }
    assertEquals(List.of(), strays);
  }

  @Test
  void aRuleThatFailsIsReportedAsABugAtTheSchoolFileNeverAStackTrace() {
    ResolvedSchool kelvedon = school("kelvedon-hatch-primary");
    uk.org.attendance.check.Rule misplaced =
        new uk.org.attendance.check.Rule() {
          @Override
          public uk.org.attendance.check.RuleInfo info() {
            return new uk.org.attendance.check.RuleInfo(
                "ATT000",
                uk.org.attendance.diagnostic.Severity.ERROR,
                "Test rule",
                null,
                List.of());
          }

          @Override
          public void check(
              ResolvedSchool school, CheckContext context, uk.org.attendance.check.Reporter out) {
            out.report(school.at("/policy/reviewdue"), "never reported", null);
          }
        };
    List<Finding> found =
        new Checker(List.of(misplaced))
            .check(
                kelvedon,
                new uk.org.attendance.check.Rule.CheckContext(
                    uk.org.attendance.reference.Rulebooks.DFE_2024,
                    LocalDate.of(2026, 1, 1),
                    List.of()));
    found = found.stream().filter(f -> f.diagnostic().ruleId().equals(Checker.INTERNAL)).toList();
    assertEquals(1, found.size(), found.toString());
    assertEquals(
        "kelvedon-hatch-primary.yaml: error: the plugin failed while checking this school against ATT000 (IllegalStateException:"
            + " /policy/reviewdue is not a place in a school model) [CHECK-INTERNAL]"
            + System.lineSeparator()
            + "  hint: this is a bug in attendance-maven-plugin: please report it with this file",
        found.get(0).format(kelvedon.files().get(0).getParent()));
  }

  private static List<String> internal(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.diagnostic().ruleId().equals(Checker.INTERNAL))
        .map(f -> f.diagnostic().format(Path.of("")))
        .toList();
  }

  private static ResolvedSchool school(String id) {
    SchoolLoader.Result r = COMPILER.validate(MODELS);
    return r.schools().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }
}
