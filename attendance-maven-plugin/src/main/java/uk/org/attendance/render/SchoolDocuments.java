package uk.org.attendance.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import uk.org.attendance.check.Diagnostic;
import uk.org.attendance.export.DocxLetterWriter;
import uk.org.attendance.export.RulesJsonWriter;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.SourceRef;
import uk.org.attendance.reference.Rulebook;
import uk.org.attendance.report.AtomicFiles;

/**
 * Writes each school's documents under {@code <out>/<school-id>/}: the policy and the parent
 * leaflet (PDF and web page each), and every letter (DOCX with MERGEFIELDs, web page, and a sample
 * PDF with made-up details) with the field catalogue {@code letters/fields.csv}; and for each
 * trust base, the federation-wide policy with every member's times. Files are written whole or
 * not at all; a school whose documents fail keeps its previous good files.
 *
 * <p>Thread-safe: templates, fonts and the Markdown renderer are shared and immutable.
 */
public final class SchoolDocuments {

  /** Rule id of rendering problems in reports. */
  public static final String RENDER = "RENDER";

  /** The largest logo accepted. */
  static final long MAX_LOGO_BYTES = 2L * 1024 * 1024;

  private final Templates templates;
  private final PdfRenderer pdf;
  private final PolicyViewBuilder views;
  private final ParentDocumentsBuilder parents;
  private final DocxLetterWriter docx = new DocxLetterWriter();
  private final List<Letter> defaultLetters;

  /**
   * @param templates the house style, or a school's own
   * @param pdf the shared PDF renderer
   * @param markdown the shared Markdown renderer
   * @param defaultLetters the letters a school gets when it names none
   */
  public SchoolDocuments(Templates templates, PdfRenderer pdf, Markdown markdown, List<Letter> defaultLetters) {
    this.templates = templates;
    this.pdf = pdf;
    this.views = new PolicyViewBuilder(markdown);
    this.parents = new ParentDocumentsBuilder(markdown);
    this.defaultLetters = List.copyOf(defaultLetters);
  }

  /**
   * What one run wrote, and what went wrong.
   *
   * @param written files written
   * @param diagnostics problems, located
   * @param upToDate schools (and federations) skipped because nothing they depend on changed
   */
  public record Outcome(List<Path> written, List<Diagnostic> diagnostics, int upToDate) {}

