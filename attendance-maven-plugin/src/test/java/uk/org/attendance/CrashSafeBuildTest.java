package uk.org.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.files.AtomicFiles;

/**
 * A build killed at any moment (SIGKILL, the way {@code kill -9}, a CI job's timeout or an IDE's
 * stop button ends it) never leaves a school's folder mixing two builds, nor a fingerprint that
 * would make the next build skip a folder it left broken; any temporary file it leaves is hidden
 * and removed by the next build, which then makes exactly what a clean build makes.
 *
 * <p>Two versions of the same project take turns: A (the bundled schools with the house style) and
 * B (the same with changed stylesheets, so every web page differs). Each round starts from a folder
 * complete for one of them, starts a build of the other in a child JVM, and kills it at a seeded
 * random moment; the folder is then checked, and a build in this JVM (of A or B at random, so that
 * going back to the inputs a killed build was replacing is tested too) must make the folder byte
 * for byte what a clean build of that version makes.
 */
class CrashSafeBuildTest {

  static final int KILLS = 20;

  /** Output folders whose builds are killed at the same time, {@code KILLS / LANES} each. */
  static final int LANES = 2;

  static final long SEED = 18;
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /** Quick outputs: the builder writes a folder's files the same way whatever they are. */
  static final List<String> OUTPUTS = List.of("policy.html", "leaflet.html", "rules.json");

  /** Two schools and a trust with two members: five folders, each written by a separate job. */
  static final List<String> SCHOOLS =
      List.of(
          "lanercost-ce-primary.yaml",
          "kelvedon-hatch-primary.yaml",
          "hmfa/federation.yaml",
          "hmfa/marden.yaml",
          "hmfa/sutton.yaml");

  static final String FINGERPRINT = ".attendance-fingerprint";

  private final AttendanceCompiler compiler = new AttendanceCompiler();

  static Path schools(Path dir) throws IOException {
    Path models = dir.resolve("models");
    for (String s : SCHOOLS) {
      Files.createDirectories(models.resolve(s).getParent());
      Files.copy(Path.of("../schools/models").resolve(s), models.resolve(s));
    }
    return models;
  }

  @Test
  void theTemporaryFilesOfAKilledBuildAreRemovedByTheNextEvenWhenNothingChanged(@TempDir Path dir)
      throws Exception {
    Path models = schools(dir);
    Path out = dir.resolve("out");
    assertEquals(List.of(), build(models, out, null).diagnostics());
    Map<String, byte[]> made = tree(out);
    Files.writeString(out.resolve("marden/.policy.html-8071.attendance.tmp"), "<p>half a page");
    Files.writeString(out.resolve(".attendance-inputs-77.attendance.tmp"), "half an index");
    AttendanceCompiler.RenderResult again = build(models, out, null);
    assertEquals(5, again.upToDate());
    assertEquals(List.of(), differing(made, tree(out)));
  }

