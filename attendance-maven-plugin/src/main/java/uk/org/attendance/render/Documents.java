package uk.org.attendance.render;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.org.attendance.build.Artefact;
import uk.org.attendance.build.BuildException;
import uk.org.attendance.build.Builder;
import uk.org.attendance.build.Job;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.export.DocxLetterWriter;
import uk.org.attendance.export.RulesJsonWriter;
import uk.org.attendance.files.Hashes;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.SourceRef;
import uk.org.attendance.reference.Rulebook;
import uk.org.attendance.render.outputs.Outputs;

/**
 * A school's documents: the shared resources every artefact uses (templates, the PDF renderer, the
 * Markdown renderer, the view builders, the default letters), the targets to build (each school,
 * and each trust's federation-wide policy) and how a failure is reported. The artefacts themselves
 * are registered in {@link Outputs#ALL}. Thread-safe: everything here is immutable or shared
 * read-only.
 */
public final class Documents {

  private final Templates templates;
  private final PdfRenderer pdf;
  private final PolicyViewBuilder views;
  private final LeafletViewBuilder leaflets;
  private final LetterViewBuilder letters;
  private final DocxLetterWriter docx = new DocxLetterWriter();
  private final List<Letter> defaultLetters;

  /**
   * @param templates the house style, or a school's own
   * @param pdf the shared PDF renderer
   * @param markdown the shared Markdown renderer
   * @param defaultLetters the letters a school gets when it names none
   */
  public Documents(
      Templates templates, PdfRenderer pdf, Markdown markdown, List<Letter> defaultLetters) {
    this.templates = templates;
    this.pdf = pdf;
    this.views = new PolicyViewBuilder(markdown, templates.wording());
    this.leaflets = new LeafletViewBuilder(markdown, templates.wording());
    this.letters = new LetterViewBuilder(markdown, templates.wording());
    this.defaultLetters = List.copyOf(defaultLetters);
  }

  /**
   * What every target's documents are made with.
   *
   * @param schoolsRoot the schools folder (logos must be inside it)
   * @param out the output folder
   * @param rules the national rules
   * @param timestamp the fixed date written into documents
   * @param build what else goes into each fingerprint (templates, fonts, plugin, settings)
   */
  public record Settings(
      Path schoolsRoot, Path out, Rulebook rules, Instant timestamp, String build) {}

  /**
   * The targets: one per school, and one per trust base its members extend.
   *
   * @param schools the schools to build
   * @param reviews each school's review by id
   * @param settings what they are built with
   * @param problems where a target that cannot be built is reported
   * @return the jobs
   */
  public List<Job<SchoolContext>> jobs(
      List<ResolvedSchool> schools,
      Map<String, Review> reviews,
      Settings settings,
      List<Diagnostic> problems) {
    List<Job<SchoolContext>> jobs = new ArrayList<>();
    for (ResolvedSchool s : schools) {
      Review review = reviews.get(s.id());
      jobs.add(
          new Job<>(
              s.id(),
              Artefact.Kind.SCHOOL,
              settings.out().resolve(s.id()),
              Hashes.sha256(
                  "school",
                  settings.build(),
                  RulesJsonWriter.contentHash(s.model()),
                  review.toString()),
              s.whereMissing("/school/logo"),
              () -> new SchoolContext(this, s.id(), List.of(s), false, review, settings)));
    }
    for (Map.Entry<Path, List<ResolvedSchool>> f : federations(schools).entrySet()) {
      List<ResolvedSchool> members = f.getValue();
      var trust = members.get(0).model().trust();
      String id = slug(trust.shortName() != null ? trust.shortName() : trust.name());
      if (schools.stream().anyMatch(s -> s.id().equals(id))) {
        problems.add(
            Diagnostic.error(
                Builder.RENDER,
                SourceRef.of(f.getKey()),
                "the federation's folder name '" + id + "' is also a school's id",
                Hints.differentTrustShortName()));
        continue;
      }
      String[] hashes =
          members.stream().map(m -> RulesJsonWriter.contentHash(m.model())).toArray(String[]::new);
      Review review = Review.ofMembers(members.stream().map(m -> reviews.get(m.id())).toList());
      jobs.add(
          new Job<>(
              id,
              Artefact.Kind.FEDERATION,
              settings.out().resolve(id),
              Hashes.sha256(
                  "federation", settings.build(), String.join(",", hashes), review.toString()),
              SourceRef.of(f.getKey()),
              () -> new SchoolContext(this, id, members, true, review, settings)));
    }
    return jobs;
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

  /** "HMFA" becomes "hmfa"; "St Anne's Trust" becomes "st-annes-trust". */
  static String slug(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replace("'", "")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
  }

  /**
   * A failure as a located diagnostic: at the template's line for a template error, otherwise at
   * the target's own file.
   */
  public Diagnostic describe(BuildException e, SourceRef fallback) {
    if ("logo".equals(e.source())) {
      return Diagnostic.error(Builder.RENDER, fallback, e.getMessage(), Hints.usePngOrJpeg());
    }
    SourceRef at =
        e.line() > 0
            ? new SourceRef(
                Path.of(
                        templates.origin().startsWith("the plugin")
                            ? "templates"
                            : templates.origin())
                    .resolve(e.source()),
                e.line(),
                e.column())
            : fallback;
    return Diagnostic.error(
        Builder.RENDER,
        at,
        e.getMessage(),
        e.line() > 0 ? Hints.fixTemplate(templates.origin()) : null);
  }

  /** The templates. */
  public Templates templates() {
    return templates;
  }

  /** The PDF renderer. */
  public PdfRenderer pdf() {
    return pdf;
  }

  /** The policy's view builder. */
  public PolicyViewBuilder views() {
    return views;
  }

  /** The leaflet's view builder. */
  public LeafletViewBuilder leaflets() {
    return leaflets;
  }

  /** The letters' view builder. */
  public LetterViewBuilder letters() {
    return letters;
  }

  /** The Word letter writer. */
  public DocxLetterWriter docx() {
    return docx;
  }

  /** The letters a school gets when it names none. */
  public List<Letter> defaultLetters() {
    return defaultLetters;
  }
}
