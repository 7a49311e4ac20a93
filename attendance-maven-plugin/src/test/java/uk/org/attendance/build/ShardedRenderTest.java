package uk.org.attendance.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.AttendanceCompiler;

/**
 * Rendering in shards: each school's documents made by one shard, a federation's with its members,
 * skip-unchanged per shard.
 */
class ShardedRenderTest {

  static final AttendanceCompiler COMPILER = new AttendanceCompiler();

  /** Two quick outputs show what goes where as well as every PDF would. */
  static AttendanceCompiler.RenderResult render(Path out, Shard shard) {
    return COMPILER.render(
        Estates.BUNDLED,
        out,
        new AttendanceCompiler.RenderOptions(
                null, Instant.EPOCH, LocalDate.of(2026, 11, 23), false, true, false, null)
            .only("policy.html", "rules.json")
            .inShard(shard));
  }

  static Map<String, byte[]> files(Path out) throws Exception {
    Map<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p :
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .toList()) {
        m.put(out.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return m;
  }

  static Set<String> folders(AttendanceCompiler.RenderResult r, Path out) {
    return r.written().stream()
        .map(p -> out.relativize(p).getName(0).toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void threeShardsMakeTheSameDocumentsAsOneRunEachOnceWithTheFederationBesideItsMembers(
      @TempDir Path dir) throws Exception {
    Path whole = dir.resolve("whole");
    AttendanceCompiler.RenderResult all = render(whole, Shard.ALL);
    assertEquals(List.of(), all.diagnostics());
    assertEquals(12, folders(all, whole).size());
    Map<String, byte[]> expected = files(whole);
    Map<String, byte[]> union = new TreeMap<>();
    Map<String, Integer> shardOf = new TreeMap<>();
    for (int k = 1; k <= 3; k++) {
      Path out = dir.resolve("shard-" + k);
      AttendanceCompiler.RenderResult part = render(out, new Shard(k, 3));
      assertEquals(List.of(), part.diagnostics());
      for (String folder : folders(part, out)) {
        assertEquals(null, shardOf.put(folder, k), folder + " rendered by two shards");
      }
      for (Map.Entry<String, byte[]> f : files(out).entrySet()) {
        assertEquals(null, union.put(f.getKey(), f.getValue()), f.getKey());
      }
    }
    assertEquals(expected.keySet(), union.keySet());
    expected.forEach((name, bytes) -> assertArrayEquals(bytes, union.get(name), name));
    int federation = shardOf.get("hmfa");
    for (String member :
        List.of(
            "kings-caple",
            "llangrove",
            "lord-scudamore",
            "marden",
            "pencombe",
            "st-weonards",
            "sutton")) {
      assertEquals(federation, shardOf.get(member), member);
    }
  }

  @Test
  void skipUnchangedIsPerShard(@TempDir Path out) throws Exception {
    AttendanceCompiler.RenderResult first = render(out, new Shard(1, 2));
    assertTrue(!first.written().isEmpty());
    AttendanceCompiler.RenderResult again = render(out, new Shard(1, 2));
    assertEquals(List.of(), again.written());
    assertEquals(List.of(), again.schools(), "no YAML was read");
    // The other shard, in the same folder, is not taken for up to date.
    AttendanceCompiler.RenderResult other = render(out, new Shard(2, 2));
    assertEquals(List.of(), other.diagnostics());
    Set<String> firstFolders = folders(first, out);
    Set<String> otherFolders = folders(other, out);
    assertTrue(!otherFolders.isEmpty());
    assertEquals(
        Set.of(), otherFolders.stream().filter(firstFolders::contains).collect(Collectors.toSet()));
    assertEquals(12, firstFolders.size() + otherFolders.size());
  }
}