  @Test
  void twentyKillsAtRandomMomentsNeverLeaveAFolderHalfBuilt(@TempDir Path dir) throws Exception {
    Path models = schools(dir);
    // The first child builds (into a folder of its own) while this JVM makes the clean outputs,
    // and leaves the archive of classes the later children start from.
    Children children = new Children(dir.resolve("classpath"));
    Child archiving =
        children.startArchiving(
            models,
            dir.resolve("archive-run"),
            Path.of("../templates"),
            dir.resolve("archive.log"));
    archiving.go();
    Path[] templates = {dir.resolve("templates-a"), dir.resolve("templates-b")};
    for (Path t : templates) {
      copy(Path.of("../templates"), t);
    }
    for (String css : List.of("css/base.css", "css/leaflet.css")) {
      Path f = templates[1].resolve(css);
      Files.writeString(f, Files.readString(f) + "\n/* version B */\n");
    }
    List<Map<String, byte[]>> clean = new ArrayList<>();
    for (int v = 0; v < 2; v++) {
      Path out = dir.resolve("clean-" + v);
      assertEquals(List.of(), build(models, out, templates[v]).diagnostics());
      clean.add(tree(out));
    }
    assertTrue(
        differing(clean.get(0), clean.get(1)).size() >= 10,
        "the two versions differ in every folder");
    children.archived(archiving, dir.resolve("archive.log"));

    // One whole build in a child JVM, watched, to choose when to kill: half the kills anywhere in
    // the build, half while it writes (timed from the first fingerprint seen to change).
    Path out = dir.resolve("out");
    build(models, out, templates[0]);
    List<String> folders = folders(clean.get(0));
    List<String> before = fingerprints(out, folders);
    Child watched = children.start(models, out, templates[1], dir.resolve("measure.log"));
    long start = watched.go();
    long firstChange = -1;
    while (watched.process.isAlive()) {
      if (firstChange < 0 && !before.equals(fingerprints(out, folders))) {
        firstChange = System.nanoTime() - start;
      }
      Thread.sleep(5);
    }
    long whole = watched.finished() - start;
    assertEquals(0, watched.process.exitValue(), Files.readString(dir.resolve("measure.log")));
    assertEquals(
        List.of(),
        differing(clean.get(1), tree(out)),
        "a build that is not killed makes the clean output");
    assertTrue(firstChange > 0, "the build was seen writing");
    long writing = whole - firstChange;
    long measured = whole;

    // Two lanes, each with its own output folder, take turns with their children: a round mostly
    // waits (for a child to start, for the moment to kill it), so two lanes make the same kills in
    // about half the time. Each lane has its own seeded moments.
    List<Lane> lanes = new ArrayList<>();
    for (int l = 0; l < LANES; l++) {
      Path laneOut = dir.resolve("lane-" + l);
      copy(out, laneOut);
      lanes.add(new Lane(l, children, models, laneOut, templates, clean, folders, whole, writing));
    }
    ExecutorService pool = Executors.newFixedThreadPool(LANES);
    try {
      List<Future<Lane>> running = new ArrayList<>();
      for (Lane lane : lanes) {
        running.add(pool.submit(lane::run));
      }
      for (Future<Lane> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw e;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    int kills = lanes.stream().mapToInt(l -> l.kills).sum();
    System.out.printf(
        "CrashSafeBuildTest: %d of %d builds killed in %d lanes (a whole build took %d ms and began"
            + " writing at %d ms); %d kills stopped it while it was writing, leaving %d folders"
            + " without a fingerprint, %d already complete for it and %d temporary files%n",
        kills,
        lanes.stream().mapToInt(l -> l.rounds).sum(),
        LANES,
        measured / 1_000_000,
        firstChange / 1_000_000,
        lanes.stream().mapToInt(l -> l.killsWhileWriting).sum(),
        lanes.stream().mapToInt(l -> l.foldersWithoutFingerprint).sum(),
        lanes.stream().mapToInt(l -> l.foldersAlreadyNew).sum(),
        lanes.stream().mapToInt(l -> l.temporaries).sum());
    assertEquals(KILLS, kills);
  }

  /**
   * One output folder, its builds killed in turn: {@code KILLS / LANES} of them, half at any moment
   * of a build and half while it writes.
   */
  static final class Lane {
    final int lane;
    final Children children;
    final Path models;
    final Path out;
    final Path[] templates;
    final List<Map<String, byte[]>> clean;
    final List<String> folders;
    final AttendanceCompiler compiler = new AttendanceCompiler();
    long whole;
    long writing;
    int kills;
    int rounds;
    int foldersWithoutFingerprint;
    int foldersAlreadyNew;
    int temporaries;
    int killsWhileWriting;

    Lane(
        int lane,
        Children children,
        Path models,
        Path out,
        Path[] templates,
        List<Map<String, byte[]>> clean,
        List<String> folders,
        long whole,
        long writing) {
      this.lane = lane;
      this.children = children;
      this.models = models;
      this.out = out;
      this.templates = templates;
      this.clean = clean;
      this.folders = folders;
      this.whole = whole;
      this.writing = writing;
    }

    Lane run() throws Exception {
      int target = KILLS / LANES;
      Random random = new Random(SEED + lane);
      int state = 1; // the lane's folder starts as the watched build left it: complete for B
      Child victim = children.start(models, out, templates[1 - state], log(1));
      try {
        while (kills < target) {
          assertTrue(++rounds <= 2 * target, "the builds keep finishing before they are killed");
          int other = 1 - state;
          boolean whileWriting = kills % 2 == 1;
          long delay = (long) (random.nextDouble() * (whileWriting ? writing : whole));
          List<String> unchanged = fingerprints(out, folders);
          long began = victim.go();
          long from = began;
          if (whileWriting) {
            while (victim.process.isAlive() && unchanged.equals(fingerprints(out, folders))) {
              Thread.sleep(1);
            }
            from = System.nanoTime();
          }
          long wait = delay - (System.nanoTime() - from);
          if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
          }
          victim.process.destroyForcibly();
          assertTrue(victim.process.waitFor(60, TimeUnit.SECONDS));
          int exit = victim.process.exitValue();
          if (exit == 0) {
            assertEquals(
                List.of(),
                differing(clean.get(other), tree(out)),
                "a build that finished made the clean output");
            // It finished before the kill: builds are quicker now than when measured (other tests
            // ran then).
            whole = Math.min(whole, victim.finished() - began);
            if (whileWriting) {
              writing = Math.min(writing, victim.finished() - from);
            }
          } else {
            kills++;
            Check c = check(tree(out), clean);
            foldersWithoutFingerprint += c.withoutFingerprint;
            foldersAlreadyNew += c.complete[other];
            temporaries += c.temporaries;
            if (c.withoutFingerprint > 0 || c.temporaries > 0 || c.complete[other] > 0) {
              killsWhileWriting++;
            }
          }
          int next = random.nextBoolean() ? state : other;
          if (kills < target) {
            victim = children.start(models, out, templates[1 - next], log(rounds + 1));
          }
          AttendanceCompiler.RenderResult r =
              compiler.render(models, out, options(templates[next]));
          assertEquals(List.of(), r.diagnostics());
          assertEquals(
              List.of(),
              differing(clean.get(next), tree(out)),
              "lane "
                  + lane
                  + ", after kill "
                  + kills
                  + " ("
                  + delay / 1_000_000
                  + " ms in), the next build, of "
                  + "AB".charAt(next)
                  + ", makes what a clean build makes");
          state = next;
        }
      } finally {
        victim.process.destroyForcibly();
      }
      return this;
    }

    private Path log(int round) {
      return out.resolveSibling("lane-" + lane + "-round-" + round + ".log");
    }
  }

  /** What a killed build left: each folder complete for one version, or not claiming to be. */
  static final class Check {
    int withoutFingerprint;
    int temporaries;
    final int[] complete = new int[2];
  }

  static Check check(Map<String, byte[]> left, List<Map<String, byte[]>> clean) {
    Check c = new Check();
    Set<String> known = new TreeSet<>(clean.get(0).keySet());
    known.addAll(clean.get(1).keySet());
    List<String> problems = new ArrayList<>();
    for (String path : left.keySet()) {
      if (!known.contains(path)) {
        if (AtomicFiles.isTemporary(Path.of(path))) {
          c.temporaries++;
        } else {
          problems.add(path + " is neither an output nor a hidden temporary file");
        }
      }
    }
    Set<String> folders = new TreeSet<>();
    clean.get(0).keySet().stream()
        .filter(p -> p.contains("/"))
        .forEach(p -> folders.add(p.substring(0, p.indexOf('/'))));
    for (String folder : folders) {
      byte[] fingerprint = left.get(folder + "/" + FINGERPRINT);
      if (fingerprint == null) {
        c.withoutFingerprint++;
        continue;
      }
      int version = -1;
      for (int v = 0; v < 2; v++) {
        if (Arrays.equals(fingerprint, clean.get(v).get(folder + "/" + FINGERPRINT))) {
          version = v;
        }
      }
      if (version < 0) {
        problems.add(folder + " has a fingerprint of neither version");
        continue;
      }
      Map<String, byte[]> expected = clean.get(version);
      for (String path : expected.keySet()) {
        if (path.startsWith(folder + "/") && !Arrays.equals(expected.get(path), left.get(path))) {
          problems.add(
              folder
                  + " has the fingerprint of version "
                  + "AB".charAt(version)
                  + " but its "
                  + path.substring(folder.length() + 1)
                  + (left.containsKey(path) ? " is another build's" : " is missing"));
        }
      }
      c.complete[version]++;
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
    return c;
  }

  AttendanceCompiler.RenderResult build(Path models, Path out, Path templates) {
    return compiler.render(models, out, options(templates));
  }

  static AttendanceCompiler.RenderOptions options(Path templates) {
    return new AttendanceCompiler.RenderOptions(
        templates, Instant.EPOCH, TODAY, false, true, false, null, new LinkedHashSet<>(OUTPUTS));
  }

  /**
   * What the children start from. Their classpath is this JVM's, with each classes folder made a
   * jar of the same files: a JVM archives classes (AppCDS) from jars only, and a jar holding a
   * folder's files is the same code to the build's fingerprint ({@code Hashes.ofCode}), so a
   * child's folders are byte for byte this JVM's. The first child writes an archive of the classes
   * a build loads as it exits; every later child maps them from it instead of loading and verifying
   * them again (measured: 2.1 s of CPU a child without it, 1.45 s with it). A child that cannot use
   * the archive runs without it, as the JVM does by itself.
   */
  static final class Children {
    final String classpath;
    final Path archive;
    private boolean archived;

    Children(Path dir) throws IOException {
      Files.createDirectories(dir);
      List<String> entries = new ArrayList<>();
      int n = 0;
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        Path p = Path.of(entry);
        if (Files.isDirectory(p)) {
          Path jar = dir.resolve(n++ + "-" + p.getFileName() + ".jar");
          jarOf(p, jar);
          entry = jar.toString();
        }
        entries.add(entry);
      }
      this.classpath = String.join(File.pathSeparator, entries);
      this.archive = dir.resolve("children.jsa");
    }

    /** The first child, started: it writes the archive when it exits. */
    Child startArchiving(Path models, Path out, Path templates, Path log) throws IOException {
      return Child.start(
          classpath, List.of("-XX:ArchiveClassesAtExit=" + archive), models, out, templates, log);
    }

    /** Waits for the first child; from now on children map its archive, if it wrote one. */
    void archived(Child first, Path log) throws IOException {
      first.finished();
      assertEquals(0, first.process.exitValue(), Files.readString(log));
      archived = Files.isRegularFile(archive);
      if (!archived) {
        System.out.println("CrashSafeBuildTest: no class archive was written; see " + log);
      }
    }

    Child start(Path models, Path out, Path templates, Path log) throws IOException {
      List<String> options =
          archived ? List.of("-XX:SharedArchiveFile=" + archive) : List.<String>of();
      return Child.start(classpath, options, models, out, templates, log);
    }

    /** A jar of a folder's files, stored (nothing to inflate), in name order. */
    private static void jarOf(Path folder, Path jar) throws IOException {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(folder)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
        for (Path f : files) {
          byte[] bytes = Files.readAllBytes(f);
          CRC32 crc = new CRC32();
          crc.update(bytes);
          ZipEntry e = new ZipEntry(folder.relativize(f).toString().replace('\\', '/'));
          e.setMethod(ZipEntry.STORED);
          e.setSize(bytes.length);
          e.setCrc(crc.getValue());
          zip.putNextEntry(e);
          zip.write(bytes);
          zip.closeEntry();
        }
      }
    }
  }

