package uk.org.attendance.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.build.Timings;

/**
 * The race: the same policies made into PDFs three ways in one run, on the same machine at the same
 * load. Ours: policy.pdf through the façade (PDF/UA-1 and PDF/A-2a), warm, as many at once as there
 * are cores. LibreOffice: the same policies as Word files (made from our policy.html by LibreOffice
 * itself, not timed) converted to tagged PDF/A-2 + PDF/UA in one batch process, as a trust would
 * script it. WeasyPrint: our policy.html rendered in one Python process (per-document times), and
 * once from its command line (start-up included). Each peer only where installed.
 *
 * <p>Per document, each measure's median over the repeats: ours, the p50 of one document's time
 * (two at a time on two cores) and the batch's wall and CPU time divided by the documents;
 * LibreOffice, the batch's wall and CPU time per document (one start-up shared) and the marginal
 * cost of a document ((batch of N - batch of 1) / (N - 1)); WeasyPrint, the p50 of one document's
 * time in its process, and CPU per document. CPU time is the steadier measure on a loaded machine.
 *
 * <p>Development only (test code).
 */
final class Race {

  /** LibreOffice's PDF export: PDF/A-2 (SelectPdfVersion 2) and PDF/UA, tagged. */
  static final String LO_PDF =
      "pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"},"
          + "\"PDFUACompliance\":{\"type\":\"boolean\",\"value\":\"true\"}}";

  private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private final Path work;
  private final String path;
  private final List<String> report = new Benchmark.Lines();

  private Race(Path work, String path) {
    this.work = work;
    this.path = path;
  }

  /**
   * Runs the race.
   *
   * @param bundled the bundled school models (the standalone ones are copied)
   * @param work a scratch folder (emptied)
   * @param schools how many policies
   * @param repeats how many timed runs of each (medians are reported)
   * @param path where to look for soffice and weasyprint (the PATH)
   * @return the report, one line per entry
   */
  static List<String> run(Path bundled, Path work, int schools, int repeats, String path)
      throws IOException {
    Race race = new Race(work, path);
    race.go(bundled, schools, repeats);
    return race.report;
  }

  private void go(Path bundled, int n, int repeats) throws IOException {
    Benchmark.deleteRecursively(work);
    Path models = work.resolve("models");
    SyntheticSchools.write(bundled, models, n, false);
    report.add(
        String.format(
            Locale.ROOT,
            "race: %d policies (synthetic, from the bundled standalone schools), %d runs each,"
                + " %d cores, max heap %d MB; %s",
            n,
            repeats,
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() >> 20,
            Benchmark.loadAverage()));

    // Ours: one cold pass (which also writes policy.html for the others), then warm passes.
    AttendanceCompiler compiler = new AttendanceCompiler();
    Path out = work.resolve("ours");
    AttendanceCompiler.RenderResult cold =
        compiler.render(
            models,
            out,
            new AttendanceCompiler.RenderOptions(null, STAMP, TODAY, true, true, false, null)
                .only("policy.html", "policy.pdf"));
    if (cold.written().stream().filter(p -> p.getFileName().toString().equals("policy.pdf")).count()
        != n) {
      throw new IOException(
          "our render made no policy.pdf for some schools: " + cold.diagnostics());
    }
    // One more untimed pass, so that the timed ones find the compiler's work done.
    compiler.render(
        models,
        out,
        new AttendanceCompiler.RenderOptions(null, STAMP, TODAY, true, true, false, null)
            .only("policy.pdf"));
    List<Double> p50 = new ArrayList<>();
    List<Double> wallPerDoc = new ArrayList<>();
    List<Double> cpuPerDoc = new ArrayList<>();
    for (int r = 0; r < repeats; r++) {
      Timings t = new Timings();
      System.gc();
      long cpu0 = Benchmark.processCpuNanos();
      long t0 = System.nanoTime();
      compiler.render(
          models,
          out,
          new AttendanceCompiler.RenderOptions(null, STAMP, TODAY, true, true, false, t)
              .only("policy.pdf"));
      double wall = (System.nanoTime() - t0) / 1e6;
      double cpu = (Benchmark.processCpuNanos() - cpu0) / 1e6;
      p50.add(t.medianMillis("policy.pdf"));
      wallPerDoc.add(wall / n);
      cpuPerDoc.add(cpu / n);
      report.add(
          String.format(
              Locale.ROOT,
              "  ours, run %d: policy.pdf p50 %.0f ms; %.0f ms wall and %.0f ms CPU per document; %s",
              r + 1,
              t.medianMillis("policy.pdf"),
              wall / n,
              cpu / n,
              Benchmark.loadAverage()));
    }
    double ours = Benchmark.median(p50);
    double oursCpu = Benchmark.median(cpuPerDoc);
    report.add(
        String.format(
            Locale.ROOT,
            "ours (policy.pdf, PDF/UA-1 + PDF/A-2a, warm, %d at a time): p50 %.0f ms per document;"
                + " %.0f ms wall and %.0f ms CPU per document",
            Runtime.getRuntime().availableProcessors(),
            ours,
            Benchmark.median(wallPerDoc),
            oursCpu));

    List<Path> html = new ArrayList<>();
    Path htmlDir = Files.createDirectories(work.resolve("html"));
    try (Stream<Path> dirs = Files.list(out)) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        Path copy = htmlDir.resolve(d.getFileName() + ".html");
        Files.copy(d.resolve("policy.html"), copy);
        html.add(copy);
      }
    }
    libreOffice(html, repeats, ours, oursCpu);
    weasyPrint(html, repeats, ours, oursCpu);
  }

  private void libreOffice(List<Path> html, int repeats, double ours, double oursCpu)
      throws IOException {
    Optional<Path> soffice = onPath("soffice");
    if (soffice.isEmpty()) {
      report.add(
          "LibreOffice: soffice is not on the PATH, so it was skipped (Debian: apt-get install libreoffice-writer-nogui)");
      return;
    }
    // Its own profile, so that no other soffice on the machine takes the work over, made by the
    // untimed conversion of our policy.html into Word files (the HTML import of Writer).
    String profile = "-env:UserInstallation=" + work.resolve("lo-profile").toUri();
    Path docx = work.resolve("docx");
    List<String> prepare =
        new ArrayList<>(
            List.of(
                soffice.get().toString(),
                profile,
                "--headless",
                "--infilter=HTML (StarWriter)",
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
                docx.toString()));
    html.forEach(h -> prepare.add(h.toString()));
    Timed made = timed(prepare, 600);
    List<Path> words = new ArrayList<>();
    for (Path h : html) {
      Path w = docx.resolve(h.getFileName().toString().replaceFirst("\\.html$", ".docx"));
      if (Files.exists(w)) {
        words.add(w);
      }
    }
    if (made.failed() || words.size() != html.size()) {
      report.add(
          "LibreOffice: could not make the Word files from our policy.html, so it was skipped: "
              + made.output());
      return;
    }
    List<Double> perDoc = new ArrayList<>();
    List<Double> cpuPerDoc = new ArrayList<>();
    List<Double> marginal = new ArrayList<>();
    List<Double> marginalCpu = new ArrayList<>();
    List<Double> one = new ArrayList<>();
    int n = words.size();
    for (int r = 0; r < repeats; r++) {
      Timed single = convert(soffice.get(), profile, words.subList(0, 1), r);
      Timed batch = convert(soffice.get(), profile, words, r);
      if (single.failed() || batch.failed()) {
        report.add(
            "LibreOffice: a conversion failed, so it was skipped: "
                + (batch.failed() ? batch : single).output());
        return;
      }
      perDoc.add(batch.wallMs() / n);
      cpuPerDoc.add(batch.cpuMs() / n);
      one.add(single.wallMs());
      if (n > 1) {
        marginal.add((batch.wallMs() - single.wallMs()) / (n - 1));
        marginalCpu.add((batch.cpuMs() - single.cpuMs()) / (n - 1));
      }
      report.add(
          String.format(
              Locale.ROOT,
              "  LibreOffice, run %d: batch of %d %.0f ms wall (%.0f ms CPU), batch of 1 %.0f ms wall"
                  + " (%.0f ms CPU); %s",
              r + 1,
              n,
              batch.wallMs(),
              batch.cpuMs(),
              single.wallMs(),
              single.cpuMs(),
              Benchmark.loadAverage()));
    }
    double theirs = Benchmark.median(perDoc);
    double theirsCpu = Benchmark.median(cpuPerDoc);
    report.add(
        String.format(
            Locale.ROOT,
            "LibreOffice %s (Word to tagged PDF/A-2 + PDF/UA, %d documents in one process): %.0f ms"
                + " per document (%.0f ms CPU), marginal %s, one document alone %.0f ms;"
                + " LibreOffice/ours: %.2f per document (its batch per document against our p50), %.2f in CPU per document",
            version(soffice.get(), "--version"),
            n,
            theirs,
            theirsCpu,
            marginal.isEmpty()
                ? "n/a"
                : String.format(
                    Locale.ROOT,
                    "%.0f ms (%.0f ms CPU)",
                    Benchmark.median(marginal),
                    Benchmark.median(marginalCpu)),
            Benchmark.median(one),
            theirs / ours,
            theirsCpu / oursCpu));
  }

  private Timed convert(Path soffice, String profile, List<Path> words, int run)
      throws IOException {
    Path pdf = work.resolve("lo-pdf-" + run + "-" + words.size());
    List<String> cmd =
        new ArrayList<>(
            List.of(
                soffice.toString(),
                profile,
                "--headless",
                "--convert-to",
                LO_PDF,
                "--outdir",
                pdf.toString()));
    words.forEach(w -> cmd.add(w.toString()));
    Timed t = timed(cmd, 1800);
    long made;
    try (Stream<Path> files = Files.exists(pdf) ? Files.list(pdf) : Stream.empty()) {
      made = files.filter(p -> p.toString().endsWith(".pdf")).count();
    }
    return made == words.size()
        ? t
        : new Timed(
            t.wallMs(),
            t.cpuMs(),
            -1,
            "made " + made + " of " + words.size() + " PDFs: " + t.output());
  }

  private void weasyPrint(List<Path> html, int repeats, double ours, double oursCpu)
      throws IOException {
    Optional<Path> weasy = onPath("weasyprint");
    if (weasy.isEmpty()) {
      report.add(
          "WeasyPrint: weasyprint is not on the PATH, so it was skipped (Debian: apt-get install weasyprint)");
      return;
    }
    String python =
        Files.readAllLines(weasy.get(), StandardCharsets.ISO_8859_1).stream()
            .findFirst()
            .filter(l -> l.startsWith("#!"))
            .map(l -> l.substring(2).strip().split("\\s+")[0])
            .orElse("python3");
    Path script = work.resolve("weasy-race.py");
    Files.writeString(
        script,
        """
        import sys, time
        from weasyprint import HTML
        variant, out, files = sys.argv[1], sys.argv[2], sys.argv[3:]
        for i, f in enumerate(files):
            t0 = time.perf_counter()
            if variant == 'plain':
                HTML(filename=f).write_pdf(f'{out}/{i}.pdf')
            else:
                try:
                    HTML(filename=f).write_pdf(f'{out}/{i}.pdf', variant=variant)  # WeasyPrint 57
                except TypeError:
                    HTML(filename=f).write_pdf(f'{out}/{i}.pdf', pdf_variant=variant)
            print('document', (time.perf_counter() - t0) * 1000, flush=True)
        """);
    for (String variant : List.of("plain", "pdf/ua-1")) {
      List<Double> p50 = new ArrayList<>();
      List<Double> cpuPerDoc = new ArrayList<>();
      for (int r = 0; r < repeats; r++) {
        Path pdf =
            Files.createDirectories(
                work.resolve("weasy-pdf-" + variant.replace('/', '-') + "-" + r));
        List<String> cmd =
            new ArrayList<>(List.of(python, script.toString(), variant, pdf.toString()));
        html.forEach(h -> cmd.add(h.toString()));
        Timed t = timed(cmd, 3600);
        List<Double> docs =
            t.output()
                .lines()
                .filter(l -> l.startsWith("document "))
                .map(l -> Double.parseDouble(l.substring(9)))
                .toList();
        if (t.failed() || docs.size() != html.size()) {
          report.add(
              "WeasyPrint ("
                  + variant
                  + "): the run failed, so it was skipped: "
                  + tail(t.output()));
          break;
        }
        p50.add(Benchmark.median(docs));
        cpuPerDoc.add(t.cpuMs() / docs.size());
        report.add(
            String.format(
                Locale.ROOT,
                "  WeasyPrint %s, run %d: p50 %.0f ms per document, %.0f ms wall (%.0f ms CPU) for %d; %s",
                variant,
                r + 1,
                Benchmark.median(docs),
                t.wallMs(),
                t.cpuMs(),
                docs.size(),
                Benchmark.loadAverage()));
      }
      if (p50.size() == repeats) {
        double theirs = Benchmark.median(p50);
        double theirsCpu = Benchmark.median(cpuPerDoc);
        report.add(
            String.format(
                Locale.ROOT,
                "WeasyPrint %s (%s, our policy.html, %d documents in one process): p50 %.0f ms per"
                    + " document (%.0f ms CPU, start-up shared); WeasyPrint/ours: %.2f per document (p50 against p50), %.2f in CPU per document",
                version(weasy.get(), "--version"),
                variant,
                html.size(),
                theirs,
                theirsCpu,
                theirs / ours,
                theirsCpu / oursCpu));
      }
    }
    // As the command line is documented: one document, its start-up included.
    List<Double> cli = new ArrayList<>();
    for (int r = 0; r < repeats; r++) {
      Timed t =
          timed(
              List.of(
                  weasy.get().toString(),
                  "-q",
                  html.get(0).toString(),
                  work.resolve("weasy-cli.pdf").toString()),
              600);
      if (!t.failed()) {
        cli.add(t.wallMs());
      }
    }
    if (!cli.isEmpty()) {
      report.add(
          String.format(
              Locale.ROOT,
              "WeasyPrint command line, one document, start-up included: %.0f ms (median of %d)",
              Benchmark.median(cli),
              cli.size()));
    }
  }

  /**
   * A program's wall time, CPU time (its own and its children's, from GNU time where installed),
   * exit code and output.
   */
  record Timed(double wallMs, double cpuMs, int exit, String output) {
    boolean failed() {
      return exit != 0;
    }
  }

  private Timed timed(List<String> command, int timeoutSeconds) throws IOException {
    Optional<Path> time =
        Files.isExecutable(Path.of("/usr/bin/time"))
            ? Optional.of(Path.of("/usr/bin/time"))
            : Optional.empty();
    Path cpuFile = Files.createTempFile(work, "cpu", ".txt");
    List<String> cmd = new ArrayList<>();
    if (time.isPresent()) {
      cmd.addAll(List.of(time.get().toString(), "-o", cpuFile.toString(), "-f", "%U %S"));
    }
    cmd.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("PATH", path);
    long t0 = System.nanoTime();
    Process p = pb.start();
    String output;
    try {
      output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Timed(0, 0, -1, "timed out after " + timeoutSeconds + " s");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    double wall = (System.nanoTime() - t0) / 1e6;
    double cpu = 0;
    try {
      String[] f =
          Files.readString(cpuFile).strip().lines().reduce((a, b) -> b).orElse("").split(" ");
      cpu = (Double.parseDouble(f[0]) + Double.parseDouble(f[1])) * 1000;
    } catch (RuntimeException e) {
      cpu = Double.NaN; // no GNU time
    }
    Files.deleteIfExists(cpuFile);
    return new Timed(wall, cpu, p.exitValue(), output);
  }

  private Optional<Path> onPath(String program) {
    return Stream.of(path.split(File.pathSeparator))
        .filter(d -> !d.isEmpty())
        .map(d -> Path.of(d, program))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private String version(Path program, String flag) {
    try {
      return timed(List.of(program.toString(), flag), 120)
          .output()
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("Warning"))
          .findFirst()
          .orElse("")
          .strip();
    } catch (IOException e) {
      return program.getFileName().toString();
    }
  }

  private static String tail(String s) {
    return s.length() > 400 ? "..." + s.substring(s.length() - 400) : s;
  }
}
