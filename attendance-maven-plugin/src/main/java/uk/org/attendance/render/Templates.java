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
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import uk.org.attendance.files.Folders;
import uk.org.attendance.files.Hashes;

/**
 * The FreeMarker templates, locked down: HTML auto-escaping, no {@code ?new} or {@code ?api}, no
 * includes outside the templates folder, and every error rethrown with the template's file, line
 * and column. Limits keep a broken or hostile template a located error rather than a crash: the
 * size of each file, how deep templates include one another (and never in a circle), how deep
 * directives nest (a macro calling itself), and how long a document may be. The configuration and
 * parsed templates are shared; {@link #render} is thread-safe.
 */
public final class Templates {

  /** Where the default house style lives in the plugin jar. */
  public static final String DEFAULT_ROOT = "/templates";

  /**
   * Every file of the house style, for its fingerprint (a test keeps this list in step with
   * templates/).
   */
  public static final java.util.List<String> HOUSE_FILES =
      java.util.List.of(
          "_macros.ftlh",
          "css/annotated.css",
          "css/base.css",
          "css/draft-print.css",
          "css/leaflet.css",
          "css/letter.css",
          "css/print.css",
          "css/screen.css",
          "leaflet/leaflet.ftlh",
          "letters/_letter.ftlh",
          "letters/letter.ftlh",
          "letters/samples.ftlh",
          "policy/policy.ftlh",
          "wording.properties");

  /** The largest file a templates folder may hold: the house style's largest template is 15 KB. */
  public static final long MAX_FILE_BYTES = 1024 * 1024;

  /** How deep templates may include one another (the house style includes none). */
  public static final int MAX_INCLUDE_DEPTH = 10;

  /**
   * How deep directives may nest, counting each macro and function call: far more than any real
   * template needs, and far less than fills a thread's stack (about 1,800 with the default stack).
   */
  public static final int MAX_NESTING = 300;

  /**
   * The longest document a template may write, in characters: a trust's policy page is about
   * 300,000.
   */
  public static final int MAX_OUTPUT_CHARS = 5_000_000;

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
    DefaultObjectWrapperBuilder wrapper =
        new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
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
      try (java.io.InputStream in =
          Templates.class.getResourceAsStream(DEFAULT_ROOT + "/" + name)) {
        all.append(name)
            .append('\n')
            .append(in == null ? "missing" : Hashes.sha256(in.readAllBytes()))
            .append('\n');
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return new Templates(
        new ClassTemplateLoader(Templates.class, DEFAULT_ROOT),
        "the plugin's templates",
        Hashes.sha256(all.toString()));
  }

  /**
   * A school's or trust's own templates folder (to re-brand). Templates may not reach outside it,
   * by a path or a link, and no file in it may be larger than {@link #MAX_FILE_BYTES}.
   *
   * @param dir the folder
   * @throws RenderException if it is not a readable folder, or a file in it is too large or a link
   *     out of it
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
          throw new RenderException(
              dir.resolve(name).toString(),
              0,
              0,
              "'"
                  + name
                  + "' is a link to a file outside the templates folder, so it is not read; put the file itself in the folder");
        }
      }
      for (Path f : entries.stream().filter(java.nio.file.Files::isRegularFile).toList()) {
        long size = java.nio.file.Files.size(f);
        if (size > MAX_FILE_BYTES) {
          String name = real.relativize(f).toString().replace('\\', '/');
          throw new RenderException(
              dir.resolve(name).toString(),
              0,
              0,
              String.format(
                  Locale.UK,
                  "'%s' is %.1f MB; a file in the templates folder may be at most %d MB",
                  name,
                  size / 1048576.0,
                  MAX_FILE_BYTES / (1024 * 1024)));
        }
        all.append(real.relativize(f).toString().replace('\\', '/'))
            .append('\n')
            .append(Hashes.sha256(java.nio.file.Files.readAllBytes(f)))
            .append('\n');
      }
      return new Templates(
          new FileTemplateLoader(dir.toFile(), false),
          dir.toString(),
          Hashes.sha256(all.toString()));
    } catch (IOException e) {
      throw new RenderException(
          dir.toString(), 0, 0, "the templates folder cannot be read: " + e.getMessage());
    }
  }

  /**
   * The house style's words, with any the templates folder overrides in its own wording.properties.
   */
  private static Wording wording(TemplateLoader loader) {
    Wording house = Wording.house();
    try {
      Object source =
          loader instanceof ClassTemplateLoader
              ? null
              : loader.findTemplateSource("wording.properties");
      if (source == null) {
        return house;
      }
      try (java.io.Reader in = loader.getReader(source, "UTF-8")) {
        return house.overriddenBy(in);
      } finally {
        loader.closeTemplateSource(source);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(
          "the templates' wording.properties cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The words the documents use besides the templates' own: titles, labels, sentences built from a
   * school's choices.
   */
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
    Depth depth = new Depth();
    try {
      Template t = config.getTemplate(name);
      BoundedWriter out = new BoundedWriter(depth);
      freemarker.core.Environment env = t.createProcessingEnvironment(model, out);
      env.setTemplateProcessingTracer(depth);
      try {
        env.process();
      } catch (StackOverflowError e) {
        // The depth limits stop this long before; the last guard, where the stack is small.
        throw depth.tooDeep();
      }
      return out.toString();
    } catch (TooDeep e) {
      throw located(e);
    } catch (TooLong e) {
      throw located(e.at);
    } catch (ParseException e) {
      throw new RenderException(
          e.getTemplateName(),
          e.getLineNumber(),
          e.getColumnNumber(),
          "the template cannot be read: " + e.getEditorMessage());
    } catch (TemplateException e) {
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof TooDeep) {
          throw located((TooDeep) c); // passed while a function ran, or while an #include wrote
        }
      }
      String blamed = e.getBlamedExpressionString();
      String message = firstSentence(e.getMessageWithoutStackTop());
      throw new RenderException(
          e.getTemplateSourceName() == null ? name : e.getTemplateSourceName(),
          e.getLineNumber() == null ? 0 : e.getLineNumber(),
          e.getColumnNumber() == null ? 0 : e.getColumnNumber(),
          (blamed == null ? "" : "'" + blamed + "': ") + message);
    } catch (freemarker.template.TemplateNotFoundException e) {
      throw new RenderException(name, 0, 0, "there is no template '" + name + "' in " + origin);
    } catch (IOException e) {
      throw new RenderException(name, 0, 0, "the template cannot be read: " + e.getMessage());
    }
  }

  private static RenderException located(TooDeep e) {
    return new RenderException(e.template, e.line, e.column, e.getMessage());
  }

  /**
   * FreeMarker's message up to the end of its first sentence, which may run over lines ending ':'.
   */
  static String firstSentence(String message) {
    StringBuilder b = new StringBuilder();
    for (String line : message.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      b.append(b.length() == 0 ? "" : " ").append(line);
      if (!line.endsWith(":")) {
        break;
      }
    }
    return b.length() == 0 ? "template error" : b.toString();
  }

  /** A limit of the templates passed, where it happened. */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final String template;
    final int line;
    final int column;

    TooDeep(String template, int line, int column, String message) {
      super(message, null, false, false);
      this.template = template;
      this.line = line;
      this.column = column;
    }
  }

