package uk.org.attendance.extract;

/**
 * How much of a policy file is read before it is refused: far above any real policy, far below
 * anything that could exhaust the build's memory or time. The defaults are {@link #DEFAULT}.
 *
 * @param maxFileBytes largest file of any kind
 * @param maxTextBytes largest .txt or .html file
 * @param maxZipEntries most entries (parts) in a .docx
 * @param maxEntryBytes largest uncompressed part of a .docx
 * @param maxUnzippedBytes largest total of a .docx's uncompressed parts
 * @param minInflateRatio smallest compressed-to-uncompressed ratio of a .docx part (a zip bomb
 *     compresses far better than any real document)
 * @param maxPdfPages most pages in a .pdf
 * @param maxPdfMemoryBytes most memory PDFBox may use to read a .pdf (the rest is refused)
 * @param maxTextChars most characters of text taken from one document
 */
public record Limits(
    long maxFileBytes,
    long maxTextBytes,
    long maxZipEntries,
    long maxEntryBytes,
    long maxUnzippedBytes,
    double minInflateRatio,
    int maxPdfPages,
    long maxPdfMemoryBytes,
    int maxTextChars) {

  /** The limits {@code attendance:audit} uses. */
  public static final Limits DEFAULT =
      new Limits(
          50L * 1024 * 1024, // any file: 50 MB
          5L * 1024 * 1024, // .txt, .html: 5 MB
          1000, // .docx parts (POI's own default)
          20L * 1024 * 1024, // one .docx part: 20 MB
          100L * 1024 * 1024, // all .docx parts: 100 MB
          0.01, // .docx parts may compress at most 100 to 1 (POI's own default)
          500, // .pdf pages
          256L * 1024 * 1024, // PDFBox memory
          2_000_000); // characters of text
}
