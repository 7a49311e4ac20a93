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
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.export.DocxLetterWriter;
import uk.org.attendance.export.RulesJsonWriter;
import uk.org.attendance.files.Hashes;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.School;
import uk.org.attendance.model.SourceRef;
import uk.org.attendance.reference.Rulebook;
import uk.org.attendance.files.AtomicFiles;

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

  /** The densities the leaflet is tried at, loosest first, to fit one sheet printed on both sides. */
  static final List<String> LEAFLET_DENSITIES = List.of("normal", "compact", "tight");
  /** One A4 sheet, both sides. */
  static final int LEAFLET_PAGES = 2;

  private final Templates templates;
  private final PdfRenderer pdf;
  private final PolicyViewBuilder views;
  private final LeafletViewBuilder leaflets;
  private final LetterViewBuilder letterViews;
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
    this.leaflets = new LeafletViewBuilder(markdown);
    this.letterViews = new LetterViewBuilder(markdown);
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
   * What every school's documents are rendered with.
   *
   * @param schoolsRoot the schools folder (logos must be inside it)
   * @param out the output folder
   * @param rules the national rules
   * @param timestamp the fixed date written into PDFs
   * @param build what else goes into each fingerprint (templates, fonts, plugin, settings)
   * @param force render everything, whatever the fingerprints say
   * @param annotated also write each web page annotated with the source of every block
   * @param timings where artefact timings go, or null
   */
  public record Settings(Path schoolsRoot, Path out, Rulebook rules, Instant timestamp, String build, boolean force,
      boolean annotated, Timings timings) {}

  /**
   * Renders every school and every federation, in parallel (one task per school, bounded by the
   * cores), skipping those whose fingerprint is unchanged since the last run.
   *
   * @param schools the loaded schools to render
   * @param reviews each school's review by id (draft or final, findings); a federation's is its members'
   * @param settings what they are rendered with
   */
  public Outcome renderAll(List<ResolvedSchool> schools, java.util.Map<String, Review> reviews, Settings settings) {
    Path out = settings.out();
    Rulebook rules = settings.rules();
    String build = settings.build();
    boolean force = settings.force();
    List<Job> jobs = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (ResolvedSchool s : schools) {
      Path dir = out.resolve(s.id());
      Review review = reviews.get(s.id());
      jobs.add(new Job(s.id(), dir, Hashes.sha256("school", build, RulesJsonWriter.contentHash(s.model()),
          String.valueOf(settings.annotated()), review.toString()),
          s.whereMissing("/school/logo"), () -> schoolFiles(s, dir, review, settings)));
    }
    for (Map.Entry<Path, List<ResolvedSchool>> f : federations(schools).entrySet()) {
      List<ResolvedSchool> members = f.getValue();
      String id = slug(members.get(0).model().trust().shortName() != null
          ? members.get(0).model().trust().shortName() : members.get(0).model().trust().name());
      if (schools.stream().anyMatch(s -> s.id().equals(id))) {
        problems.add(Diagnostic.error(RENDER, SourceRef.of(f.getKey()),
            "the federation's folder name '" + id + "' is also a school's id", Hints.differentTrustShortName()));
        continue;
      }
      Path dir = out.resolve(id);
      String[] hashes = members.stream().map(m -> RulesJsonWriter.contentHash(m.model())).toArray(String[]::new);
      Review review = Review.ofMembers(members.stream().map(m -> reviews.get(m.id())).toList());
      jobs.add(new Job(id, dir, Hashes.sha256("federation", build, String.join(",", hashes),
          String.valueOf(settings.annotated()), review.toString()), SourceRef.of(f.getKey()),
          () -> {
            Map<Path, byte[]> files = new LinkedHashMap<>();
            LawText law = new LawText(rules);
            policy(files, dir, print -> views.federation(members, law, new PolicyViewBuilder.Options(print, false, "", review)),
                id, settings);
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
          Hints.reportBug()));
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
          + " could not be made: " + e, Hints.reportBug()));
    }
  }

  private Map<Path, byte[]> schoolFiles(ResolvedSchool s, Path dir, Review review, Settings settings) throws RenderException {
    String logo = logo(s, settings.schoolsRoot());
    LawText law = new LawText(settings.rules());
    java.util.function.Function<Boolean, PolicyView> policyView =
        print -> views.school(s, law, new PolicyViewBuilder.Options(print, false, logo, review));
    Map<Path, byte[]> files = new LinkedHashMap<>();
    policy(files, dir, policyView, s.id(), settings);
    if (settings.annotated()) {
      files.put(dir.resolve("policy.annotated.html"), utf8(templates.render("policy/policy.ftlh",
          views.school(s, law, new PolicyViewBuilder.Options(false, true, logo, review)))));
    }
    leaflet(files, dir, s, law, policyView, settings);
    letters(files, dir.resolve("letters"), s, law, review, settings);
    long t0 = System.nanoTime();
    files.put(dir.resolve("rules.json"), utf8(RulesJsonWriter.write(s, settings.rules())));
    time(settings.timings(), "rules.json", t0);
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

  private void policy(Map<Path, byte[]> files, Path dir, java.util.function.Function<Boolean, PolicyView> view, String id,
      Settings settings) throws RenderException {
    long t0 = System.nanoTime();
    files.put(dir.resolve("policy.pdf"), pdf.render(templates.render("policy/policy.ftlh", view.apply(true)),
        "policy.pdf for " + id, settings.timestamp()));
    time(settings.timings(), "policy.pdf", t0);
    t0 = System.nanoTime();
    files.put(dir.resolve("policy.html"), utf8(templates.render("policy/policy.ftlh", view.apply(false))));
    time(settings.timings(), "policy.html", t0);
  }

  /**
   * The leaflet fits one sheet printed on both sides by design: side two starts on the back, and a
   * school whose content would spill onto a third page is set more closely; if even the tightest
   * setting does not fit, the school is told what to shorten.
   */
  private void leaflet(Map<Path, byte[]> files, Path dir, ResolvedSchool s, LawText law,
      java.util.function.Function<Boolean, PolicyView> policyView, Settings settings) throws RenderException {
    long t0 = System.nanoTime();
    LeafletView view = leaflets.leaflet(s, law, policyView.apply(true));
    byte[] fitted = null;
    for (String density : LEAFLET_DENSITIES) {
      byte[] bytes = pdf.render(templates.render("leaflet/leaflet.ftlh", view.withDensity(density)), "leaflet.pdf for " + s.id(),
          settings.timestamp());
      if (PdfRenderer.pages(bytes) <= LEAFLET_PAGES) {
        fitted = bytes;
        break;
      }
    }
    if (fitted == null) {
      throw new RenderException("leaflet", 0, 0, "the parent leaflet for " + s.id() + " does not fit on one sheet (two sides),"
          + " even set closely: shorten the school's illness note, how to ask for leave, or the lists of what to say and what"
          + " the school does when it has not heard");
    }
    files.put(dir.resolve("leaflet.pdf"), fitted);
    time(settings.timings(), "leaflet.pdf", t0);
    t0 = System.nanoTime();
    files.put(dir.resolve("leaflet.html"), utf8(templates.render("leaflet/leaflet.ftlh", leaflets.leaflet(s, law, policyView.apply(false)))));
    time(settings.timings(), "leaflet.html", t0);
  }

  private void letters(Map<Path, byte[]> files, Path dir, ResolvedSchool s, LawText law, Review review, Settings settings)
      throws RenderException {
    Map<String, String> facts = Facts.of(s.model(), settings.rules());
    boolean own = !s.model().letters().isEmpty();
    List<Letter> letters = own ? s.model().letters() : defaultLetters;
    for (int i = 0; i < letters.size(); i++) {
      Letter letter = letters.get(i);
      String name = letter.id();
      Src src = own ? Src.model(s, "/letters/" + i) : new Src("house:letters/" + name,
          "The plugin's default letter (the school's file names no letters)");
      long t0 = System.nanoTime();
      LetterViewBuilder.Input sample = input(s, letter, src, facts, law, review, true);
      files.put(dir.resolve(name + ".sample.pdf"), pdf.render(templates.render("letters/letter.ftlh",
          letterViews.letter(sample, LetterText.Mode.SAMPLE)), name + ".sample.pdf for " + s.id(), settings.timestamp()));
      time(settings.timings(), "letter.sample.pdf", t0);
      t0 = System.nanoTime();
      files.put(dir.resolve(name + ".html"), utf8(templates.render("letters/letter.ftlh",
          letterViews.letter(input(s, letter, src, facts, law, review, false), LetterText.Mode.TEMPLATE))));
      time(settings.timings(), "letter.html", t0);
      t0 = System.nanoTime();
      try {
        uk.org.attendance.model.Person signer = s.model().signatoryOf(letter);
        String subject = Formats.orEmpty(letter.subject()).isEmpty() ? letter.title() : letter.subject();
        List<String> address = LetterViewBuilder.ADDRESS.stream().map(f -> "{{" + f.name() + "}}").toList();
        LetterView view = letterViews.letter(sample, LetterText.Mode.SAMPLE);
        files.put(dir.resolve(name + ".docx"), docx.write(new DocxLetterWriter.Content(
            LetterText.plain(subject, facts, LetterText.Mode.TEMPLATE, s.model().letterFields(), Map.of()),
            s.model().school().name(), List.of(
                new DocxLetterWriter.Letterhead(LetterViewBuilder.letterhead(s.model())),
                new DocxLetterWriter.Address(address),
                new DocxLetterWriter.Line("{{LetterDate}}"),
                new DocxLetterWriter.Title(LetterText.plain(subject, facts, LetterText.Mode.KEEP, Map.of(), Map.of())),
                new DocxLetterWriter.Body(LetterText.fill(letter.body(), facts, LetterText.Mode.KEEP)),
                new DocxLetterWriter.SignOff("Yours sincerely,", signer == null ? "[The signatory is not named in the school file]"
                    : signer.name() + (Formats.orEmpty(signer.role()).isEmpty() ? "" : ", " + signer.role())),
                new DocxLetterWriter.Facts(view.panelTitle(),
                    view.panel().stream().map(r -> new String[] {r.label(), r.value().text()}).toList())),
            s.model().letterFields()), settings.timestamp()));
        time(settings.timings(), "letter.docx", t0);
      } catch (IOException | RuntimeException e) {
        throw new RenderException(name + ".docx", 0, 0, "the Word letter '" + name + "' could not be made: " + e.getMessage());
      }
    }
    files.put(dir.resolve("fields.csv"), utf8(FieldCatalogue.csv(facts, s.model().letterFields())));
  }

  private static LetterViewBuilder.Input input(ResolvedSchool s, Letter letter, Src src, Map<String, String> facts, LawText law,
      Review review, boolean print) {
    School m = s.model();
    // The document's title is what the parent reads: the subject line, not the staff's name for the letter.
    String subject = LetterText.plain(Formats.orEmpty(letter.subject()).isEmpty() ? letter.title() : letter.subject(), facts,
        print ? LetterText.Mode.SAMPLE : LetterText.Mode.TEMPLATE, m.letterFields(), Map.of());
    PolicyView.Meta meta = new PolicyView.Meta("en-GB", subject + " \u2013 " + m.school().name(),
        Formats.orEmpty(letter.purpose()).isEmpty() ? letter.title() : letter.purpose(), m.school().name(), print, false,
        review.draft());
    return new LetterViewBuilder.Input(s, letter, src, facts, law, review, meta);
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
      return Diagnostic.error(RENDER, fallback, e.getMessage(), Hints.usePngOrJpeg());
    }
    SourceRef at = e.line() > 0
        ? new SourceRef(Path.of(templates.origin().startsWith("the plugin") ? "templates" : templates.origin()).resolve(e.source()),
            e.line(), e.column())
        : fallback;
    return Diagnostic.error(RENDER, at, e.getMessage(),
        e.line() > 0 ? Hints.fixTemplate(templates.origin()) : null);
  }

  /** "HMFA" becomes "hmfa"; "St Anne's Trust" becomes "st-annes-trust". */
  static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
