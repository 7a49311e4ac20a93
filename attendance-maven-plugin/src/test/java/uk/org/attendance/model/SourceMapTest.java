package uk.org.attendance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Where each character of a text value is, however the places are asked for. */
class SourceMapTest {

  static final Path FILE = Path.of("school.yaml");
  static final List<String> YAML =
      List.of(
          "prose:",
          "  lateness: \"Pupils who arrive",
          "    after 9am sign in at the office.\"",
          "  absenceData: >",
          "    The officer looks",
          "    at every class.");
  static final Map<String, SourceRef> REFS =
      Map.of(
          "/prose/lateness", new SourceRef(FILE, 2, 13),
          "/prose/absenceData", new SourceRef(FILE, 4, 16));
  static final String LATENESS = "Pupils who arrive after 9am sign in at the office.";
  static final String ABSENCE = "The officer looks at every class.\n";

  static SourceMap map() {
    return new SourceMap(FILE, REFS, Map.of(FILE, YAML));
  }

  @Test
  void aCharacterIsFoundOnItsOwnLineInQuotedAndFoldedValues() {
    SourceMap map = map();
    assertEquals(new SourceRef(FILE, 2, 14), map.at("/prose/lateness", LATENESS, 0));
    assertEquals(
        new SourceRef(FILE, 3, 11), map.at("/prose/lateness", LATENESS, LATENESS.indexOf("9am")));
    assertEquals(
        new SourceRef(FILE, 6, 14),
        map.at("/prose/absenceData", ABSENCE, ABSENCE.indexOf("class")));
  }

  @Test
  void thePlacesAreTheSameInOrderOutOfOrderAndBetweenTwoValues() {
    List<SourceRef> inOrder = new ArrayList<>();
    SourceMap one = map();
    for (int i = 0; i < LATENESS.length(); i++) {
      inOrder.add(one.at("/prose/lateness", LATENESS, i));
    }
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < LATENESS.length(); i++) {
      offsets.add(i);
    }
    Collections.shuffle(offsets, new Random(15));
    SourceMap other = map();
    for (int i : offsets) {
      assertEquals(inOrder.get(i), other.at("/prose/lateness", LATENESS, i), "offset " + i);
      // another value located in between does not disturb this one's walk
      other.at("/prose/absenceData", ABSENCE, i % ABSENCE.length());
    }
    assertEquals(
        new SourceRef(FILE, 2, 13),
        other.at("/prose/lateness", "Not what the file says at all", 3),
        "a value the file does not hold is at its own place");
  }
}
