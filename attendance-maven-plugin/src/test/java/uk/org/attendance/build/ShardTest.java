package uk.org.attendance.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.load.SchoolLoader;
import uk.org.attendance.model.ResolvedSchool;

/**
 * Shards split the schools exactly: each school in one shard, each federation whole, each load
 * problem once.
 */
class ShardTest {

  static final SchoolLoader LOADER = new SchoolLoader();

  static Path synthetic;

  @BeforeAll
  static void makeAnEstate(@TempDir Path dir) throws Exception {
    synthetic = Estates.synthetic(dir.resolve("estate"), 40, 3, true);
  }

  @Test
  void theBundledSchoolsSplitExactlyForOneToFiveShards() {
    SchoolLoader.Result loaded = LOADER.loadDirectory(Estates.BUNDLED);
    assertEquals(11, loaded.schools().size());
    for (int n = 1; n <= 5; n++) {
      assertSplitExactly(loaded, Estates.BUNDLED, n);
    }
  }

  @Test
  void aSyntheticEstateSplitsExactlyWithItsFederationsWholeAndEachLoadProblemOnce() {
    SchoolLoader.Result loaded = LOADER.loadDirectory(synthetic);
    assertEquals(
        40 + 3 * 7,
        loaded.schools().size(),
        "the copy with a duplicate id is not a school: "
            + loaded.schools().stream().map(ResolvedSchool::id).toList());
    assertTrue(loaded.diagnostics().size() >= 4, loaded.diagnostics().toString());
    for (int n = 1; n <= 5; n++) {
      assertSplitExactly(loaded, synthetic, n);
    }
    // The regional base: its members' chain ends at the federation's base, with the other four.
    Map<String, Set<String>> groups = groups(loaded.schools(), synthetic);
    assertEquals(7, groups.get("trust-1/federation.yaml").size(), groups.toString());
    assertEquals(7, groups.get("trust-2/federation.yaml").size());
  }

  /**
   * Every school in exactly one of the n shards, every federation in one, every load problem once.
   */
  private static void assertSplitExactly(SchoolLoader.Result loaded, Path root, int n) {
    Map<String, Integer> shardOf = new HashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (int k = 1; k <= n; k++) {
      Shard shard = new Shard(k, n);
      for (ResolvedSchool s : shard.schools(loaded.schools(), root)) {
        Integer before = shardOf.put(s.id(), k);
        assertEquals(null, before, s.id() + " is in shards " + before + " and " + k + " of " + n);
      }
      problems.addAll(shard.loadProblems(loaded.diagnostics(), root));
    }
    assertEquals(
        loaded.schools().stream()
            .map(ResolvedSchool::id)
            .collect(java.util.stream.Collectors.toSet()),
        shardOf.keySet(),
        "every school in a shard, of " + n);
    assertEquals(
        new TreeSet<>(loaded.diagnostics()),
        new TreeSet<>(problems),
        "every load problem, of " + n);
    assertEquals(loaded.diagnostics().size(), problems.size(), "each load problem once, of " + n);
    for (Map.Entry<String, Set<String>> group : groups(loaded.schools(), root).entrySet()) {
      Set<Integer> shards = new TreeSet<>();
      group.getValue().forEach(id -> shards.add(shardOf.get(id)));
      assertEquals(
          1, shards.size(), group.getKey() + " is split across shards " + shards + " of " + n);
    }
  }

  /** Schools by the base file their chain ends at; only schools that extend one. */
  private static Map<String, Set<String>> groups(List<ResolvedSchool> schools, Path root) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (ResolvedSchool s : schools) {
      if (s.files().size() > 1) {
        out.computeIfAbsent(
                Shard.relative(s.files().get(s.files().size() - 1), root), k -> new TreeSet<>())
            .add(s.id());
      }
    }
    return out;
  }

  @Test
  void theBundledFederationIsOneGroupKeyedByItsBase() {
    SchoolLoader.Result loaded = LOADER.loadDirectory(Estates.BUNDLED);
    Map<String, Set<String>> groups = groups(loaded.schools(), Estates.BUNDLED);
    assertEquals(Set.of("hmfa/federation.yaml"), groups.keySet());
    assertEquals(7, groups.get("hmfa/federation.yaml").size());
    for (ResolvedSchool s : loaded.schools()) {
      assertEquals(
          s.files().size() > 1 ? "hmfa/federation.yaml" : s.id(), Shard.key(s, Estates.BUNDLED));
    }
  }

  @Test
  void aSchoolKeepsItsShardWhenSchoolsAreAddedAndTheSplitIsTheSameOnEveryMachine(@TempDir Path dir)
      throws Exception {
    Path small = Estates.synthetic(dir.resolve("small"), 12, 1, false);
    Path large = Estates.synthetic(dir.resolve("large"), 30, 2, false);
    Map<String, Integer> before = assigned(LOADER.loadDirectory(small), small, 4);
    Map<String, Integer> after = assigned(LOADER.loadDirectory(large), large, 4);
    before.forEach((id, k) -> assertEquals(k, after.get(id), id));
    // SHA-256 of the key, not String.hashCode or a path on this machine: pinned.
    assertEquals(4, Shard.of("marden", 4));
    assertEquals(3, Shard.of("hmfa/federation.yaml", 4));
    assertEquals(1, Shard.of("anything", 1));
  }

  private static Map<String, Integer> assigned(SchoolLoader.Result loaded, Path root, int n) {
    Map<String, Integer> out = new HashMap<>();
    for (int k = 1; k <= n; k++) {
      for (ResolvedSchool s : new Shard(k, n).schools(loaded.schools(), root)) {
        out.put(s.id(), k);
      }
    }
    return out;
  }

  @Test
  void readsKOfN() {
    assertEquals(Shard.ALL, Shard.parse(null));
    assertEquals(Shard.ALL, Shard.parse(" "));
    assertEquals(new Shard(2, 4), Shard.parse("2/4"));
    assertEquals(new Shard(3, 3), Shard.parse(" 3 / 3 "));
    assertEquals(new Shard(1, 1), Shard.parse("1/1"));
    assertEquals("2/4", new Shard(2, 4).toString());
    assertTrue(Shard.parse("1/1").all());
  }

  @Test
  void refusesAShardThatIsNotOneOfItsParts() {
    for (String bad :
        List.of("2", "2-4", "a/b", "/4", "2/", "-1/4", "2/4/6", "1.5/4", "99999999999/4")) {
      assertEquals(
          "the shard '"
              + bad
              + "' is not written K/N: write it as K/N, part K of N, with K from 1 to N:"
              + " -Dattendance.shard=2/4 is the second of four parts",
          assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad)).getMessage());
    }
    assertEquals(
        "the shard '5/4' names part 5 of 4: give a part from 1 to 4, e.g. -Dattendance.shard=1/4",
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("5/4")).getMessage());
    assertEquals(
        "the shard '0/4' names part 0 of 4: give a part from 1 to 4, e.g. -Dattendance.shard=1/4",
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/4")).getMessage());
    assertEquals(
        "the shard '0/0' splits the schools into 0 parts: write it as K/N, part K of N, with K from 1 to N:"
            + " -Dattendance.shard=2/4 is the second of four parts",
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/0")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Shard(2, 1));
  }
}
