package uk.org.attendance.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.build.Timings;
import uk.org.attendance.evaluate.EvaluateException;
import uk.org.attendance.evaluate.Evaluation;

/**
 * The benchmarks. {@code schools}: N synthetic schools made from the bundled ones, compiled with
 * every artefact three times (cold, warm, and unchanged), with schools per second, per-artefact
 * times, CPU time, peak heap and wall time, and optionally a JFR profile of the warm pass. {@code
 * race}: our policy PDF against LibreOffice and WeasyPrint on the same policies ({@link Race}).
 * {@code check}: attendance:check on an estate of synthetic schools, 22,000 by default. {@code
 * evaluate}: attendance:evaluate on a synthetic register. Every report records the machine's load
 * average beside its timings.
 *
 * <p>Development only, so it lives with the tests and never ships in the plugin. The profiles
 * {@code benchmark} and {@code benchmark-evaluate} of attendance-maven-plugin/pom.xml run {@link
 * #main} with exec:java on the test classpath, in Maven's own JVM as the old {@code
 * attendance:benchmark} goal did, so {@code MAVEN_OPTS=-Xmx256m} caps the heap it measures. That
 * JVM must have its full JIT ({@code MAVEN_OPTS=-XX:TieredStopAtLevel=4}, undoing this project's
 * {@code .mvn/jvm.config}): a run under the quick compiler alone is refused ({@link
 * #quickCompilerOnly}).
 */
public final class Benchmark {

