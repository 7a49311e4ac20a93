package uk.org.attendance.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.SourceRef;

/**
 * Reads the text of an existing policy: a Word document (.docx, with Apache POI), a PDF (with
 * PDFBox), a web page (.html, with jsoup) or a text file. Every input is treated as untrusted:
 * sizes are limited (see {@link Limits}), no XML DTD or external entity is read, nothing is fetched
 * from the network, and any failure is a located, plain-English message, never an exception.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyReader {

  /** A file that cannot be read: missing, damaged, of an unknown kind, or protected. */
  public static final String FILE = "AUDIT-FILE";

  /** A file over one of the limits. */
  public static final String LIMIT = "AUDIT-LIMIT";

  /** A bug in the plugin, reported at the file. */
  public static final String INTERNAL = "AUDIT-INTERNAL";

  private final Limits limits;

  public PolicyReader() {
    this(Limits.DEFAULT);
  }

  public PolicyReader(Limits limits) {
    this.limits = limits;
  }

  /**
   * The outcome of reading one file.
   *
   * @param text the text, or null if the file could not be read
   * @param diagnostics problems, located (a warning may come with text)
   */
  public record Result(PolicyText text, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * Reads one policy file.
   *
   * @param file a .docx, .pdf, .html or .txt file
   * @return its text, or the reason it cannot be read
   */
  public Result read(Path file) {
    List<Diagnostic> problems = new ArrayList<>();
    Optional<PolicyText.Format> format = PolicyText.Format.of(file);
    if (format.isEmpty()) {
      problems.add(
          Diagnostic.error(
              FILE,
              SourceRef.of(file),
              "this is not a kind of file audit reads",
              Hints.saveAsPolicyFormat()));
      return new Result(null, problems);
    }
    try {
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString());
      }
      long size = Files.size(file);
      long max =
          format.get() == PolicyText.Format.TEXT || format.get() == PolicyText.Format.HTML
              ? limits.maxTextBytes()
              : limits.maxFileBytes();
      if (size > max) {
        throw new ExtractException(
            LIMIT,
            SourceRef.of(file),
            "the file is "
                + megabytes(size)
                + "; a "
                + format.get().label()
                + " may be at most "
                + megabytes(max),
            Hints.policyIsFarSmaller());
      }
      if (size == 0) {
        throw new ExtractException(
            FILE, SourceRef.of(file), "the file is empty", Hints.checkTheRightFile());
      }
      PolicyText text;
      switch (format.get()) {
        case TEXT:
          text = TextFileReader.read(file, limits, problems);
          break;
        case HTML:
          text = HtmlReader.read(file, limits);
          break;
        case DOCX:
          text = DocxReader.read(file, limits);
          break;
        default:
          text = PdfReader.read(file, limits);
          break;
      }
      int chars = text.blocks().stream().mapToInt(b -> b.text().length()).sum();
      if (chars > limits.maxTextChars()) {
        throw new ExtractException(
            LIMIT,
            SourceRef.of(file),
            String.format(
                Locale.UK,
                "the document holds %,d characters of text; at most %,d are read",
                chars,
                limits.maxTextChars()),
            Hints.policyIsFarShorter());
      }
      if (chars == 0) {
        throw new ExtractException(
            FILE,
            SourceRef.of(file),
            "the " + format.get().label() + " contains no text",
            format.get() == PolicyText.Format.PDF ? Hints.scannedPdf() : Hints.checkTheRightFile());
      }
      return new Result(text, problems);
    } catch (ExtractException e) {
      problems.add(new Diagnostic(e.id, Severity.ERROR, e.at, e.getMessage(), e.hint, null));
      return new Result(null, problems);
    } catch (NoSuchFileException e) {
      problems.add(Diagnostic.error(FILE, SourceRef.of(file), "the file does not exist", null));
      return new Result(null, problems);
    } catch (IOException e) {
      problems.add(
          Diagnostic.error(
              FILE,
              SourceRef.of(file),
              "the file cannot be read: " + plain(e),
              Hints.checkFileReadable()));
      return new Result(null, problems);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      problems.add(
          Diagnostic.error(
              INTERNAL,
              SourceRef.of(file),
              "the plugin failed while reading this "
                  + format.get().label()
                  + " ("
                  + e.getClass().getSimpleName()
                  + ")",
              Hints.reportBugWithFile()));
      return new Result(null, problems);
    }
  }

  static String megabytes(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.UK, "%,d bytes", bytes);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** An exception's message without Java class names. */
  static String plain(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank()
        ? "it is damaged"
        : m.replaceAll("[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*(Exception|Error):?\\s*", "");
  }

  /**
   * The policies to read: each file named, and in each folder named every .docx, .pdf, .html and
   * .txt file (not hidden files, not Word's "~$" lock files), in order. A file in a folder that is
   * a link leading outside it is not read, and said so.
   *
   * @param inputs files and folders
   * @param rule the rule id a problem is reported under ("AUDIT-FILE", "IMPORT-FILE")
   * @param problems where a folder that cannot be read, or a link leading out, is reported
   * @return the files to read
   */
  public static List<Path> policies(List<Path> inputs, String rule, List<Diagnostic> problems) {
    List<Path> out = new ArrayList<>();
    for (Path in : inputs) {
      if (!Files.isDirectory(in)) {
        out.add(in);
        continue;
      }
      try (java.util.stream.Stream<Path> walk = Files.walk(in)) {
        for (Path p :
            walk.filter(Files::isRegularFile)
                .filter(f -> PolicyText.Format.of(f).isPresent())
                .filter(
                    f ->
                        !f.getFileName().toString().startsWith(".")
                            && !f.getFileName().toString().startsWith("~$"))
                .sorted()
                .toList()) {
          if (uk.org.attendance.files.Folders.reallyContains(in, p)) {
            out.add(p);
          } else {
            problems.add(
                Diagnostic.error(
                    rule,
                    SourceRef.of(p),
                    "this file is a link to a file outside the folder being read,"
                        + " so it is not read",
                    Hints.copyIntoFolder(
                        String.valueOf(in.toAbsolutePath().normalize().getFileName()))));
          }
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        problems.add(
            Diagnostic.error(
                rule, SourceRef.of(in), "the folder cannot be read: " + e.getMessage(), null));
      }
    }
    return out;
  }
}
