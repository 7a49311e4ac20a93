package uk.org.attendance.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.org.attendance.files.AtomicFiles;

/**
 * Skip-unchanged: each school's output folder records the fingerprint of everything its documents
 * depend on (the resolved model, with anything inherited from a trust base; the templates; the
 * fonts; the plugin; the settings), hashed with {@link uk.org.attendance.files.Hashes}. An
 * unchanged fingerprint means the documents are up to date. It is removed before the first file of
 * a folder is replaced and written again after the last, so a folder has a fingerprint only while
 * its files are all from the build it names.
 */
public final class Fingerprints {

  /** The file in each output folder that records its fingerprint; written last. */
  static final String FILE = ".attendance-fingerprint";

  private Fingerprints() {}

  /** Whether the folder's documents were made from exactly this fingerprint. */
  static boolean upToDate(Path dir, String fingerprint) {
    try {
      Path f = dir.resolve(FILE);
      return Files.isRegularFile(f)
          && Files.readString(f, StandardCharsets.UTF_8).strip().equals(fingerprint);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Forgets the folder's fingerprint before the first of its files is replaced: a build killed
   * while replacing them must not leave the old fingerprint claiming that a folder of old and new
   * files is complete, or the next build with the old inputs would skip it.
   */
  static void forget(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(FILE));
  }

  /** Records that the folder's documents are complete for this fingerprint. */
  static void record(Path dir, String fingerprint) throws IOException {
    AtomicFiles.write(dir.resolve(FILE), fingerprint + "\n");
  }
}
