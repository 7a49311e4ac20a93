package uk.org.attendance.mojo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.build.Estates;

/**
 * {@code -Dattendance.shard=K/N} and {@code attendance:merge-reports}: the merged reports of N
 * shards are, byte for byte, those of one unsharded check; merging refuses what would not be.
 */
class ShardedCheckTest {

  static Path dir;
  static Path synthetic;

  /**
   * The unsharded check of the bundled schools, drafts not allowed, and the message it failed with.
   */
  static Path whole;

  static String wholeFailure;
  static List<String> wholeLog;

  /** The bundled schools checked in three shards, under shards/shard-K. */
  static Path shards;

  @BeforeAll
  static void checkTheBundledSchoolsWholeAndInThreeShards(@TempDir Path tmp) throws Exception {
    dir = tmp;
    whole = dir.resolve("whole");
    ValidateMojoTest.RecordingLog log = new ValidateMojoTest.RecordingLog();
    wholeFailure =
        assertThrows(
                MojoFailureException.class,
                CheckMojoTest.mojo(Estates.BUNDLED, whole, log)::execute)
            .getMessage();
    wholeLog = log.lines;
    shards = dir.resolve("shards");
    for (int k = 1; k <= 3; k++) {
      check(Estates.BUNDLED, shards.resolve("shard-" + k), k + "/3", true);
    }
    // One copy of each bundled school on its own, in nested folders, and two federations of seven
    // (one with a regional base), with files that do not load: each of three shards gets schools
    // on their own, and a federation or files that do not load (asserted where it is merged).
    synthetic = Estates.synthetic(dir.resolve("estate"), 4, 2, true);
  }

  static ValidateMojoTest.RecordingLog check(
      Path schools, Path out, String shard, boolean allowDrafts) throws Exception {
    ValidateMojoTest.RecordingLog log = new ValidateMojoTest.RecordingLog();
    CheckMojo m = CheckMojoTest.mojo(schools, out, log);
    m.shard = shard;
    m.allowDrafts = allowDrafts;
    m.execute();
    return log;
  }

  static MergeReportsMojo merge(Path out, boolean allowDrafts, String... reports) {
    MergeReportsMojo m = new MergeReportsMojo();
    m.setLog(new ValidateMojoTest.RecordingLog());
    m.reports = List.of(reports);
    m.outputDirectory = out.toFile();
    m.allowDrafts = allowDrafts;
    return m;
  }

  static Set<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** The same files, each the same bytes. */
  static void assertSameReports(Path expected, Path actual) throws Exception {
    assertEquals(names(expected), names(actual));
    for (String name : names(expected)) {
      assertArrayEquals(
          Files.readAllBytes(expected.resolve(name)),
          Files.readAllBytes(actual.resolve(name)),
          name);
    }
  }

  @Test
  void threeShardsMergeIntoTheUnshardedReportsByteForByte() throws Exception {
    Path merged = dir.resolve("merged-3");
    merge(merged, true, shards.toString()).execute();
    assertTrue(names(merged).contains("attendance.sarif"));
    assertEquals(11, names(merged).stream().filter(n -> n.startsWith("TEST-attendance-")).count());
    assertSameReports(whole, merged);
    for (int k = 1; k <= 3; k++) {
      assertEquals(
          k + "/3\n", Files.readString(shards.resolve("shard-" + k + "/attendance.shard")));
    }
  }

  @Test
  void anyNumberOfShardsMergesIntoTheSameReports() throws Exception {
    for (int n : new int[] {1, 5}) {
      Path parts = dir.resolve("parts-" + n);
      for (int k = 1; k <= n; k++) {
        check(Estates.BUNDLED, parts.resolve("part-" + k), k + "/" + n, true);
      }
      Path merged = dir.resolve("merged-" + n);
      // A glob, as CI downloads each shard's artifact to a folder of its own.
      merge(merged, true, parts.resolve("part-*").toString()).execute();
      assertSameReports(whole, merged);
    }
  }