  /**
   * The highest compiler tier this JVM uses, when it is below C2 (4); null when the JIT is whole or
   * this is not a HotSpot JVM.
   */
  static String quickCompilerOnly() {
    try {
      String level =
          ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
              .getVMOption("TieredStopAtLevel")
              .getValue();
      return Integer.parseInt(level) < 4 ? level : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The bundled school whose rules.json the evaluate benchmark reads: the one with the most stages.
   */
  static final String EVALUATE_SCHOOL = "kelvedon-hatch-primary";

  private Benchmark() {}

  /**
   * Runs one benchmark and writes its report.
   *
   * @param args {@code name=value}: {@code mode} ({@code schools}, {@code race}, {@code check} or
   *     {@code evaluate}), {@code models} (the bundled school files), {@code schools} (how many
   *     synthetic schools or policies), {@code repeats} (race and check: how many timed runs),
   *     {@code jfr} (schools and check: a file to record the run in, with a summary of its last
   *     pass), {@code pupils} (how many pupils in the synthetic register), {@code rules} (a
   *     rules.json to evaluate against; empty means {@value #EVALUATE_SCHOOL}'s, made from {@code
   *     models}), {@code work} (a scratch folder) and {@code report} (the report file)
   */
  public static void main(String[] args) throws IOException {
    String level = quickCompilerOnly();
    if (level != null) {
      throw new IllegalStateException(
          "The benchmarks measure the plugin as a school's build runs it, with the JVM's full JIT,"
              + " but this JVM stops at compiler tier "
              + level
              + " (this project's .mvn/jvm.config limits Maven's JVM to the quick compiler to"
              + " make its own build faster). Add -XX:TieredStopAtLevel=4 to MAVEN_OPTS, as the"
              + " README's benchmark commands do (MAVEN_OPTS=\"-XX:TieredStopAtLevel=4"
              + " -Xmx512m\").");
    }
    Map<String, String> a = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("arguments are name=value, not '" + arg + "'");
      }
      a.put(arg.substring(0, eq), arg.substring(eq + 1).strip());
    }
    Path models = Path.of(required(a, "models"));
    if ("rules".equals(a.get("mode"))) {
      ruleCosts(models, 100).forEach(System.out::println);
      return;
    }
    Path work = Path.of(required(a, "work"));
    Path report = Path.of(required(a, "report"));
    List<String> lines =
        switch (required(a, "mode")) {
          case "schools" ->
              run(
                  models,
                  work,
                  Integer.parseInt(required(a, "schools")),
                  Integer.parseInt(a.getOrDefault("repeats", "1")),
                  a.getOrDefault("jfr", "").isEmpty() ? null : Path.of(a.get("jfr")));
          case "race" ->
              Race.run(
                  models,
                  work,
                  Integer.parseInt(a.getOrDefault("schools", "12")),
                  Integer.parseInt(a.getOrDefault("repeats", "3")),
                  a.getOrDefault("path", System.getenv().getOrDefault("PATH", "")));
          case "check" ->
              check(
                  models,
                  work,
                  Integer.parseInt(a.getOrDefault("schools", "22000")),
                  Integer.parseInt(a.getOrDefault("repeats", "3")),
                  a.getOrDefault("jfr", "").isEmpty() ? null : Path.of(a.get("jfr")));
          case "evaluate" -> {
            String rules = a.getOrDefault("rules", "");
            Path rulesJson =
                rules.isEmpty() ? rulesJson(models, work.resolve("rules")) : Path.of(rules);
            yield evaluate(rulesJson, work, Integer.parseInt(required(a, "pupils")));
          }
          default ->
              throw new IllegalArgumentException(
                  "mode must be schools, race, check or evaluate, not '" + a.get("mode") + "'");
        };
    if (!(lines instanceof Lines)) {
      lines.forEach(System.out::println);
    }
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, String.join("\n", lines) + "\n");
    System.out.println("written to " + report);
  }

  private static String required(Map<String, String> args, String name) {
    String value = args.get(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("the benchmark needs " + name + "=...");
    }
    return value;
  }

  /**
   * {@value #EVALUATE_SCHOOL}'s rules.json, made from its bundled model as the schools/ build makes
   * it (the same checking date and document date), so the evaluate benchmark needs no earlier
   * build.
   */
  static Path rulesJson(Path models, Path out) throws IOException {
    Path model = out.resolve("model");
    deleteRecursively(out);
    Files.createDirectories(model);
    Files.copy(models.resolve(EVALUATE_SCHOOL + ".yaml"), model.resolve(EVALUATE_SCHOOL + ".yaml"));
    AttendanceCompiler.RenderResult r =
        new AttendanceCompiler()
            .render(
                model,
                out,
                null,
                Instant.parse("2026-01-01T00:00:00Z"),
                LocalDate.of(2026, 11, 23),
                "rules.json");
    Path rules = out.resolve(EVALUATE_SCHOOL).resolve("rules.json");
    if (!Files.exists(rules)) {
      throw new IOException(
          "no rules.json was made from "
              + models.resolve(EVALUATE_SCHOOL + ".yaml")
              + ": "
              + r.diagnostics());
    }
    return rules;
  }

  /**
   * Runs the benchmark.
   *
   * @param bundled the bundled school models (standalone files are used as patterns)
   * @param work a scratch folder (emptied)
   * @param schools how many synthetic schools
   * @param repeats how many warm passes (their medians are the warm figures)
   * @param jfr where to write a JFR recording of the run (summarising its last warm pass); or null
   * @return the report, one line per entry
   */
  public static List<String> run(Path bundled, Path work, int schools, int repeats, Path jfr)
      throws IOException {
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
      String id =
          text.lines()
              .filter(l -> l.startsWith("  id: "))
              .findFirst()
              .orElseThrow()
              .substring(6)
              .strip();
      String copy =
          text.replaceFirst(
                  "(?m)^  id: .*$", "  id: " + id + "-" + String.format(Locale.ROOT, "%04d", i))
              .replaceFirst("(?m)^  name: (.*)$", "  name: $1 (benchmark " + i + ")");
      Files.writeString(models.resolve(String.format(Locale.ROOT, "school-%04d.yaml", i)), copy);
    }
    AttendanceCompiler compiler = new AttendanceCompiler();
    List<String> report = new Lines();
    report.add(
        String.format(
            Locale.ROOT,
            "benchmark: %d synthetic schools from %d bundled patterns, %d cores, max heap %d MB; %s",
            schools,
            patterns.size(),
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() >> 20,
            loadAverage()));
    // A recording started mid-run costs the pass after it about double (the JVM re-instruments and
    // recompiles), so it starts before the cold pass and only the last warm pass's samples are
    // read.
    jdk.jfr.Recording recording = startRecording(jfr, report);
    java.time.Instant lastFrom = null;
    java.time.Instant lastTo = null;
    Timings cold = new Timings();
    report.add(
        pass("cold (first run in this JVM, forced)", compiler, models, out, true, cold, schools)
            .line());
    report.addAll(cold.summary().stream().map(s -> "  " + s).toList());
    List<Double> policyPdf = new ArrayList<>();
    List<Double> perSecond = new ArrayList<>();
    List<Double> cpuPerSchool = new ArrayList<>();
    long peak = 0;
    for (int r = 0; r < Math.max(1, repeats); r++) {
      Timings warm = new Timings();
      lastFrom = java.time.Instant.now();
      Pass p =
          pass(
              "warm (forced again)" + (repeats > 1 ? " " + (r + 1) : ""),
              compiler,
              models,
              out,
              true,
              warm,
              schools);
      lastTo = java.time.Instant.now();
      report.add(p.line());
      report.addAll(warm.summary().stream().map(s -> "  " + s).toList());
      policyPdf.add(warm.medianMillis("policy.pdf"));
      perSecond.add(p.perSecond());
      cpuPerSchool.add(p.cpuPerSchoolMs());
      peak = Math.max(peak, p.peakMb());
    }
    if (recording != null) {
      recording.stop();
      Files.createDirectories(jfr.toAbsolutePath().getParent());
      recording.dump(jfr);
      recording.close();
    }
    report.add(
        pass("unchanged (skip-unchanged)", compiler, models, out, false, null, schools).line());
    report.add(
        String.format(
            Locale.ROOT,
            "warm%s: policy.pdf p50 %.0f ms (target 120 ms or less); %.1f schools/s with every"
                + " artefact on %d cores (target 10 or more), %.0f ms CPU per school; peak heap %d MB (target 512 MB or less); %s",
            repeats > 1 ? " (median of " + repeats + " passes)" : "",
            median(policyPdf),
            median(perSecond),
            Runtime.getRuntime().availableProcessors(),
            median(cpuPerSchool),
            peak,
            loadAverage()));
    if (jfr != null) {
      report.add(
          "the last warm pass ("
              + lastFrom
              + " to "
              + lastTo
              + "), from the recording in "
              + jfr
              + ":");
      report.addAll(Profile.summary(jfr, 12, lastFrom, lastTo));
    }
    return report;
  }

  /**
   * Benchmarks attendance:evaluate: a synthetic register of {@code pupils} pupils for a whole
   * school year (380 sessions), written one row per pupil per session, evaluated against a school's
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
    // which school's rules: kelvedon-hatch-primary/rules.json
    Path school =
        rulesJson.getParent() == null
            ? rulesJson
            : rulesJson.getParent().getFileName().resolve(rulesJson.getFileName());
    List<String> report = new ArrayList<>();
    report.add(
        String.format(
            Locale.ROOT,
            "evaluate benchmark: %d pupils x %d sessions (%,d rows, %.1f MB), rules %s, %d cores,"
                + " max heap %d MB",
            pupils,
            synthetic.sessions(),
            synthetic.rows(),
            Files.size(register) / 1048576.0,
            school,
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() >> 20));
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
      report.add(
          String.format(
              Locale.ROOT,
              "%-6s read and evaluate %5.2f s, outputs %5.2f s, total %5.2f s wall (%5.2f s CPU);"
                  + " %,d pupils, %,d marks, %.1f MB of output; peak heap %d MB",
              run == 0 ? "cold:" : "warm:",
              (t1 - t0) / 1e9,
              (t2 - t1) / 1e9,
              (t2 - t0) / 1e9,
              cpu / 1e9,
              e.pupils().size(),
              e.register().marks().size(),
              bytes / 1048576.0,
              heap.peakMb()));
    }
    return report;
  }

  /**
   * Checks an estate of {@code schools} synthetic schools as attendance:check does (load, check,
   * the log lines, SARIF and one JUnit file per school), {@code repeats} times in this JVM, with
   * wall time, CPU time, schools per second and peak heap. The estate is written once under {@code
   * work/estate-N} and reused while its marker file is there.
   *
   * @param bundled the bundled school models
   * @param work a scratch folder
   * @param schools how many schools
   * @param repeats how many checks (the first is cold)
   * @param jfr where to write a JFR recording of every check (summarising the last one's load and
   *     check, then its reports); or null
   * @return the report, one line per entry
   */
  public static List<String> check(Path bundled, Path work, int schools, int repeats, Path jfr)
      throws IOException {
    Path estate = work.resolve("estate-" + schools);
    Path marker = estate.resolve(".complete");
    List<String> report = new Lines();
    long g0 = System.nanoTime();
    if (!Files.exists(marker)) {
      deleteRecursively(estate);
      SyntheticSchools.Estate e =
          SyntheticSchools.write(bundled, estate.resolve("schools"), schools, true);
      Files.writeString(marker, e.ids().size() + " schools, " + e.trusts() + " trusts\n");
    }
    report.add(
        String.format(
            Locale.ROOT,
            "check benchmark: %s in %s (%s; %.1f s to generate), %d cores, max heap %d MB, %s",
            Files.readString(marker).strip(),
            estate.resolve("schools"),
            sizeOnDisk(estate.resolve("schools")),
            (System.nanoTime() - g0) / 1e9,
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() >> 20,
            loadAverage()));
    List<Double> walls = new ArrayList<>();
    List<Double> checkWalls = new ArrayList<>();
    jdk.jfr.Recording recording = startRecording(jfr, report);
    java.time.Instant[] lastRun = new java.time.Instant[3];
    for (int run = 0; run < repeats; run++) {
      System.gc();
      HeapSampler heap = new HeapSampler();
      heap.start();
      long cpu0 = processCpuNanos();
      lastRun[0] = java.time.Instant.now();
      long t0 = System.nanoTime();
      AttendanceCompiler compiler = new AttendanceCompiler();
      uk.org.attendance.CheckResult result =
          compiler.check(estate.resolve("schools"), LocalDate.of(2026, 11, 23));
      long t1 = System.nanoTime();
      lastRun[1] = java.time.Instant.now();
      // What the result keeps reachable: the heap in use after a full collection (not timed).
      System.gc();
      long held = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
      long cpu1 = processCpuNanos();
      double checkWall = (t1 - t0) / 1e9;
      int reported = result.reported().size();
      report.add(
          String.format(
              Locale.ROOT,
              "%-6s load and check %6.2f s wall (%6.2f s CPU), %6.1f schools/s; %,d schools, %,d findings"
                  + " (%,d reported); peak heap %d MB, %d MB held by the result; %s",
              run == 0 ? "cold:" : "warm:",
              checkWall,
              (cpu1 - cpu0) / 1e9,
              result.schools().size() / checkWall,
              result.schools().size(),
              result.findings().size(),
              reported,
              heap.peakMb(),
              held,
              loadAverage()));
      checkWalls.add(checkWall);
      long t1b = System.nanoTime();
      long cpu1b = processCpuNanos();
      try {
        long[] written = checkReports(result, estate, work.resolve("check-reports"));
        double reports = (System.nanoTime() - t1b) / 1e9;
        double wall = checkWall + reports;
        walls.add(wall);
        report.add(
            String.format(
                Locale.ROOT,
                "       reports %6.2f s (SARIF and %,d JUnit files, %.1f MB; log %.1f MB); total %6.2f s wall"
                    + " (%6.2f s CPU), %6.1f schools/s; peak heap %d MB; %s",
                reports,
                written[0] - 1,
                written[1] / 1048576.0,
                written[2] / 1048576.0,
                wall,
                (cpu1 - cpu0 + processCpuNanos() - cpu1b) / 1e9,
                result.schools().size() / wall,
                heap.peakMb(),
                loadAverage()));
      } catch (OutOfMemoryError e) {
        report.add(
            String.format(
                Locale.ROOT,
                "       reports: out of memory after %.2f s (%s), with %,d findings held; %s",
                (System.nanoTime() - t1b) / 1e9,
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "",
                result.findings().size(),
                loadAverage()));
      } finally {
        heap.interrupt();
        lastRun[2] = java.time.Instant.now();
      }
    }
    if (recording != null) {
      recording.stop();
      Files.createDirectories(jfr.toAbsolutePath().getParent());
      recording.dump(jfr);
      recording.close();
    }
    report.add(
        String.format(
            Locale.ROOT,
            "median of %d: load and check %.2f s wall, %.1f schools/s%s (target: 22,000 schools in 60 s"
                + " or less)",
            checkWalls.size(),
            median(checkWalls),
            schools / median(checkWalls),
            walls.isEmpty()
                ? ""
                : String.format(
                    Locale.ROOT,
                    "; with reports %.2f s wall, %.1f schools/s",
                    median(walls),
                    schools / median(walls))));
    report.addAll(ruleCosts(bundled, 12));
    if (jfr != null) {
      report.add("the last check's load and check, from " + jfr + ":");
      report.addAll(Profile.summary(jfr, 15, lastRun[0], lastRun[1]));
      report.add("the last check's reports:");
      report.addAll(Profile.summary(jfr, 8, lastRun[1], lastRun[2]));
    }
    return report;
  }

  /**
   * Starts a JFR recording with JFR's default settings, before the first timed pass (started in the
   * middle of a run it doubled the next pass's CPU); null if {@code jfr} is null.
   */
  private static jdk.jfr.Recording startRecording(Path jfr, List<String> report)
      throws IOException {
    if (jfr == null) {
      return null;
    }
    jdk.jfr.Recording recording;
    try {
      recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("default"));
    } catch (java.text.ParseException e) {
      throw new IOException(e);
    }
    recording.start();
    report.add("recording with JFR (default settings): the timings below include its cost");
    return recording;
  }

  /**
   * The costliest rules: each rule's CPU time on each bundled school, warm (after five rounds), the
   * mean over twenty rounds, in microseconds per school, with its share of all the rules' time.
   */
  static List<String> ruleCosts(Path bundled, int top) {
    List<uk.org.attendance.model.ResolvedSchool> schools =
        new uk.org.attendance.load.SchoolLoader().loadDirectory(bundled).schools();
    uk.org.attendance.check.Rule.CheckContext context =
        new uk.org.attendance.check.Rule.CheckContext(
            uk.org.attendance.reference.Rulebooks.inForceOn(LocalDate.of(2026, 11, 23)),
            LocalDate.of(2026, 11, 23),
            uk.org.attendance.load.DefaultLetters.load());
    List<uk.org.attendance.check.Rule> rules = uk.org.attendance.check.rules.Rules.ALL;
    long[] nanos = new long[rules.size()];
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int rounds = 25;
    for (int round = 0; round < rounds; round++) {
      for (uk.org.attendance.model.ResolvedSchool school : schools) {
        for (int i = 0; i < rules.size(); i++) {
          long t0 = threads.getCurrentThreadCpuTime();
          rules
              .get(i)
              .check(school, context, new uk.org.attendance.check.Reporter(rules.get(i).info()));
          if (round >= 5) {
            nanos[i] += threads.getCurrentThreadCpuTime() - t0;
          }
        }
      }
    }
    long total = java.util.Arrays.stream(nanos).sum();
    double perSchool = total / 1e3 / (schools.size() * (rounds - 5.0));
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            Locale.ROOT,
            "rules: %d rules take %.0f us of CPU per bundled school (warm, one thread); the costliest:",
            rules.size(),
            perSchool));
    java.util.stream.IntStream.range(0, rules.size())
        .boxed()
        .sorted((a, b) -> Long.compare(nanos[b], nanos[a]))
        .limit(top)
        .forEach(
            i ->
                out.add(
                    String.format(
                        Locale.ROOT,
                        "  %-8s %-34s %6.0f us per school, %4.1f%%",
                        rules.get(i).info().id(),
                        rules.get(i).getClass().getSimpleName(),
                        nanos[i] / 1e3 / (schools.size() * (rounds - 5.0)),
                        100.0 * nanos[i] / total)));
    return out;
  }

  /**
   * The reports attendance:check writes (its log lines, formatted and counted; SARIF; one JUnit
   * file per school), as CheckMojo writes them: into a folder that holds the previous run's.
   *
   * @return how many files, their size in bytes, and the log's size in characters
   */
  private static long[] checkReports(uk.org.attendance.CheckResult result, Path base, Path out)
      throws IOException {
    Files.createDirectories(out);
    List<uk.org.attendance.check.Finding> reported = result.reported();
    long chars = 0;
    for (uk.org.attendance.check.Finding f : reported) {
      chars += f.suppressed() ? f.format(base).length() : f.diagnostic().format(base).length();
    }
    uk.org.attendance.report.ReportMerger.clearCheckReports(out, false);
    uk.org.attendance.report.CheckReports.sarif(out, reported, result.rules(), base, "benchmark");
    List<Path> written =
        new ArrayList<>(
            uk.org.attendance.report.CheckReports.junit(
                out,
                uk.org.attendance.report.CheckReports.suites(
                    result.schools(), result.findings(), base),
                result.rules(),
                base,
                false));
    written.add(out.resolve(uk.org.attendance.report.ReportMerger.SARIF));
    long bytes = 0;
    for (Path p : written) {
      bytes += Files.size(p);
    }
    return new long[] {written.size(), bytes, chars};
  }

  /**
   * A report that prints each line as it is added, so that a long run shows its progress (and a
   * crash keeps it).
   */
  static final class Lines extends ArrayList<String> {
    @Override
    public boolean add(String line) {
      System.out.println(line);
      return super.add(line);
    }

    @Override
    public boolean addAll(java.util.Collection<? extends String> lines) {
      lines.forEach(this::add);
      return !lines.isEmpty();
    }
  }

  /** The machine's load average (1, 5 and 15 minutes), for reading any timing beside it. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return "load average " + f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException | RuntimeException e) {
      return String.format(
          Locale.ROOT,
          "load average %.2f",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** CPU time used by this JVM, every thread (GC and compiler included). */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static double median(List<Double> values) {
    List<Double> v = new ArrayList<>(values);
    java.util.Collections.sort(v);
    if (v.isEmpty()) {
      return 0;
    }
    return v.size() % 2 == 1
        ? v.get(v.size() / 2)
        : (v.get(v.size() / 2 - 1) + v.get(v.size() / 2)) / 2;
  }

  private static String sizeOnDisk(Path dir) throws IOException {
    long[] n = new long[2];
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .forEach(
              p -> {
                n[0]++;
                n[1] += p.toFile().length();
              });
    }
    return String.format(Locale.ROOT, "%,d files, %.0f MB", n[0], n[1] / 1048576.0);
  }

  /** One pass of the schools benchmark. */
  private record Pass(
      String name,
      double seconds,
      double cpuSeconds,
      int schools,
      int files,
      int problems,
      long peakMb,
      String load) {
    double perSecond() {
      return schools / seconds;
    }

    double cpuPerSchoolMs() {
      return cpuSeconds * 1000 / schools;
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "%-38s %7.2f s wall, %6.1f schools/s, %7.2f s CPU (%5.0f ms per school), %5d files,"
              + " %d problems, peak heap %d MB; %s",
          name + ":",
          seconds,
          perSecond(),
          cpuSeconds,
          cpuPerSchoolMs(),
          files,
          problems,
          peakMb,
          load);
    }
  }

  private static Pass pass(
      String name,
      AttendanceCompiler compiler,
      Path models,
      Path out,
      boolean force,
      Timings timings,
      int schools) {
    System.gc();
    HeapSampler heap = new HeapSampler();
    heap.start();
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    AttendanceCompiler.RenderResult r =
        compiler.render(
            models,
            out,
            new AttendanceCompiler.RenderOptions(
                null,
                Instant.parse("2026-01-01T00:00:00Z"),
                LocalDate.of(2026, 11, 23),
                force,
                true,
                false,
                timings));
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = (processCpuNanos() - cpu0) / 1e9;
    heap.interrupt();
    return new Pass(
        name,
        seconds,
        cpu,
        schools,
        r.written().size(),
        r.diagnostics().size(),
        heap.peakMb(),
        loadAverage());
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
      return Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed())
          >> 20;
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
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
