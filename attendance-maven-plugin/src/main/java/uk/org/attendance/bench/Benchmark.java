package uk.org.attendance.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.evaluate.EvaluateException;
import uk.org.attendance.evaluate.Evaluation;
import uk.org.attendance.build.Timings;

/**
 * The benchmark: N synthetic schools made from the bundled ones, compiled with every artefact
 * three times (cold, warm, and unchanged), with schools per second, per-artefact times, peak heap
 * and wall time; and, where LibreOffice is installed, the time it takes to turn the same policy
 * into a PDF, for comparison with the Word-and-LibreOffice way schools work today.
 */
public final class Benchmark {

  private Benchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param bundled the bundled school models (standalone files are used as patterns)
   * @param work a scratch folder (emptied)
   * @param schools how many synthetic schools
   * @return the report, one line per entry
   */
  public static List<String> run(Path bundled, Path work, int schools) throws IOException {
    Path models = work.resolve("models");
    Path out = work.resolve("out");
    deleteRecursively(work);
    Files.createDirectories(models);
    List<Path> patterns;
    try (Stream<Path> files = Files.list(bundled)) {
      patterns = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (int i = 0; i < schools; i++) {
      Path pattern = patterns.get(i % patterns.size());
      String text = Files.readString(pattern);
      String id = text.lines().filter(l -> l.startsWith("  id: ")).findFirst().orElseThrow().substring(6).strip();
      String copy = text.replaceFirst("(?m)^  id: .*$", "  id: " + id + "-" + String.format(Locale.ROOT, "%04d", i))
          .replaceFirst("(?m)^  name: (.*)$", "  name: $1 (benchmark " + i + ")");
      Files.writeString(models.resolve(String.format(Locale.ROOT, "school-%04d.yaml", i)), copy);
    }
    AttendanceCompiler compiler = new AttendanceCompiler();
    List<String> report = new ArrayList<>();
    report.add(String.format(Locale.ROOT, "benchmark: %d synthetic schools from %d bundled patterns, %d cores, max heap %d MB",
        schools, patterns.size(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
    Timings cold = new Timings();
    report.add(pass("cold (first run in this JVM, forced)", compiler, models, out, true, cold, schools));
    report.addAll(cold.summary().stream().map(s -> "  " + s).toList());
    Timings warm = new Timings();
    report.add(pass("warm (forced again)", compiler, models, out, true, warm, schools));
    report.addAll(warm.summary().stream().map(s -> "  " + s).toList());
    report.add(pass("unchanged (skip-unchanged)", compiler, models, out, false, null, schools));
    report.add(libreOffice(out, warm));
    return report;
  }

  /**
   * Benchmarks attendance:evaluate: a synthetic register of {@code pupils} pupils for a whole school
   * year (380 sessions), written one row per pupil per session, evaluated against a school's
   * rules.json: reading, evaluating and making every output, cold (first run in the JVM) and then
   * warm, with the peak heap.
   *
   * @param rulesJson the school's rules.json
   * @param work a scratch folder
   * @param pupils how many pupils
   * @return the report, one line per entry
   */
  public static List<String> evaluate(Path rulesJson, Path work, int pupils) throws IOException {
    Files.createDirectories(work);
    SyntheticRegister synthetic = SyntheticRegister.generate(pupils, 2024);
    Path register = work.resolve("register-" + pupils + ".csv");
    synthetic.write(register, SyntheticRegister.Layout.LONG_COMMA);
    List<String> report = new ArrayList<>();
    report.add(String.format(Locale.ROOT, "evaluate benchmark: %d pupils x %d sessions (%,d rows, %.1f MB), rules %s, %d cores,"
        + " max heap %d MB", pupils, synthetic.sessions(), synthetic.rows(), Files.size(register) / 1048576.0,
        rulesJson.getFileName(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
    for (int run = 0; run < 4; run++) {
      System.gc();
      HeapSampler heap = new HeapSampler();
      heap.start();
      long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Evaluation e;
      try {
        e = Evaluation.run(Evaluation.Request.of(rulesJson, register));
      } catch (EvaluateException ex) {
        throw new IOException(ex.getMessage(), ex);
      }
      long t1 = System.nanoTime();
      int bytes = e.files().values().stream().mapToInt(String::length).sum();
      long t2 = System.nanoTime();
      long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
      heap.interrupt();
      report.add(String.format(Locale.ROOT, "%-6s read and evaluate %5.2f s, outputs %5.2f s, total %5.2f s wall (%5.2f s CPU);"
          + " %,d pupils, %,d marks, %.1f MB of output; peak heap %d MB", run == 0 ? "cold:" : "warm:", (t1 - t0) / 1e9,
          (t2 - t1) / 1e9, (t2 - t0) / 1e9, cpu / 1e9, e.pupils().size(), e.register().marks().size(), bytes / 1048576.0,
          heap.peakMb()));
    }
    return report;
  }

  private static String pass(String name, AttendanceCompiler compiler, Path models, Path out, boolean force, Timings timings,
      int schools) {
    System.gc();
    HeapSampler heap = new HeapSampler();
    heap.start();
    long t0 = System.nanoTime();
    AttendanceCompiler.RenderResult r = compiler.render(models, out, new AttendanceCompiler.RenderOptions(null,
        Instant.parse("2026-01-01T00:00:00Z"), LocalDate.of(2026, 11, 23), force, true, false, timings));
    double seconds = (System.nanoTime() - t0) / 1e9;
    heap.interrupt();
    return String.format(Locale.ROOT, "%-38s %7.2f s wall, %6.1f schools/s, %5d files, %d problems, peak heap %d MB",
        name + ":", seconds, schools / seconds, r.written().size(), r.diagnostics().size(), heap.peakMb());
  }

  /** Samples the heap in use every 20 ms: its highest value is the peak heap. */
  private static final class HeapSampler extends Thread {
    private volatile long peak;

    HeapSampler() {
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long peakMb() {
      return Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()) >> 20;
    }
  }

  private static String libreOffice(Path out, Timings ours) {
    Path soffice = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .map(d -> Path.of(d, "soffice")).filter(Files::isExecutable).findFirst().orElse(null);
    if (soffice == null) {
      return "LibreOffice: soffice is not installed, so the comparison with converting a document headless was skipped";
    }
    try (Stream<Path> dirs = Files.list(out)) {
      Path policy = dirs.map(d -> d.resolve("policy.html")).filter(Files::exists).sorted().findFirst().orElseThrow();
      Path target = Files.createTempDirectory("soffice");
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(soffice.toString(), "--headless", "--convert-to", "pdf", "--outdir", target.toString(),
          policy.toString()).redirectErrorStream(true).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "LibreOffice: soffice took over 120 s to convert one policy";
      }
      double theirs = (System.nanoTime() - t0) / 1e6;
      double mine = ours.medianMillis("policy.pdf");
      return String.format(Locale.ROOT, "LibreOffice: converting the same policy to PDF headless took %.0f ms; our policy.pdf"
          + " takes %.0f ms (warm p50): %.1f times faster, and ours is PDF/UA and PDF/A", theirs, mine, theirs / mine);
    } catch (IOException | InterruptedException e) {
      return "LibreOffice: the comparison failed: " + e.getMessage();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