  @Test
  void anEstateWithFederationsAndFilesThatDoNotLoadMergesIntoTheUnshardedReports()
      throws Exception {
    Path all = dir.resolve("estate-whole");
    check(synthetic, all, null, true);
    assertTrue(
        names(all).stream().anyMatch(n -> n.startsWith("TEST-attendance-file-")),
        "load problems have reports: " + names(all));
    Path parts = dir.resolve("estate-shards");
    for (int k = 1; k <= 3; k++) {
      Path part = parts.resolve(String.valueOf(k));
      check(synthetic, part, k + "/3", true);
      assertTrue(
          names(part).stream()
              .anyMatch(n -> n.startsWith("TEST-attendance-") && !n.contains("-file-")),
          "shard " + k + " checked a school: " + names(part));
    }
    assertTrue(
        names(all).stream().filter(n -> n.startsWith("TEST-attendance-file-")).count() >= 3,
        "files that do not load: " + names(all));
    Path merged = dir.resolve("estate-merged");
    merge(
            merged,
            true,
            parts.resolve("1").toString(),
            parts.resolve("2") + "," + parts.resolve("3"))
        .execute();
    assertSameReports(all, merged);
  }

  @Test
  void mergingFailsOnErrorsExactlyAsCheckDoesUnlessDraftsAreAllowed() throws Exception {
    assertTrue(
        wholeFailure.matches("\\d+ errors in the school policies \\(listed above\\)\\..*"),
        wholeFailure);
    Path merged = dir.resolve("merged-strict");
    MergeReportsMojo m = merge(merged, false, shards.toString());
    ValidateMojoTest.RecordingLog log = (ValidateMojoTest.RecordingLog) m.getLog();
    assertEquals(wholeFailure, assertThrows(MojoFailureException.class, m::execute).getMessage());
    // Every error and warning check printed, in its order, but the "see:" links, which SARIF keeps
    // with the rules.
    assertEquals(
        wholeLog.stream()
            .filter(l -> l.startsWith("ERROR") || l.startsWith("WARN"))
            .filter(l -> !l.contains("   see: "))
            .toList(),
        log.lines.stream().filter(l -> l.startsWith("ERROR") || l.startsWith("WARN")).toList());
    assertTrue(
        log.lines.stream()
            .anyMatch(l -> l.matches("ERROR .*\\.yaml:\\d+:\\d+: error: .*\\[ATT\\d+\\]")),
        String.join("\n", log.lines));
    assertTrue(
        log.lines.stream()
            .anyMatch(
                l ->
                    l.matches(
                        "INFO Merged the reports of 3 folders \\(.*\\) into .*: 11 JUnit suites,"
                            + " \\d+ errors, \\d+ warnings, \\d+ suppressed")),
        String.join("\n", log.lines));
    assertSameReports(whole, merged);
  }

  @Test
  void aShardsFolderHoldsOnlyItsOwnReports() throws Exception {
    Path out = dir.resolve("reused");
    check(Estates.BUNDLED, out, null, true);
    assertEquals(11 + 1, names(out).size());
    check(Estates.BUNDLED, out, "1/3", true);
    assertSameReports(shards.resolve("shard-1"), out);
    check(Estates.BUNDLED, out, "", true);
    assertFalse(names(out).contains("attendance.shard"));
    assertSameReports(whole, out);
  }

  @Test
  void refusesAShardThatIsNotOneOfItsParts() {
    CheckMojo check =
        CheckMojoTest.mojo(
            Estates.BUNDLED, dir.resolve("never"), new ValidateMojoTest.RecordingLog());
    check.shard = "5/4";
    assertEquals(
        "<shard>: the shard '5/4' names part 5 of 4: give a part from 1 to 4, e.g. -Dattendance.shard=1/4",
        assertThrows(MojoFailureException.class, check::execute).getMessage());
    check.shard = "two of four";
    assertEquals(
        "<shard>: the shard 'two of four' is not written K/N: write it as K/N, part K of N, with K from 1 to N:"
            + " -Dattendance.shard=2/4 is the second of four parts",
        assertThrows(MojoFailureException.class, check::execute).getMessage());
    RenderMojo render = new RenderMojo();
    render.schoolsDirectory = Estates.BUNDLED.toFile();
    render.outputDirectory = dir.resolve("never").toFile();
    render.shard = "1/0";
    assertEquals(
        "<shard>: the shard '1/0' splits the schools into 0 parts: write it as K/N, part K of N, with K from 1 to N:"
            + " -Dattendance.shard=2/4 is the second of four parts",
        assertThrows(MojoFailureException.class, render::execute).getMessage());
    assertFalse(Files.exists(dir.resolve("never")));
  }

