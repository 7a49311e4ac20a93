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
import uk.org.attendance.check.Diagnostic;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.SourceRef;
import uk.org.attendance.reference.Rulebook;
import uk.org.attendance.report.AtomicFiles;

/**
 * Writes each school's policy (PDF and web page) under {@code <out>/<school-id>/}, and for each
 * trust base the federation-wide policy with every member's times. Files are written whole or not
 * at all; a school whose document fails keeps its previous good files.
 *
 * <p>Thread-safe: templates, fonts and the Markdown renderer are shared and immutable.
 */
public final class PolicyDocuments {

  /** Rule id of rendering problems in reports. */
  public static final String RENDER = "RENDER";

  /** The largest logo accepted. */
  static final long MAX_LOGO_BYTES = 2L * 1024 * 1024;

  private final Templates templates;
  private final PdfRenderer pdf;
  private final PolicyViewBuilder views;

  public PolicyDocuments(Templates templates, PdfRenderer pdf, Markdown markdown) {
    this.templates = templates;
    this.pdf = pdf;
    this.views = new PolicyViewBuilder(markdown);
  }

  /**
   * What one run wrote, and what went wrong.
   *
   * @param written files written
   * @param diagnostics problems, located
   */
  public record Outcome(List<Path> written, List<Diagnostic> diagnostics) {}

  /**
   * Renders every school and every federation.
   *
   * @param schools the loaded schools
   * @param schoolsRoot the schools folder (logos must be inside it)
   * @param out the output folder
   * @param rules the national rules
   * @param timestamp the fixed date written into PDFs
   */
  public Outcome renderAll(List<ResolvedSchool> schools, Path schoolsRoot, Path out, Rulebook rules, Instant timestamp) {
    List<Path> written = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (ResolvedSchool s : schools) {
      try {
        String logo = logo(s, schoolsRoot);
        written.addAll(write(out.resolve(s.id()), views.school(s, rules, false, logo), views.school(s, rules, true, logo),
            s.id(), timestamp));
      } catch (RenderException e) {
        problems.add(diagnostic(e, s.at("/school/logo")));
      }
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
      try {
        written.addAll(write(out.resolve(id), views.federation(members, rules, false), views.federation(members, rules, true),
            id, timestamp));
      } catch (RenderException e) {
        problems.add(diagnostic(e, SourceRef.of(f.getKey())));
      }
    }
    return new Outcome(written, problems);
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

  private List<Path> write(Path dir, PolicyView web, PolicyView print, String id, Instant timestamp) throws RenderException {
    String html = templates.render("policy/policy.ftlh", web);
    String xhtml = templates.render("policy/policy.ftlh", print);
    byte[] bytes = pdf.render(xhtml, "policy.pdf for " + id, timestamp);
    try {
      Path pdfFile = dir.resolve("policy.pdf");
      Path htmlFile = dir.resolve("policy.html");
      AtomicFiles.write(pdfFile, bytes);
      AtomicFiles.write(htmlFile, html);
      return List.of(pdfFile, htmlFile);
    } catch (IOException e) {
      throw new RenderException(dir.toString(), 0, 0, "the documents cannot be written: " + e.getMessage());
    }
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