  /**
   * Renders every school and every federation, in parallel (one task per school, bounded by the
   * cores), skipping those whose fingerprint is unchanged since the last run.
   *
   * @param schools the loaded schools
   * @param schoolsRoot the schools folder (logos must be inside it)
   * @param out the output folder
   * @param rules the national rules
   * @param timestamp the fixed date written into PDFs
   * @param build what else goes into each fingerprint (templates, fonts, plugin, settings)
   * @param force render everything, whatever the fingerprints say
   * @param timings where artefact timings go, or null
   */
  public Outcome renderAll(List<ResolvedSchool> schools, Path schoolsRoot, Path out, Rulebook rules, Instant timestamp,
      String build, boolean force, Timings timings) {
    List<Job> jobs = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (ResolvedSchool s : schools) {
      Path dir = out.resolve(s.id());
      jobs.add(new Job(s.id(), dir, Fingerprints.of("school", build, RulesJsonWriter.contentHash(s.model())),
          s.at("/school/logo"), () -> schoolFiles(s, dir, schoolsRoot, rules, timestamp, timings)));
    }
    for (Map.Entry<Path, List<ResolvedSchool>> f : federations(schools).entrySet()) {
      List<ResolvedSchool> members = f.getValue();
      String id = slug(members.get(0).model().trust().shortName() != null
          ? members.get(0).model().trust().shortName() : members.get(0).model().trust().name());
      if (schools.stream().anyMatch(s -> s.id().equals(id))) {
        problems.add(Diagnostic.error(RENDER, SourceRef.of(f.getKey()),
            "the federation's folder name '" + id + "' is also a school's id", "give the trust a different shortName"));
        continue;
      }
      Path dir = out.resolve(id);
      String[] hashes = members.stream().map(m -> RulesJsonWriter.contentHash(m.model())).toArray(String[]::new);
      jobs.add(new Job(id, dir, Fingerprints.of("federation", build, String.join(",", hashes)), SourceRef.of(f.getKey()),
          () -> {
            Map<Path, byte[]> files = new LinkedHashMap<>();
            policy(files, dir, views.federation(members, rules, false), views.federation(members, rules, true), id, timestamp,
                timings);
            return files;
          }));
    }
    List<Job> todo = jobs.stream().filter(j -> force || !Fingerprints.upToDate(j.dir(), j.fingerprint())).toList();
    List<Path> written = new ArrayList<>();
    List<Callable<JobResult>> tasks = todo.stream().map(j -> (Callable<JobResult>) () -> run(j)).toList();
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), tasks.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "attendance-render");
      t.setDaemon(true);
      return t;
    });
    try {
      for (Future<JobResult> f : pool.invokeAll(tasks)) {
        JobResult r = f.get();
        written.addAll(r.written());
        if (r.problem() != null) {
          problems.add(r.problem());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problems.add(Diagnostic.error(RENDER, SourceRef.of(out), "rendering was interrupted", null));
    } catch (ExecutionException e) {
      problems.add(Diagnostic.error(RENDER, SourceRef.of(out), "rendering failed: " + e.getCause(),
          "this is a bug in attendance-maven-plugin: please report it"));
    } finally {
      pool.shutdownNow();
    }
    return new Outcome(written, problems, jobs.size() - todo.size());
  }

  /** One school's (or federation's) documents. */
  private record Job(String id, Path dir, String fingerprint, SourceRef at, Callable<Map<Path, byte[]>> make) {}

  private record JobResult(List<Path> written, Diagnostic problem) {}

  private JobResult run(Job job) {
    try {
      // Everything is made in memory first; only then is anything written, and the fingerprint last.
      List<Path> written = writeAll(job.make().call());
      Fingerprints.record(job.dir(), job.fingerprint());
      return new JobResult(written, null);
    } catch (RenderException e) {
      return new JobResult(List.of(), diagnostic(e, job.at()));
    } catch (Exception e) {
      return new JobResult(List.of(), Diagnostic.error(RENDER, job.at(), "the documents for " + job.id()
          + " could not be made: " + e, "this is a bug in attendance-maven-plugin: please report it"));
    }
  }

  private Map<Path, byte[]> schoolFiles(ResolvedSchool s, Path dir, Path schoolsRoot, Rulebook rules, Instant timestamp,
      Timings timings) throws RenderException {
    String logo = logo(s, schoolsRoot);
    PolicyView web = views.school(s, rules, false, logo);
    PolicyView print = views.school(s, rules, true, logo);
    Map<Path, byte[]> files = new LinkedHashMap<>();
    policy(files, dir, web, print, s.id(), timestamp, timings);
    leaflet(files, dir, s, rules, web, print, timestamp, timings);
    letters(files, dir.resolve("letters"), s, rules, timestamp, timings);
    long t0 = System.nanoTime();
    files.put(dir.resolve("rules.json"), utf8(RulesJsonWriter.write(s, rules)));
    time(timings, "rules.json", t0);
    return files;
  }

  private static void time(Timings timings, String kind, long startNanos) {
    if (timings != null) {
      timings.record(kind, System.nanoTime() - startNanos);
    }
  }

  /** Members grouped by the trust base they extend, for trusts that have a name. */
  static Map<Path, List<ResolvedSchool>> federations(List<ResolvedSchool> schools) {
    Map<Path, List<ResolvedSchool>> out = new LinkedHashMap<>();
    for (ResolvedSchool s : schools) {
      if (s.files().size() > 1 && s.model().trust() != null) {
        out.computeIfAbsent(s.files().get(s.files().size() - 1), k -> new ArrayList<>()).add(s);
      }
    }
    return out;
  }

  private void policy(Map<Path, byte[]> files, Path dir, PolicyView web, PolicyView print, String id, Instant timestamp,
      Timings timings) throws RenderException {
    long t0 = System.nanoTime();
    files.put(dir.resolve("policy.pdf"), pdf.render(templates.render("policy/policy.ftlh", print), "policy.pdf for " + id, timestamp));
    time(timings, "policy.pdf", t0);
    t0 = System.nanoTime();
    files.put(dir.resolve("policy.html"), utf8(templates.render("policy/policy.ftlh", web)));
    time(timings, "policy.html", t0);
  }

  private void leaflet(Map<Path, byte[]> files, Path dir, ResolvedSchool s, Rulebook rules, PolicyView web, PolicyView print,
      Instant timestamp, Timings timings) throws RenderException {
    long t0 = System.nanoTime();
    LeafletView forPrint = parents.leaflet(s, rules, true, print);
    files.put(dir.resolve("leaflet.pdf"),
        pdf.render(templates.render("leaflet/leaflet.ftlh", forPrint), "leaflet.pdf for " + s.id(), timestamp));
    time(timings, "leaflet.pdf", t0);
    t0 = System.nanoTime();
    files.put(dir.resolve("leaflet.html"), utf8(templates.render("leaflet/leaflet.ftlh", parents.leaflet(s, rules, false, web))));
    time(timings, "leaflet.html", t0);
  }

  private void letters(Map<Path, byte[]> files, Path dir, ResolvedSchool s, Rulebook rules, Instant timestamp,
      Timings timings) throws RenderException {
    Map<String, String> facts = Facts.of(s.model(), rules);
    List<Letter> letters = s.model().letters().isEmpty() ? defaultLetters : s.model().letters();
    for (Letter letter : letters) {
      String name = letter.id();
      long t0 = System.nanoTime();
      LetterView sample = parents.letter(s, letter, facts, LetterText.Mode.SAMPLE, rules, true);
      files.put(dir.resolve(name + ".sample.pdf"),
          pdf.render(templates.render("letters/letter.ftlh", sample), name + ".sample.pdf for " + s.id(), timestamp));
      time(timings, "letter.sample.pdf", t0);
      t0 = System.nanoTime();
      files.put(dir.resolve(name + ".html"),
          utf8(templates.render("letters/letter.ftlh", parents.letter(s, letter, facts, LetterText.Mode.TEMPLATE, rules, false))));
      time(timings, "letter.html", t0);
      t0 = System.nanoTime();
      try {
        files.put(dir.resolve(name + ".docx"), docx.write(new DocxLetterWriter.Parts(
            ParentDocumentsBuilder.letterhead(s.model()), letter.title(), LetterText.fill(letter.body(), facts, LetterText.Mode.KEEP),
            ParentDocumentsBuilder.signature(s.model(), letter),
            ParentDocumentsBuilder.factRows(s.model(), facts, rules).stream().map(r -> new String[] {r.label(), r.value()}).toList(),
            s.model().letterFields()),
            timestamp));
        time(timings, "letter.docx", t0);
      } catch (IOException | RuntimeException e) {
        throw new RenderException(name + ".docx", 0, 0, "the Word letter '" + name + "' could not be made: " + e.getMessage());
      }
    }
    files.put(dir.resolve("fields.csv"), utf8(FieldCatalogue.csv(facts, s.model().letterFields())));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static List<Path> writeAll(Map<Path, byte[]> files) throws RenderException {
    for (Map.Entry<Path, byte[]> f : files.entrySet()) {
      try {
        AtomicFiles.write(f.getKey(), f.getValue());
      } catch (IOException e) {
        throw new RenderException(f.getKey().toString(), 0, 0, "the file cannot be written: " + e.getMessage());
      }
    }
    return List.copyOf(files.keySet());
  }

  /** The school's logo as a data: URI, read only from inside the schools folder. */
  static String logo(ResolvedSchool s, Path schoolsRoot) throws RenderException {
    String logo = s.model().school().logo();
    if (logo == null || logo.isBlank()) {
      return "";
    }
    Path declaredIn = s.at("/school/logo").file();
    Path file = declaredIn.toAbsolutePath().getParent().resolve(logo).normalize();
    Path root = schoolsRoot.toAbsolutePath().normalize();
    if (!file.startsWith(root)) {
      throw new RenderException("logo", 0, 0, "the logo '" + logo + "' is outside the schools folder; put it inside "
          + root.getFileName());
    }
    try {
      if (!Files.isRegularFile(file)) {
        throw new RenderException("logo", 0, 0, "the logo '" + logo + "' does not exist");
      }
      if (Files.size(file) > MAX_LOGO_BYTES) {
        throw new RenderException("logo", 0, 0, "the logo '" + logo + "' is larger than 2 MB; save a smaller image");
      }
      byte[] bytes = Files.readAllBytes(file);
      String type = imageType(bytes);
      if (type == null) {
        throw new RenderException("logo", 0, 0, "the logo '" + logo + "' is not a PNG or JPEG image");
      }
      return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    } catch (IOException e) {
      throw new RenderException("logo", 0, 0, "the logo '" + logo + "' cannot be read: " + e.getMessage());
    }
  }

  private static String imageType(byte[] b) {
    if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
      return "image/jpeg";
    }
    return null;
  }

  private Diagnostic diagnostic(RenderException e, SourceRef fallback) {
    if ("logo".equals(e.source())) {
      return Diagnostic.error(RENDER, fallback, e.getMessage(), "use a PNG or JPEG file inside the schools folder");
    }
    SourceRef at = e.line() > 0
        ? new SourceRef(Path.of(templates.origin().startsWith("the plugin") ? "templates" : templates.origin()).resolve(e.source()),
            e.line(), e.column())
        : fallback;
    return Diagnostic.error(RENDER, at, e.getMessage(),
        e.line() > 0 ? "fix the template at this line (templates from " + templates.origin() + ")" : null);
  }

  /** "HMFA" becomes "hmfa"; "St Anne's Trust" becomes "st-annes-trust". */
  static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