  @Test
  void refusesASchoolOrAShardInTwoFolders() throws Exception {
    Path twice = dir.resolve("twice");
    copy(shards.resolve("shard-1"), twice.resolve("a"));
    copy(shards.resolve("shard-1"), twice.resolve("b"));
    copy(shards.resolve("shard-2"), twice.resolve("c"));
    copy(shards.resolve("shard-3"), twice.resolve("d"));
    assertEquals(
        "shard 1/3 is in both "
            + twice.resolve("a").toAbsolutePath()
            + " and "
            + twice.resolve("b").toAbsolutePath()
            + ": merge the reports of one run of each shard, all split the same way (the same N): each school is checked by one"
            + " shard only",
        assertThrows(
                MojoFailureException.class,
                () -> merge(dir.resolve("m1"), true, twice.toString()).execute())
            .getMessage());

    // Without shard files (two unsharded runs), the school itself is refused.
    Path copies = dir.resolve("copies");
    copy(whole, copies.resolve("a"));
    copy(whole, copies.resolve("b"));
    String message =
        assertThrows(
                MojoFailureException.class,
                () -> merge(dir.resolve("m2"), true, copies.toString()).execute())
            .getMessage();
    assertTrue(
        message.matches(
            "TEST-attendance-[a-z-]+\\.xml is in both .*a and .*b: merge the reports of one run of each shard.*"),
        message);

    Path mixed = dir.resolve("mixed");
    copy(whole, mixed.resolve("all"));
    copy(shards.resolve("shard-2"), mixed.resolve("two"));
    assertTrue(
        assertThrows(
                MojoFailureException.class,
                () -> merge(dir.resolve("m3"), true, mixed.toString()).execute())
            .getMessage()
            .matches(
                ".*all holds the reports of a check of every school, and .*two those of one shard: merge .*"));

    Path split = dir.resolve("split");
    copy(shards.resolve("shard-1"), split.resolve("a"));
    copy(shards.resolve("shard-2"), split.resolve("b"));
    Files.writeString(split.resolve("b/attendance.shard"), "2/2\n");
    assertTrue(
        assertThrows(
                MojoFailureException.class,
                () -> merge(dir.resolve("m4"), true, split.toString()).execute())
            .getMessage()
            .matches(".*a holds shard 1/3 but .*b shard 2/2: merge .*"));
    assertFalse(Files.exists(dir.resolve("m1")), "nothing is written when the merge is refused");
  }

  @Test
  void refusesAMissingShardAndFoldersWithNoReports() throws Exception {
    assertEquals(
        "the reports of shard 3/3 are missing: download the reports of every shard; a shard whose job stopped before"
            + " the check wrote none, so look at that job's log",
        assertThrows(
                MojoFailureException.class,
                () ->
                    merge(
                            dir.resolve("m5"),
                            true,
                            shards.resolve("shard-1") + "," + shards.resolve("shard-2"))
                        .execute())
            .getMessage());
    assertEquals(
        "the reports of shards 2/3 and 3/3 are missing: download the reports of every shard; a shard whose job stopped"
            + " before the check wrote none, so look at that job's log",
        assertThrows(
                MojoFailureException.class,
                () ->
                    merge(dir.resolve("m5"), true, shards.resolve("shard-1").toString()).execute())
            .getMessage());
    Path empty = Files.createDirectories(dir.resolve("empty/shard-1"));
    assertEquals(
        "no check report (attendance.sarif or TEST-attendance-*.xml) is in "
            + empty
            + ": give the folders the shards'"
            + " reports were downloaded to, or the folder that holds them, with -Dattendance.reports=",
        assertThrows(
                MojoFailureException.class,
                () -> merge(dir.resolve("m6"), true, empty.toString()).execute())
            .getMessage());
    assertEquals(
        "the report folder 'no-such-folder' does not exist: give the folders the shards' reports were downloaded to,"
            + " or the folder that holds them, with -Dattendance.reports=",
        assertThrows(
                MojoFailureException.class,
                () -> merge(dir.resolve("m7"), true, "no-such-folder").execute())
            .getMessage());
    Path partial = dir.resolve("partial");
    copy(shards.resolve("shard-1"), partial.resolve("a"));
    copy(shards.resolve("shard-2"), partial.resolve("b"));
    copy(shards.resolve("shard-3"), partial.resolve("c"));
    Files.delete(partial.resolve("c/attendance.sarif"));
    assertTrue(
        assertThrows(
                MojoFailureException.class,
                () -> merge(dir.resolve("m8"), true, partial.toString()).execute())
            .getMessage()
            .matches(
                ".*c has no attendance.sarif but .*a has: check every shard with the same version of the plugin"
                    + " and the same reportFormats"));
  }

  static void copy(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  static String read(Path p) throws Exception {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
