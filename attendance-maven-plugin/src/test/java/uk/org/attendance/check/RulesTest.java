package uk.org.attendance.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.attendance.check.rules.Rules;

/**
 * The conventions every rule keeps: a unique stable id, a one-line summary, a national rule it
 * enforces, a test class of its own, and a row in the README's rule table.
 */
class RulesTest {

  @Test
  void everyRuleHasAUniqueId() {
    Set<String> ids = new HashSet<>();
    for (Rule r : Rules.ALL) {
      assertTrue(ids.add(r.info().id()), "duplicate id " + r.info().id());
      assertTrue(r.info().id().matches("ATT\\d{3}"), r.info().id());
    }
    assertFalse(ids.contains(Checker.UNKNOWN_SUPPRESSION.id()));
    assertFalse(ids.contains(Checker.UNKNOWN_PLACE.id()));
    assertFalse(ids.contains(Checker.WHOLE_SCHOOL.id()));
    assertFalse(ids.contains(Checker.UNUSED_SUPPRESSION.id()));
  }

  @Test
  void everyRuleCitesTheRuleItEnforcesAndLinksToGuidance() {
    for (Rule r : Rules.ALL) {
      assertFalse(r.info().enforces().isEmpty(), r.info().id());
      assertTrue(r.info().link().startsWith("https://"), r.info().id());
    }
  }

  @Test
  void everyRuleHasItsOwnTestClass() {
    List<String> missing = new ArrayList<>();
    for (Rule r : Rules.ALL) {
      Path test =
          Path.of(
              "src/test/java/uk/org/attendance/check/rules",
              r.getClass().getSimpleName() + "Test.java");
      if (!Files.exists(test)) {
        missing.add(test.toString());
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyRuleIsInTheReadmeTable() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    List<String> missing = new ArrayList<>();
    List<RuleInfo> all = new ArrayList<>(Rules.ALL.stream().map(Rule::info).toList());
    all.add(Checker.UNKNOWN_PLACE);
    all.add(Checker.WHOLE_SCHOOL);
    all.add(Checker.UNKNOWN_SUPPRESSION);
    all.add(Checker.UNUSED_SUPPRESSION);
    for (RuleInfo info : all) {
      String row =
          "| `"
              + info.id()
              + "` | "
              + info.severity().label()
              + " | "
              + info.summary(
                  uk.org.attendance.reference.Rulebooks.inForceOn(java.time.LocalDate.now()))
              + " |";
      if (!readme.contains(row)) {
        missing.add(row);
      }
    }
    assertEquals(List.of(), missing, "README rule table rows");
  }

  /** A summary names national values by placeholder, and each one is a value of the rule set. */
  @Test
  void everySummaryStatesTheRuleSetsValues() {
    uk.org.attendance.reference.Rulebook law =
        uk.org.attendance.reference.Rulebooks.inForceOn(java.time.LocalDate.now());
    for (Rule r : Rules.ALL) {
      String stated = r.info().summary(law);
      assertFalse(stated.contains("{"), r.info().id() + ": " + stated);
    }
    assertEquals(
        "Penalty-notice trigger departs from "
            + law.penalties().thresholdSessions()
            + " sessions in a rolling "
            + law.penalties().thresholdSchoolWeeks()
            + " school weeks",
        Rules.ALL.stream()
            .filter(r -> r.info().id().equals("ATT012"))
            .findFirst()
            .orElseThrow()
            .info()
            .summary(law));
    assertThrows(
        IllegalStateException.class,
        () ->
            new RuleInfo(
                    "ATT999",
                    uk.org.attendance.diagnostic.Severity.ERROR,
                    "{noSuchValue} sessions",
                    null,
                    List.of())
                .summary(law));
  }

  @Test
  void rulesAreListedInIdOrder() {
    List<String> ids = Rules.ALL.stream().map(r -> r.info().id()).toList();
    assertEquals(ids.stream().sorted().toList(), ids);
  }
}
