package uk.org.attendance.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
      Path test = Path.of("src/test/java/uk/org/attendance/check/rules", r.getClass().getSimpleName() + "Test.java");
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
      String row = "| `" + info.id() + "` | " + info.severity().label() + " | " + info.summary() + " |";
      if (!readme.contains(row)) {
        missing.add(row);
      }
    }
    assertEquals(List.of(), missing, "README rule table rows");
  }

  @Test
  void rulesAreListedInIdOrder() {
    List<String> ids = Rules.ALL.stream().map(r -> r.info().id()).toList();
    assertEquals(ids.stream().sorted().toList(), ids);
  }
}