  /** A document longer than {@link #MAX_OUTPUT_CHARS}, where the writing went over. */
  private static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    final TooDeep at;

    TooLong(TooDeep at) {
      super(at.getMessage(), at);
      this.at = at;
    }
  }

  /**
   * Follows the templates as they run, and stops them, at the directive concerned, when includes go
   * round in a circle or more than {@link #MAX_INCLUDE_DEPTH} deep, or directives nest more than
   * {@link #MAX_NESTING} deep (a macro or function calling itself without end): so a template error
   * is a located message, never a {@link StackOverflowError}.
   */
  private static final class Depth implements freemarker.core.TemplateProcessingTracer {
    /** The directives running, innermost first; whether each is the first of a template. */
    private final java.util.ArrayDeque<TracedElement> open = new java.util.ArrayDeque<>();

    private final java.util.ArrayDeque<Boolean> first = new java.util.ArrayDeque<>();

    /**
     * The templates being processed, innermost first: the main one, and each one an #include
     * brought in.
     */
    private final java.util.ArrayDeque<String> templates = new java.util.ArrayDeque<>();

    private TracedElement deepest;
    private int deepestSize;

    @Override
    public void enterElement(freemarker.core.Environment env, TracedElement te) {
      TracedElement parent = open.peek();
      if (open.size() >= MAX_NESTING) {
        // At the macro call that went too deep, if it is one calling itself; else at the directive.
        TracedElement call =
            open.stream().filter(o -> o.getDescription().startsWith("@")).findFirst().orElse(te);
        throw at(
            call,
            "the template goes more than "
                + MAX_NESTING
                + " directives deep here; a macro or function that"
                + " calls itself must stop long before that");
      }
      boolean starts = parent == null || isInclude(parent);
      if (starts && parent != null) {
        String name = te.getTemplate().getName();
        if (templates.contains(name)) {
          java.util.List<String> circle = new java.util.ArrayList<>(templates);
          java.util.Collections.reverse(circle);
          circle = new java.util.ArrayList<>(circle.subList(circle.indexOf(name), circle.size()));
          circle.add(name);
          throw at(
              parent,
              "these templates include each other in a circle: "
                  + String.join(" includes ", circle));
        }
        if (templates.size() > MAX_INCLUDE_DEPTH) {
          throw at(
              parent,
              "templates may include one another at most "
                  + MAX_INCLUDE_DEPTH
                  + " deep, and this #include"
                  + " goes one deeper");
        }
      }
      open.push(te);
      if (open.size() > deepestSize) {
        deepest = te;
        deepestSize = open.size();
      }
      first.push(starts);
      if (starts) {
        templates.push(te.getTemplate().getName());
      }
    }

    @Override
    public void exitElement(freemarker.core.Environment env, TracedElement te) {
      open.pop();
      if (first.pop()) {
        templates.pop();
      }
    }

    private static boolean isInclude(TracedElement te) {
      return te.getDescription().startsWith("#include");
    }

    /** The directive running now. */
    TooDeep here(String message) {
      return at(open.peek(), message);
    }

    TooDeep tooDeep() {
      return at(
          deepest,
          "the template goes too deep here for the Java stack; a macro or function that calls itself must"
              + " stop long before that");
    }

    private static TooDeep at(TracedElement te, String message) {
      return te == null
          ? new TooDeep(null, 0, 0, message)
          : new TooDeep(
              te.getTemplate().getName(), te.getBeginLine(), te.getBeginColumn(), message);
    }
  }

  /**
   * A StringWriter that refuses to grow past {@link #MAX_OUTPUT_CHARS}, naming the directive that
   * went over.
   */
  private static final class BoundedWriter extends java.io.Writer {
    private final StringBuilder text = new StringBuilder();
    private final Depth depth;

    BoundedWriter(Depth depth) {
      this.depth = depth;
    }

    private void room(int len) throws TooLong {
      if (text.length() + (long) len > MAX_OUTPUT_CHARS) {
        throw new TooLong(
            depth.here(
                String.format(
                    Locale.UK,
                    "the template writes more than %,d characters here;"
                        + " a document may be at most that long",
                    MAX_OUTPUT_CHARS)));
      }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      room(len);
      text.append(buf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      room(len);
      text.append(str, off, off + len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
