package uk.org.attendance.render;

import uk.org.attendance.build.Fingerprints;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import java.util.List;
import uk.org.attendance.files.Folders;
import uk.org.attendance.files.Hashes;

/**
 * The FreeMarker templates, locked down: HTML auto-escaping, no {@code ?new} or {@code ?api}, no
 * includes outside the templates folder, and every error rethrown with the template's file, line
 * and column. The configuration and parsed templates are shared; {@link #render} is thread-safe.
 */
public final class Templates {

  /** Where the default house style lives in the plugin jar. */
  public static final String DEFAULT_ROOT = "/templates";

  /** Every file of the house style, for its fingerprint (a test keeps this list in step with templates/). */
  public static final java.util.List<String> HOUSE_FILES = java.util.List.of(
      "_macros.ftlh", "css/annotated.css", "css/base.css", "css/draft-print.css", "css/leaflet.css", "css/letter.css",
      "css/print.css", "css/screen.css",
      "leaflet/leaflet.ftlh", "letters/letter.ftlh", "policy/policy.ftlh", "wording.properties");

  private final Configuration config;
  private final Wording wording;
  private final String origin;
  private final String fingerprint;

  private Templates(TemplateLoader loader, String origin, String fingerprint) {
    this.fingerprint = fingerprint;
    Configuration c = new Configuration(Configuration.VERSION_2_3_35);
    c.setTemplateLoader(loader);
    c.setRecognizeStandardFileExtensions(true);
    c.setOutputFormat(HTMLOutputFormat.INSTANCE);
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setAPIBuiltinEnabled(false);
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setLocalizedLookup(false);
    c.setLocale(Locale.UK);
    c.setTimeZone(TimeZone.getTimeZone("Europe/London"));
    c.setDefaultEncoding("UTF-8");
    c.setNumberFormat("computer");
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
    wrapper.setDOMNodeSupport(false);
    wrapper.setJythonSupport(false);
    c.setObjectWrapper(wrapper.build());
    this.config = c;
    this.wording = wording(loader);
    this.origin = origin;
  }

  /** The house style shipped in the plugin jar. */
  public static Templates builtIn() {
    StringBuilder all = new StringBuilder();
    for (String name : HOUSE_FILES) {
      try (java.io.InputStream in = Templates.class.getResourceAsStream(DEFAULT_ROOT + "/" + name)) {
        all.append(name).append('\n').append(in == null ? "missing" : Hashes.sha256(in.readAllBytes())).append('\n');
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return new Templates(new ClassTemplateLoader(Templates.class, DEFAULT_ROOT), "the plugin's templates",
        Hashes.sha256(all.toString()));
  }

  /**
   * A school's or trust's own templates folder (to re-brand). Templates may not reach outside it.
   *
   * @param dir the folder
   * @throws RenderException if it is not a readable folder
   */
  public static Templates from(Path dir) throws RenderException {
    // Walked where it really is, so that a templates folder that is itself a link is fingerprinted.
    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(dir.toRealPath())) {
      StringBuilder all = new StringBuilder();
      Path real = dir.toRealPath();
      List<Path> entries = walk.sorted().toList();
      for (Path p : entries) {
        String name = real.relativize(p).toString().replace('\\', '/');
        if (java.nio.file.Files.isSymbolicLink(p) && !Folders.reallyContains(real, p)) {
          throw new RenderException(dir.resolve(name).toString(), 0, 0, "'" + name
              + "' is a link to a file outside the templates folder, so it is not read; put the file itself in the folder");
        }
      }
      for (Path f : entries.stream().filter(java.nio.file.Files::isRegularFile).toList()) {
        all.append(real.relativize(f).toString().replace('\\', '/')).append('\n')
            .append(Hashes.sha256(java.nio.file.Files.readAllBytes(f))).append('\n');
      }
      return new Templates(new FileTemplateLoader(dir.toFile(), false), dir.toString(), Hashes.sha256(all.toString()));
    } catch (IOException e) {
      throw new RenderException(dir.toString(), 0, 0, "the templates folder cannot be read: " + e.getMessage());
    }
  }

  /** The house style's words, with any the templates folder overrides in its own wording.properties. */
  private static Wording wording(TemplateLoader loader) {
    Wording house = Wording.house();
    try {
      Object source = loader instanceof ClassTemplateLoader ? null : loader.findTemplateSource("wording.properties");
      if (source == null) {
        return house;
      }
      try (java.io.Reader in = loader.getReader(source, "UTF-8")) {
        return house.overriddenBy(in);
      } finally {
        loader.closeTemplateSource(source);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("the templates' wording.properties cannot be read: " + e.getMessage(), e);
    }
  }

  /** The words the documents use besides the templates' own: titles, labels, sentences built from a school's choices. */
  public Wording wording() {
    return wording;
  }

  /** A fingerprint of every template and stylesheet: any change re-renders every school. */
  public String fingerprint() {
    return fingerprint;
  }

  /** Where the templates come from, for messages. */
  public String origin() {
    return origin;
  }

  /**
   * Renders a template.
   *
   * @param name e.g. "policy/policy.ftlh"
   * @param model the view model
   * @return the text
   * @throws RenderException naming the template file, line and column on any error
   */
  public String render(String name, Object model) throws RenderException {
    try {
      Template t = config.getTemplate(name);
      StringWriter out = new StringWriter();
      t.process(model, out);
      return out.toString();
    } catch (ParseException e) {
      throw new RenderException(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
          "the template cannot be read: " + e.getEditorMessage());
    } catch (TemplateException e) {
      String blamed = e.getBlamedExpressionString();
      String message = e.getMessageWithoutStackTop().lines().findFirst().orElse("template error");
      throw new RenderException(e.getTemplateSourceName() == null ? name : e.getTemplateSourceName(),
          e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber(),
          (blamed == null ? "" : "'" + blamed + "': ") + message);
    } catch (freemarker.template.TemplateNotFoundException e) {
      throw new RenderException(name, 0, 0, "there is no template '" + name + "' in " + origin);
    } catch (IOException e) {
      throw new RenderException(name, 0, 0, "the template cannot be read: " + e.getMessage());
    }
  }
}
