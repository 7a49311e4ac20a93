package uk.org.attendance.evaluate;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import uk.org.attendance.diagnostic.Hints;

/**
 * Opens an export for reading, after refusing what is missing, too big or not text at all (an Excel
 * workbook, a PDF). The encoding is UTF-8 (with or without a byte-order mark) or UTF-16 with a
 * byte-order mark (Excel's "Unicode text"); a file that is not valid UTF-8 is read again as
 * Windows-1252, which is what Excel's "CSV (Comma delimited)" writes.
 */
final class TextFile {

  /** What Excel writes for "CSV (Comma delimited)" on a UK Windows machine. */
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final int SNIFF = 4096;

  private TextFile() {}

  /**
   * Checks the file can be read and is not too big, and works out its encoding.
   *
   * @param file the file
   * @param what what it is, for messages ("register", "letters-sent log")
   * @param parameter the parameter that names it
   * @param maxBytes the largest it may be
   * @return UTF-8, or UTF-16LE/BE if it starts with that byte-order mark
   */
  static Charset check(Path file, String what, String parameter, long maxBytes)
      throws EvaluateException {
    if (!Files.exists(file)) {
      throw Problems.error(
          Problems.FILE,
          file,
          0,
          0,
          "there is no " + what + " file here",
          Hints.checkPathGivenTo(parameter));
    }
    if (!Files.isRegularFile(file)) {
      throw Problems.error(
          Problems.FILE,
          file,
          0,
          0,
          "this is a folder, not a " + what + " file",
          Hints.nameTheFileWith(parameter));
    }
    byte[] head;
    long size;
    try (InputStream in = Files.newInputStream(file)) {
      size = Files.size(file);
      head = in.readNBytes(SNIFF);
    } catch (IOException e) {
      throw Problems.error(
          Problems.FILE,
          file,
          0,
          0,
          "the " + what + " file cannot be read: " + e.getMessage(),
          null);
    }
    if (size > maxBytes) {
      boolean close = megabytes(size).equals(megabytes(maxBytes));
      throw Problems.error(
          Problems.LIMIT,
          file,
          0,
          0,
          String.format(
              Locale.UK,
              "the file is %s; a %s may be at most %s",
              close ? Problems.plural(size, "byte") : megabytes(size),
              what,
              close ? Problems.plural(maxBytes, "byte") : megabytes(maxBytes)),
          Hints.exportLess());
    }
    if (head.length == 0) {
      throw Problems.error(
          Problems.FILE, file, 1, 1, "the file is empty", Hints.exportAgainWithHeader(what));
    }
    if (starts(head, 0x50, 0x4B, 0x03, 0x04) || starts(head, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw Problems.error(
          Problems.FILE,
          file,
          0,
          0,
          "this is an Excel workbook, not a CSV file",
          Hints.saveAsCsvUtf8());
    }
    if (starts(head, 0x25, 0x50, 0x44, 0x46)) {
      throw Problems.error(
          Problems.FILE, file, 0, 0, "this is a PDF, not a CSV file", Hints.exportAsCsv(what));
    }
    if (starts(head, 0x1F, 0x8B)) {
      throw Problems.error(
          Problems.FILE,
          file,
          0,
          0,
          "this is a compressed (gzip) file, not a CSV file",
          Hints.unpackFirst());
    }
    if (starts(head, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    if (starts(head, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    int[] nul = new int[2];
    for (int i = 0; i < head.length; i++) {
      nul[i % 2] += head[i] == 0 ? 1 : 0;
    }
    if (nul[0] + nul[1] > 0) {
      // UTF-16 text of Latin letters has a NUL in every other byte, and none in between.
      int half = head.length / 2;
      boolean utf16 =
          half > 0
              && (nul[0] * 10 >= half * 9 && nul[1] * 10 < half
                  || nul[1] * 10 >= half * 9 && nul[0] * 10 < half);
      throw Problems.error(
          Problems.FILE,
          file,
          0,
          0,
          utf16
              ? "this looks like UTF-16 text without a byte-order mark, which cannot be read reliably"
              : "this is not a text file (it contains NUL bytes)",
          Hints.exportAsCsvUtf8(what));
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * A reader that skips any byte-order mark.
   *
   * @param strict report bytes that are not valid in the encoding (so UTF-8 can be retried as
   *     Windows-1252), rather than replacing them
   */
  static Reader open(Path file, Charset charset, boolean strict) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    int bom =
        charset.equals(StandardCharsets.UTF_8) ? 3 : charset.name().startsWith("UTF-16") ? 2 : 0;
    if (bom > 0) {
      in.mark(3);
      byte[] b = in.readNBytes(bom);
      boolean isBom =
          bom == 3
              ? starts(b, 0xEF, 0xBB, 0xBF)
              : b.length == 2 && (starts(b, 0xFF, 0xFE) || starts(b, 0xFE, 0xFF));
      if (!isBom) {
        in.reset();
      }
    }
    CharsetDecoder decoder = charset.newDecoder();
    CodingErrorAction action = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
    decoder.onMalformedInput(action).onUnmappableCharacter(action);
    return new InputStreamReader(in, decoder);
  }

  /** "40.1 MB", or "900 bytes" for less than a megabyte. */
  static String megabytes(long bytes) {
    return bytes < 1 << 20
        ? Problems.plural(bytes, "byte")
        : String.format(Locale.UK, "%.1f MB", bytes / 1048576.0);
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
