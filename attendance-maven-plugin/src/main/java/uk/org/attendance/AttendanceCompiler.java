package uk.org.attendance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import uk.org.attendance.build.Artefact;
import uk.org.attendance.build.Builder;
import uk.org.attendance.build.InputIndex;
import uk.org.attendance.build.Job;
import uk.org.attendance.build.Shard;
import uk.org.attendance.build.Timings;
import uk.org.attendance.check.Checker;
import uk.org.attendance.check.Finding;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.rules.Rules;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.files.AtomicFiles;
import uk.org.attendance.files.FolderLock;
import uk.org.attendance.files.Hashes;
import uk.org.attendance.load.DefaultLetters;
import uk.org.attendance.load.SchoolLoader;
import uk.org.attendance.model.PolicyDate;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.SourceRef;
import uk.org.attendance.reference.Rulebook;
import uk.org.attendance.reference.Rulebooks;
import uk.org.attendance.render.Documents;
import uk.org.attendance.render.Markdown;
import uk.org.attendance.render.PdfRenderer;
import uk.org.attendance.render.RenderException;
import uk.org.attendance.render.Review;
import uk.org.attendance.render.SchoolContext;
import uk.org.attendance.render.Templates;
import uk.org.attendance.render.outputs.Outputs;
import uk.org.attendance.text.Formats;

/**
 * The one entry point to the policy compiler, usable without Maven: load and validate school
 * models, check them against the national rules, and start a new one.
 *
 * <p>An instance holds only immutable, shared state (the compiled schema) and is thread-safe;
 * create one and reuse it.
 */
public final class AttendanceCompiler {

  /** Where the school schema lives in the plugin jar. */
  public static final String SCHEMA_RESOURCE = "/schema/school.schema.json";

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

  /** The letters a school that names none is given, read once. */
  private static final List<uk.org.attendance.model.Letter> DEFAULT_LETTERS = DefaultLetters.load();

  private final SchoolLoader loader = new SchoolLoader();
  private final Checker checker = new Checker(Rules.ALL);
  private final Markdown markdown = new Markdown();
  private PdfRenderer pdf;

  /**
   * Loads every school model under {@code schoolsDir} and checks it against the schema.
   *
   * @param schoolsDir the folder of school YAML files
   * @return the schools that loaded and every problem found, located
   */
  public SchoolLoader.Result validate(Path schoolsDir) {
    return loader.loadDirectory(schoolsDir);
  }

  /**
   * Loads every school under {@code schoolsDir} and checks each against the national rules in force
   * on {@code today}.
   *
   * @param schoolsDir the folder of school YAML files
   * @param today the date to check review dates against, usually the build date
   * @return every finding (load problems included), with suppressed ones marked
   */
  public CheckResult check(Path schoolsDir, LocalDate today) {
    return check(schoolsDir, today, Shard.ALL);
  }

