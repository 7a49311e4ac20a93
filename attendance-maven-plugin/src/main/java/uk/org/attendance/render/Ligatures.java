package uk.org.attendance.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Keeps ligatures out of the PDFs. PDFBox shapes Latin text with a font's GSUB table, so "fi" is
 * drawn as the single glyph U+FB01 and a screen reader or a copy-paste gets "ﬁne" and "oﬃce". With
 * the table renamed, PDFBox no longer finds it and draws each letter on its own; nothing else in
 * the font changes, and the embedded subset carries no trace of it.
 */
final class Ligatures {

  private static final byte[] GSUB = "GSUB".getBytes(StandardCharsets.US_ASCII);

  /** A tag no font reader knows: the table is still there, but ignored. */
  private static final byte[] UNUSED = "XSUB".getBytes(StandardCharsets.US_ASCII);

  private Ligatures() {}

  /**
   * @param ttf a TrueType font file
   * @return a copy with its glyph-substitution table hidden (the same bytes if it has none)
   */
  static byte[] off(byte[] ttf) {
    byte[] out = ttf.clone();
    ByteBuffer b = ByteBuffer.wrap(out);
    int tables = Short.toUnsignedInt(b.getShort(4));
    for (int i = 0; i < tables; i++) {
      int record = 12 + 16 * i;
      if (record + 4 <= out.length
          && java.util.Arrays.equals(out, record, record + 4, GSUB, 0, 4)) {
        System.arraycopy(UNUSED, 0, out, record, 4);
      }
    }
    return out;
  }
}
