package uk.org.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.files.FolderLock;

/**
 * Two builds of one project at once, into one output folder: the second waits for the first (and
 * then finds everything made), or, if it will not wait that long, fails with a located error and
 * writes nothing. Whether the other build runs in this JVM or in another process.
 */
class ConcurrentBuildTest {

  static Path models;
  static Map<String, byte[]> clean;

  private final AttendanceCompiler compiler = new AttendanceCompiler();

  @BeforeAll
  static void oneCleanBuild(@TempDir Path dir) throws Exception {
    models = CrashSafeBuildTest.schools(dir);
    Path out = dir.resolve("clean");
    assertEquals(
        List.of(),
        new AttendanceCompiler()
            .render(models, out, CrashSafeBuildTest.options(null))
            .diagnostics());
    clean = CrashSafeBuildTest.tree(out);
  }

  AttendanceCompiler.RenderResult build(Path out, Duration patience) {
    return compiler.render(models, out, CrashSafeBuildTest.options(null).waitingForLock(patience));
  }

  /**
   * The one message of a build that found the folder busy, as printed (the folder relative to its
   * parent).
   */
  static List<String> printed(AttendanceCompiler.RenderResult r, Path out) {
    return r.diagnostics().stream().map(d -> d.format(out.getParent())).toList();
  }

  static String busy(Path out, String waited) {
    return out.getFileName()
        + ": error: another build is writing to this folder; this one waited "
        + waited
        + " for it to finish, and wrote nothing [RENDER]"
        + System.lineSeparator()
        + "  hint: let the other build finish and run this one again, or give each build its own <outputDirectory>";
  }

  @Test
  void twoBuildsStartedTogetherTakeTurnsAndMakeWhatOneMakes(@TempDir Path out) throws Exception {
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      List<Callable<AttendanceCompiler.RenderResult>> builds =
          List.of(() -> build(out, Duration.ofMinutes(5)), () -> build(out, Duration.ofMinutes(5)));
      List<Integer> upToDate = new ArrayList<>();
      for (Future<AttendanceCompiler.RenderResult> f : two.invokeAll(builds)) {
        assertEquals(List.of(), f.get().diagnostics());
        upToDate.add(f.get().upToDate());
      }
      assertEquals(List.of(), CrashSafeBuildTest.differing(clean, CrashSafeBuildTest.tree(out)));
      assertEquals(
          5,
          upToDate.stream().mapToInt(Integer::intValue).sum(),
          "the second found all five folders made");
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  void aBuildThatWillNotWaitForAnotherInThisJvmFailsAndWritesNothing(@TempDir Path out)
      throws Exception {
    AttendanceCompiler.RenderResult r;
    try (FolderLock other = FolderLock.acquire(out, Duration.ZERO)) {
      assertNotNull(other);
      r = build(out, Duration.ofMillis(300));
    }
    assertEquals(List.of(busy(out, "0.3 seconds")), printed(r, out));
    assertEquals(List.of(), r.written());
    assertEquals(List.of(FolderLock.FILE), List.copyOf(CrashSafeBuildTest.tree(out).keySet()));
    assertEquals(
        List.of(),
        build(out, Duration.ZERO).diagnostics(),
        "once the other has finished, the folder is free");
  }

  @Test
  void aBuildInAnotherProcessHoldsTheFolderUntilItEndsEvenWhenKilled(@TempDir Path out)
      throws Exception {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xshare:auto",
            "-cp",
            System.getProperty("java.class.path"),
            HoldLock.class.getName(),
            out.toString());
    Process other = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      BufferedReader said =
          new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("holding", said.readLine());
      AttendanceCompiler.RenderResult r = build(out, Duration.ofSeconds(1));
      assertEquals(List.of(busy(out, "1 second")), printed(r, out));
      assertTrue(Files.notExists(out.resolve("marden")), "nothing written");
    } finally {
      other.destroyForcibly();
    }
    assertTrue(other.waitFor(30, TimeUnit.SECONDS));
    AttendanceCompiler.RenderResult after = build(out, Duration.ofSeconds(30));
    assertEquals(List.of(), after.diagnostics(), "a killed holder leaves no stale lock");
    assertEquals(List.of(), CrashSafeBuildTest.differing(clean, CrashSafeBuildTest.tree(out)));
  }

  @Test
  void theWaitIsSaidInWords() {
    assertEquals("2 minutes", AttendanceCompiler.spoken(AttendanceCompiler.WAIT_FOR_LOCK));
    assertEquals("1 minute", AttendanceCompiler.spoken(Duration.ofSeconds(60)));
    assertEquals("90 seconds", AttendanceCompiler.spoken(Duration.ofSeconds(90)));
    assertEquals("0.5 seconds", AttendanceCompiler.spoken(Duration.ofMillis(500)));
  }

  /** Run in a child JVM: takes the folder's lock, says so, and holds it until killed. */
  public static final class HoldLock {
    public static void main(String[] args) throws IOException, InterruptedException {
      FolderLock lock = FolderLock.acquire(Path.of(args[0]), Duration.ZERO);
      System.out.println(lock == null ? "busy" : "holding");
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    }
  }
}
