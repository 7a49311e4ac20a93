package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.attendance.diagnostic.Diagnostic;

/**
 * The must-not-flag corpus: correct statements of the law, from the source policies and written to
 * vary the phrasing ({@code corpus/correct-statements.txt}), each put in a complete, correct school
 * as prose (a literal block and a folded one). No rule may flag any of them.
 */
class CorrectStatementsTest {

  @Test
  void noRuleFlagsACorrectStatementOfTheLaw() throws IOException {
    List<String> statements = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            Path.of("src/test/resources/corpus/correct-statements.txt"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        statements.add(line);
      }
    }
    assertEquals(
        true, statements.size() >= 60, "the corpus has " + statements.size() + " statements");
    StringBuilder literal = new StringBuilder("prose:\n  extraSections:\n");
    for (int i = 0; i < statements.size(); i++) {
      literal
          .append("    - id: s")
          .append(i)
          .append("\n      title: Statement ")
          .append(i)
          .append("\n      body: |\n        ")
          .append(statements.get(i))
          .append("\n");
    }
    StringBuilder folded = new StringBuilder("prose:\n  extraSections:\n");
    for (int i = 0; i < statements.size(); i++) {
      folded
          .append("    - id: s")
          .append(i)
          .append("\n      title: Statement ")
          .append(i)
          .append("\n      body: >-\n        ")
          .append(statements.get(i).replaceFirst("(.{40,60}?) ", "$1\n        "))
          .append("\n");
    }
    List<String> flagged = new ArrayList<>();
    for (String file : List.of(literal.toString(), folded.toString())) {
      for (Diagnostic d : RuleHarness.runAll("extends: base.yaml\n" + file)) {
        flagged.add(d.ruleId() + " line " + d.at().line() + ": " + d.message());
      }
    }
    assertEquals(List.of(), flagged);
  }
}
