package uk.org.attendance.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.load.SchoolLoader;
import uk.org.attendance.model.ResolvedSchool;

/**
 * The synthetic estate loads without a problem, every school with its own id, with federations
 * among them, and the same arguments write the same bytes.
 */
class SyntheticSchoolsTest {

  static final Path BUNDLED = Path.of("../schools/models");

  @Test
  void theEstateLoadsWithoutProblemsWithUniqueIdsAndFederations(@TempDir Path dir)
      throws Exception {
    SyntheticSchools.Estate estate = SyntheticSchools.write(BUNDLED, dir, 23, true);
    assertEquals(23, estate.ids().size());
    assertEquals(23, new HashSet<>(estate.ids()).size(), "unique ids: " + estate.ids());
    assertEquals(2, estate.trusts(), "every fifth pattern is a trust of seven");

    SchoolLoader.Result loaded = new SchoolLoader().loadDirectory(dir);
    assertEquals(List.of(), loaded.diagnostics());
    assertEquals(
        estate.ids().stream().sorted().toList(),
        loaded.schools().stream().map(ResolvedSchool::id).toList());
    long members = loaded.schools().stream().filter(s -> s.files().size() == 2).count();
    assertEquals(14, members, "the trusts' members extend their trust's base file");
    assertEquals(
        23,
        loaded.schools().stream().map(s -> s.model().school().name()).distinct().count(),
        "every name is new");
  }

  @Test
  void theSameArgumentsWriteTheSameBytes(@TempDir Path dir) throws Exception {
    SyntheticSchools.write(BUNDLED, dir.resolve("a"), 12, true);
    SyntheticSchools.write(BUNDLED, dir.resolve("b"), 12, true);
    List<Path> a = files(dir.resolve("a"));
    assertEquals(a, files(dir.resolve("b")));
    for (Path p : a) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("a").resolve(p)),
          Files.readAllBytes(dir.resolve("b").resolve(p)),
          p.toString());
    }
  }

  @Test
  void timesMoveTogetherInFieldsAndProseAndKeepHowTheyAreWritten() {
    assertEquals(
        "opens: 8.40am\nbefore 9.05 am, by \"09:00\", at 08.30. Lunch 11.55am-12.50pm; John 10:00; 1.09.25",
        SyntheticSchools.shifted(
            "opens: 8.50am\nbefore 9.15 am, by \"09:10\", at 08.40. Lunch 12.05pm-1.00pm; John 10:10; 1.09.25",
            -10));
  }

  @Test
  void aSchoolIsRenamedOnlyInItsOwnBlock() {
    String text =
        "school:\n  # comment\n  id: old\n  name: Old School\n\n  shortName: Old\nschoolDay:\n  groups:\n    - id: all\n      name: All pupils\n";
    assertEquals(
        "school:\n  # comment\n  id: new-1\n  name: \"New School\"\n\n  shortName: \"New\"\nschoolDay:\n  groups:\n    - id: all\n"
            + "      name: All pupils\n",
        SyntheticSchools.renamed(text, "new-1", "New School", "New"));
    assertTrue(SyntheticSchools.id(7).matches("[a-z0-9][a-z0-9-]{0,59}"));
  }

  private static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }
}