  /**
   * A build in a child JVM, as Maven would run one. It starts, sets up and then waits, so that the
   * moment it is killed is counted from when it begins to build; its output goes to a log.
   */
  static final class Child {
    final Process process;
    private volatile long finished;
    private final java.util.concurrent.CompletableFuture<Void> exited;

    private Child(Process process) {
      this.process = process;
      this.exited = process.onExit().thenRun(() -> finished = System.nanoTime());
    }

    /** When it ended, in {@link System#nanoTime()}. */
    long finished() {
      exited.join();
      return finished;
    }

    static Child start(
        String classpath, List<String> options, Path models, Path out, Path templates, Path log)
        throws IOException {
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-XX:TieredStopAtLevel=1",
                  "-XX:+UseSerialGC",
                  "-Xmx512m"));
      command.addAll(options);
      for (String property :
          List.of("user.language", "user.country", "user.timezone", "file.encoding")) {
        if (System.getProperty(property) != null) {
          command.add("-D" + property + "=" + System.getProperty(property));
        }
      }
      command.addAll(
          List.of(
              "-cp",
              classpath,
              Render.class.getName(),
              models.toString(),
              out.toString(),
              templates.toString()));
      return new Child(
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start());
    }

    /** Tells it to build; returns when, in {@link System#nanoTime()}. */
    long go() throws IOException {
      long now = System.nanoTime();
      process.getOutputStream().write('\n');
      process.getOutputStream().flush();
      return now;
    }
  }

  /**
   * Run in a child JVM: once told to (a line on its input), one build, as the test's own builds
   * make it.
   */
  public static final class Render {
    public static void main(String[] args) throws IOException {
      AttendanceCompiler compiler = new AttendanceCompiler();
      if (System.in.read() < 0) {
        return;
      }
      AttendanceCompiler.RenderResult r =
          compiler.render(Path.of(args[0]), Path.of(args[1]), options(Path.of(args[2])));
      r.diagnostics().forEach(d -> System.out.println(d.format(Path.of(""))));
      System.exit(r.diagnostics().isEmpty() ? 0 : 1);
    }
  }

  /** Every file under {@code root} (hidden ones too), by its path relative to it with '/'. */
  static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  /** The schools' folders of a built tree. */
  static List<String> folders(Map<String, byte[]> tree) {
    return tree.keySet().stream()
        .filter(p -> p.endsWith("/" + FINGERPRINT))
        .map(p -> p.substring(0, p.indexOf('/')))
        .toList();
  }

  /**
   * Each folder's fingerprint, as its modification time or "none": cheap enough to look at every
   * millisecond while a build runs, and the first thing a build changes in a folder it writes.
   */
  static List<String> fingerprints(Path out, List<String> folders) {
    List<String> seen = new ArrayList<>();
    for (String folder : folders) {
      try {
        seen.add(Files.getLastModifiedTime(out.resolve(folder).resolve(FINGERPRINT)).toString());
      } catch (IOException e) {
        seen.add("none");
      }
    }
    return seen;
  }

  /** The paths whose contents differ, or that are in one tree only. */
  static List<String> differing(Map<String, byte[]> a, Map<String, byte[]> b) {
    Set<String> all = new TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return all.stream().filter(p -> !Arrays.equals(a.get(p), b.get(p))).toList();
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
