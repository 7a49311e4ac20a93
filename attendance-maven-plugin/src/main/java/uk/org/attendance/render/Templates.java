package uk.org.attendance.render;

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

/**
 * The FreeMarker templates, locked down: HTML auto-escaping, no {@code ?new} or {@code ?api}, no
 * includes outside the templates folder, and every error rethrown with the template's file, line
 * and column. The configuration and parsed templates are shared; {@link #render} is thread-safe.
 */
public final class Templates {

  /** Where the default house style lives in the plugin jar. */
  public static final String DEFAULT_ROOT = "/templates";

  private final Configuration config;
  private final String origin;

  private Templates(TemplateLoader loader, String origin) {
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
    this.origin = origin;
  }

  /** The house style shipped in the plugin jar. */
  public static Templates builtIn() {
    return new Templates(new ClassTemplateLoader(Templates.class, DEFAULT_ROOT), "the plugin's templates");
  }

  /**
   * A school's or trust's own templates folder (to re-brand). Templates may not reach outside it.
   *
   * @param dir the folder
   * @throws RenderException if it is not a readable folder
   */
  public static Templates from(Path dir) throws RenderException {
    try {
      return new Templates(new FileTemplateLoader(dir.toFile(), false), dir.toString());
    } catch (IOException e) {
      throw new RenderException(dir.toString(), 0, 0, "the templates folder cannot be read: " + e.getMessage());
    }
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
