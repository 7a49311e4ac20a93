package uk.org.attendance.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The plugin's font faces, parsed once and lent to one PDF at a time. Parsing a DejaVu face (its
 * character maps alone hold thousands of entries) for every PDF took about a tenth of a warm
 * render. A PDF embeds only the subset it uses, made from the parsed face without changing it, so
 * one parse serves any number of PDFs. A parsed face reads its tables and glyphs lazily through one
 * cursor; PDFBox guards those reads with locks but does not promise that a face may be shared
 * between threads, so a render borrows a whole set for itself and gives it back: there are never
 * more sets than PDFs made at once (two, on two cores). Thread-safe.
 */
final class ParsedFonts {

  private final List<byte[]> faces;
  private final Deque<List<TrueTypeFont>> idle = new ConcurrentLinkedDeque<>();

  /**
   * @param faces the font files, in the order {@link #borrow()} returns them
   */
  ParsedFonts(List<byte[]> faces) {
    this.faces = List.copyOf(faces);
  }

  /**
   * @return a set of parsed faces for the caller alone, in the order given, until it is given back
   * @throws IOException if a face cannot be parsed (a bug: the faces are the plugin's own)
   */
  List<TrueTypeFont> borrow() throws IOException {
    List<TrueTypeFont> set = idle.pollFirst();
    if (set != null) {
      return set;
    }
    List<TrueTypeFont> parsed = new ArrayList<>(faces.size());
    for (byte[] face : faces) {
      // Parsed from a buffer the font keeps whole: closing it (PDFBox does after subsetting)
      // releases nothing, so the face stays usable for the next PDF.
      parsed.add(new TTFParser().parse(new RandomAccessReadBuffer(face)));
    }
    return parsed;
  }

  /**
   * Gives back a set borrowed from {@link #borrow()}, for the next PDF. A set whose render failed
   * is not given back, so a face left half read is never used again.
   */
  void giveBack(List<TrueTypeFont> set) {
    idle.offerFirst(set);
  }
}