  /**
   * Checks one shard of the schools under {@code schoolsDir}: every file is read, so that ids are
   * checked for duplicates across the estate, and only the shard's schools are checked; a problem
   * found while loading is reported by the shard of its file (see {@link Shard}). The reports of
   * every shard, merged, are those of checking the whole estate. The schools are checked as they
   * load, as many at once as there are cores, and none is kept once checked, so an estate of any
   * size is checked in the memory its findings take.
   *
   * @param schoolsDir the folder of school YAML files
   * @param today the date to check review dates against, usually the build date
   * @param shard which part of the estate, or {@link Shard#ALL}
   * @return the ids of the shard's schools, and their findings
   */
  public CheckResult check(Path schoolsDir, LocalDate today, Shard shard) {
    Rule.CheckContext context =
        new Rule.CheckContext(Rulebooks.inForceOn(today), today, DEFAULT_LETTERS);
    List<String> ids = new ArrayList<>();
    record Checking(int number, String id, Future<List<Finding>> findings) {}
    List<Checking> checked = new ArrayList<>();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    // At most two schools per thread wait to be checked: the loader never runs far ahead.
    Semaphore waiting = new Semaphore(2 * threads);
    ExecutorService pool = Builder.threads("attendance-check", threads);
    SchoolLoader.Streamed loaded;
    List<Finding> findings = new ArrayList<>();
    try {
      // Each school is checked as soon as its file is read; a candidate that turns out to be a base
      // (a later file extends it) or to repeat an id is left out at the end.
      loaded =
          loader.loadDirectory(
              schoolsDir,
              candidate -> {
                ResolvedSchool school = candidate.school();
                if (!shard.owns(school, schoolsDir)) {
                  return;
                }
                waiting.acquireUninterruptibly();
                checked.add(
                    new Checking(
                        candidate.number(),
                        school.id(),
                        pool.submit(
                            () -> {
                              try {
                                return checker.check(school, context);
                              } finally {
                                waiting.release();
                              }
                            })));
              });
      shard
          .loadProblems(loaded.result().diagnostics(), schoolsDir)
          .forEach(d -> findings.add(new Finding(null, d, null)));
      for (Checking c : checked) {
        List<Finding> found = Builder.await(c.findings(), "checking");
        if (loaded.schools().contains(c.number())) {
          ids.add(c.id());
          findings.addAll(found);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    ids.sort(null);
    return new CheckResult(
        ids,
        findings,
        checker.infos().stream().map(i -> i.stated(context.rules())).toList(),
        loaded.result().files());
  }

  /**
   * Audits existing policies (Word, PDF, web page or text) against the national rules in force on
   * {@code today}: reads each one's text, recognises the facts it states, and runs the rules.
   *
   * @param policies files, or folders of .docx, .pdf, .html and .txt files
   * @param today the date to check review dates against
   * @return each policy's findings, located by page and line or paragraph
   */
  public uk.org.attendance.audit.Auditor.Result audit(List<Path> policies, LocalDate today) {
    return audit(policies, today, null);
  }

  /**
   * Audits existing policies, never reading the audit's own reports.
   *
   * @param policies files, or folders of .docx, .pdf, .html and .txt files
   * @param today the date to check review dates against
   * @param reports the folder the reports are written to (its files are not audited), or null
   * @return each policy's findings
   */
  public uk.org.attendance.audit.Auditor.Result audit(
      List<Path> policies, LocalDate today, Path reports) {
    return new uk.org.attendance.audit.Auditor().audit(policies, today, reports);
  }

  /**
   * Imports existing policies (Word, PDF, web page or text) as draft school files: the facts in
   * their fields, the school's words in the prose, a comment on every value saying where it was
   * read, FILL IN where the source states two different values or none, and the audit's findings on
   * the source beside what they concern. Never overwrites a file.
   *
   * @param policies files, or folders of .docx, .pdf, .html and .txt files
   * @param schoolsDir where the school files are written
   * @param today the date the audit's findings are on
   * @return the drafts, every problem, and the files written (none if there was an error)
   */
  public uk.org.attendance.importer.PolicyImporter.Result importPolicies(
      List<Path> policies, Path schoolsDir, LocalDate today) {
    return new uk.org.attendance.importer.PolicyImporter(schemaText())
        .importPolicies(policies, schoolsDir, today);
  }

  /**
   * The result of rendering.
   *
   * @param schools the schools that loaded, of the shard rendered (empty when nothing had changed
   *     and nothing was read)
   * @param diagnostics load and render problems, located
   * @param written every file written
   * @param upToDate schools and federations skipped because nothing they depend on had changed
   */
  public record RenderResult(
      List<ResolvedSchool> schools,
      List<Diagnostic> diagnostics,
      List<Path> written,
      int upToDate) {
    /** Whether anything went wrong. */
    public boolean failed() {
      return !diagnostics.isEmpty();
    }
  }

  /**
   * How to render.
   *
   * @param templatesDir a school's or trust's own templates, or null for the house style
   * @param timestamp the fixed date written into documents (reproducible builds)
   * @param today the date the policies are checked on, and whose rulebook applies
   * @param force render everything, even what is up to date
   * @param allowDrafts render a school with outstanding errors as a draft (marked on every page,
   *     with the findings listed first) instead of refusing to render it
   * @param annotated also write each policy's web page annotated with where every block comes from
   * @param timings where artefact timings go, or null
   * @param artefacts the outputs to make, by name (see {@code Outputs.names()}); null for all
   * @param shard the part of the estate to render (a federation's members and its federation-wide
   *     policy always in one part); {@link Shard#ALL} (or null) for every school
   * @param waitForLock how long to wait for another build writing to the same output folder to
   *     finish ({@link #WAIT_FOR_LOCK} if null)
   */
  public record RenderOptions(
      Path templatesDir,
      java.time.Instant timestamp,
      LocalDate today,
      boolean force,
      boolean allowDrafts,
      boolean annotated,
      Timings timings,
      Set<String> artefacts,
      Shard shard,
      Duration waitForLock) {

    public RenderOptions {
      shard = shard == null ? Shard.ALL : shard;
    }

    /** Every output (the annotated page too, if asked for). */
    public RenderOptions(
        Path templatesDir,
        java.time.Instant timestamp,
        LocalDate today,
        boolean force,
        boolean allowDrafts,
        boolean annotated,
        Timings timings) {
      this(
          templatesDir,
          timestamp,
          today,
          force,
          allowDrafts,
          annotated,
          timings,
          null,
          Shard.ALL,
          null);
    }

    /**
     * Every school, making the outputs named (null for all), waiting the usual time for another
     * build to finish.
     */
    public RenderOptions(
        Path templatesDir,
        java.time.Instant timestamp,
        LocalDate today,
        boolean force,
        boolean allowDrafts,
        boolean annotated,
        Timings timings,
        Set<String> artefacts) {
      this(
          templatesDir,
          timestamp,
          today,
          force,
          allowDrafts,
          annotated,
          timings,
          artefacts,
          Shard.ALL,
          null);
    }

    /** The same options, making only the outputs named (see {@code Outputs.names()}). */
    public RenderOptions only(String... names) {
      return new RenderOptions(
          templatesDir,
          timestamp,
          today,
          force,
          allowDrafts,
          annotated,
          timings,
          Set.of(names),
          shard,
          waitForLock);
    }

    /** The same options, rendering only one shard of the schools. */
    public RenderOptions inShard(Shard part) {
      return new RenderOptions(
          templatesDir,
          timestamp,
          today,
          force,
          allowDrafts,
          annotated,
          timings,
          artefacts,
          part,
          waitForLock);
    }

    /**
     * The same options, waiting at most {@code patience} for another build writing to the same
     * folder.
     */
    public RenderOptions waitingForLock(Duration patience) {
      return new RenderOptions(
          templatesDir,
          timestamp,
          today,
          force,
          allowDrafts,
          annotated,
          timings,
          artefacts,
          shard,
          patience);
    }
  }

  /**
   * How long a render waits, by default, for another build writing to the same output folder
   * (holding its {@link FolderLock}) before it gives up: long enough for a whole render of a trust.
   */
  public static final Duration WAIT_FOR_LOCK = Duration.ofMinutes(2);

  /** Renders everything, unconditionally, drafts allowed (for tests and one-off use). */
  public RenderResult render(
      Path schoolsDir,
      Path outDir,
      Path templatesDir,
      java.time.Instant timestamp,
      LocalDate today) {
    return render(
        schoolsDir,
        outDir,
        new RenderOptions(templatesDir, timestamp, today, true, true, false, null));
  }

  /**
   * Renders only some outputs, unconditionally, drafts allowed (for tests and one-off use).
   *
   * @param only the outputs' names, e.g. "rules.json" or "policy.html" (see {@code
   *     Outputs.names()})
   */
  public RenderResult render(
      Path schoolsDir,
      Path outDir,
      Path templatesDir,
      java.time.Instant timestamp,
      LocalDate today,
      String... only) {
    return render(
        schoolsDir,
        outDir,
        new RenderOptions(templatesDir, timestamp, today, true, true, false, null).only(only));
  }

  /**
   * Renders every school's documents under {@code outDir/<school-id>/} (policy, parent leaflet,
   * letters, rules.json), and the federation-wide policy of each trust base, skipping schools whose
   * inputs have not changed since the last run (unless forced). With a shard in the options, only
   * that shard's schools and federations (see {@link Shard}).
   *
   * @param schoolsDir the school files
   * @param outDir where documents go
   * @param options templates, dates, force, timings
   * @return what was written, and every problem, located
   */
  public RenderResult render(Path schoolsDir, Path outDir, RenderOptions options) {
    List<Diagnostic> problems = new ArrayList<>();
    Rulebook rules = Rulebooks.inForceOn(options.today());
    Templates templates;
    String build;
    try {
      templates =
          options.templatesDir() == null
              ? Templates.builtIn()
              : Templates.from(options.templatesDir());
      build =
          Hashes.sha256(
              templates.fingerprint(),
              pdfRenderer().fontsFingerprint(),
              pluginVersion(),
              PluginCode.HASH,
              options.timestamp().toString(),
              rules.name(),
              rules.verifiedAsOf().toString(),
              options.today().toString());
    } catch (RenderException e) {
      problems.add(
          Diagnostic.error(
              Builder.RENDER, SourceRef.of(Path.of(e.source())), e.getMessage(), null));
      return new RenderResult(List.of(), problems, List.of(), 0);
    }
    Duration patience = options.waitForLock() == null ? WAIT_FOR_LOCK : options.waitForLock();
    FolderLock lock;
    try {
      lock = FolderLock.acquire(outDir, patience);
    } catch (IOException e) {
      problems.add(
          Diagnostic.error(
              Builder.RENDER,
              SourceRef.of(outDir),
              "the output folder cannot be written: " + e.getMessage(),
              Hints.checkOutputFolderWritable()));
      return new RenderResult(List.of(), problems, List.of(), 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problems.add(
          Diagnostic.error(Builder.RENDER, SourceRef.of(outDir), "building was interrupted", null));
      return new RenderResult(List.of(), problems, List.of(), 0);
    }
    if (lock == null) {
      problems.add(
          Diagnostic.error(
              Builder.RENDER,
              SourceRef.of(outDir),
              "another build is writing to this folder;"
                  + " this one waited "
                  + spoken(patience)
                  + " for it to finish, and wrote nothing",
              Hints.letTheOtherBuildFinish()));
      return new RenderResult(List.of(), problems, List.of(), 0);
    }
    try (lock) {
      return renderLocked(schoolsDir, outDir, options, templates, build, rules, problems);
    }
  }

  /** A wait as a message says it: "2 minutes", "90 seconds", "0.5 seconds". */
  static String spoken(Duration d) {
    long millis = d.toMillis();
    if (millis >= 60_000 && millis % 60_000 == 0) {
      return millis == 60_000 ? "1 minute" : millis / 60_000 + " minutes";
    }
    if (millis % 1000 == 0) {
      return millis == 1000 ? "1 second" : millis / 1000 + " seconds";
    }
    return String.format(java.util.Locale.UK, "%.1f seconds", millis / 1000.0);
  }

  /** Renders, holding the output folder's lock. */
  private RenderResult renderLocked(
      Path schoolsDir,
      Path outDir,
      RenderOptions options,
      Templates templates,
      String build,
      Rulebook rules,
      List<Diagnostic> problems) {
    try {
      // A build killed while writing leaves hidden temporary files; they never become outputs.
      AtomicFiles.removeTemporaries(outDir);
    } catch (IOException e) {
      problems.add(
          Diagnostic.error(
              Builder.RENDER,
              SourceRef.of(outDir),
              "the output folder cannot be cleaned: " + e.getMessage(),
              Hints.checkOutputFolderWritable()));
      return new RenderResult(List.of(), problems, List.of(), 0);
    }
    // A shard's no-op fast path is its own: another shard's run in the same folder is not this
    // one's.
    Shard shard = options.shard();
    InputIndex index =
        new InputIndex(schoolsDir, outDir, shard.all() ? build : build + " shard " + shard);
    if (!options.force() && index.unchanged()) {
      return new RenderResult(List.of(), List.of(), List.of(), index.recordedOutputs());
    }
    index.forget(); // recorded again only if this run succeeds

    SchoolLoader.Result loaded = loader.loadDirectory(schoolsDir);
    problems.addAll(shard.loadProblems(loaded.diagnostics(), schoolsDir));
    List<ResolvedSchool> schools = shard.schools(loaded.schools(), schoolsDir);
    Rule.CheckContext context = new Rule.CheckContext(rules, options.today(), DEFAULT_LETTERS);
    Map<String, Review> reviews = new LinkedHashMap<>();
    List<ResolvedSchool> toRender = new ArrayList<>();
    List<List<Finding>> checked = checkAll(schools, context);
    for (int i = 0; i < schools.size(); i++) {
      ResolvedSchool school = schools.get(i);
      List<Finding> findings = checked.get(i);
      Review review = review(findings, options.today(), rules, schoolsDir);
      reviews.put(school.id(), review);
      if (review.draft() && !options.allowDrafts()) {
        findings.stream()
            .filter(f -> f.fails(false))
            .map(Finding::diagnostic)
            .forEach(problems::add);
        problems.add(
            Diagnostic.error(
                Builder.RENDER,
                SourceRef.of(school.files().get(0)),
                "the policy of "
                    + school.model().school().name()
                    + " has "
                    + review.outstanding().size()
                    + (review.outstanding().size() == 1 ? " error" : " errors")
                    + " (listed above), so it is not ready to"
                    + " publish and no document was made for it",
                Hints.fixErrorsOrDraft()));
      } else {
        toRender.add(school);
      }
    }
    Documents documents = new Documents(templates, pdf, markdown, DEFAULT_LETTERS);
    List<Job<SchoolContext>> jobs =
        documents.jobs(
            toRender,
            reviews,
            new Documents.Settings(schoolsDir, outDir, rules, options.timestamp(), build),
            problems);
    Set<String> only = options.artefacts();
    if (only == null && options.annotated()) {
      only = new java.util.LinkedHashSet<>(Outputs.ALL.stream().map(Artefact::name).toList());
    }
    Builder.Outcome outcome =
        Builder.run(
            jobs,
            Outputs.ALL,
            new Builder.Settings(options.force(), only, options.timings()),
            documents::describe);
    problems.addAll(outcome.diagnostics());
    if (problems.isEmpty()) {
      index.record();
    } else {
      index.forget();
    }
    return new RenderResult(
        schools, problems.stream().sorted().toList(), outcome.written(), outcome.upToDate());
  }

  /**
   * Each school's findings, in the schools' order, checked as many at once as there are cores.
   * Checked one after another, before any document is made, the checks (about an eighth of the CPU
   * of a render with every artefact) kept all cores but one idle meanwhile.
   */
  private List<List<Finding>> checkAll(List<ResolvedSchool> schools, Rule.CheckContext context) {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), schools.size()));
    ExecutorService pool = Builder.threads("attendance-check", threads);
    try {
      List<Future<List<Finding>>> checking = new ArrayList<>();
      for (ResolvedSchool school : schools) {
        checking.add(pool.submit(() -> checker.check(school, context)));
      }
      List<List<Finding>> findings = new ArrayList<>();
      for (Future<List<Finding>> f : checking) {
        findings.add(Builder.await(f, "checking"));
      }
      return findings;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A school's findings as its documents print them: outstanding errors make it a draft; suppressed
   * findings are its known departures, with its reasons.
   */
  static Review review(List<Finding> findings, LocalDate today, Rulebook rules, Path root) {
    List<Review.Item> outstanding = new ArrayList<>();
    List<Review.Item> departures = new ArrayList<>();
    for (Finding f : findings) {
      Diagnostic d = f.diagnostic();
      String where =
          root.toAbsolutePath()
                  .normalize()
                  .relativize(d.at().file().toAbsolutePath().normalize())
                  .toString()
                  .replace('\\', '/')
              + (d.at().line() > 0 ? ", line " + d.at().line() : "");
      Review.Item item =
          new Review.Item(
              d.ruleId(),
              d.message(),
              d.hint() == null ? "" : d.hint(),
              where,
              f.suppressed() ? f.suppressedBecause() : "");
      if (f.suppressed()) {
        departures.add(item);
      } else if (f.fails(false)) {
        outstanding.add(item);
      }
    }
    return new Review(
        !outstanding.isEmpty(),
        Formats.date(PolicyDate.of(today)),
        rules.name()
            + " (values last verified on "
            + Formats.date(PolicyDate.of(rules.verifiedAsOf()))
            + ")",
        outstanding,
        departures);
  }

  /** The hash of the plugin's own code, read once per JVM (see {@link Hashes#ofCode}). */
  private static final class PluginCode {
    static final String HASH = Hashes.ofCode(AttendanceCompiler.class);
  }

  /** The plugin's version, from its jar; "development" when run from classes. */
  static String pluginVersion() {
    try (InputStream in =
        AttendanceCompiler.class.getResourceAsStream(
            "/META-INF/maven/uk.org.attendance/attendance-maven-plugin/pom.properties")) {
      if (in == null) {
        return "development";
      }
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      return p.getProperty("version", "development");
    } catch (IOException e) {
      return "development";
    }
  }

  private synchronized PdfRenderer pdfRenderer() throws RenderException {
    if (pdf == null) {
      pdf = new PdfRenderer();
    }
    return pdf;
  }

  /**
   * A new, commented school file for a business manager to fill in. Every value the school must
   * supply is a {@code FILL IN: ...} placeholder, which validation refuses until it is replaced.
   *
   * @param id the school's id (lower case, digits and hyphens)
   * @param name the school's full name
   * @param schemaRef the schema path for the editor modeline, relative to the new file
   * @return the file's text
   * @throws IllegalArgumentException if the id is not valid
   */
  public static String newSchoolFile(String id, String name, String schemaRef) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "the school id '"
              + id
              + "' must be lower-case letters, digits and hyphens,"
              + " e.g. st-annes-primary");
    }
    String safeName = name == null || name.isBlank() ? "FILL IN: the school's full name" : name;
    return resource("/init/school.yaml")
        .replace("@SCHEMA@", schemaRef)
        .replace("@ID@", id)
        .replace("@NAME@", safeName.replace("\"", "'"));
  }

  /** The school schema as shipped in the plugin, for editors. */
  public static String schemaText() {
    return resource(SCHEMA_RESOURCE);
  }

  private static String resource(String name) {
    try (InputStream in = AttendanceCompiler.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the plugin jar has no " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
