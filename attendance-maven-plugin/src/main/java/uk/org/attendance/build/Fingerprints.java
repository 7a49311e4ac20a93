package uk.org.attendance.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import uk.org.attendance.report.AtomicFiles;

/**
 * Skip-unchanged: each school's output folder records the fingerprint of everything its documents
 * depend on (the resolved model, with anything inherited from a trust base; the templates; the
 * fonts; the plugin; the settings). An unchanged fingerprint means the documents are up to date.
 */
public final class Fingerprints {

  /** The file in each output folder that records its fingerprint; written last. */
  static final String FILE = ".attendance-fingerprint";

  private Fingerprints() {}

  /** SHA-256 (hex) of the parts, each followed by a separator none contains. */
  public static String of(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        sha.update(p.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** SHA-256 (hex) of some bytes. */
  public static String of(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * SHA-256 (hex) of the code a class was loaded from: its jar, or every file under its classes
   * folder. A development (SNAPSHOT) build keeps its version number while its code changes, so the
   * version alone cannot say whether documents made by an earlier build are still up to date; the
   * jar is built reproducibly, so the same code gives the same hash.
   */
  public static String ofCode(Class<?> type) {
    try {
      return ofCode(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (java.net.URISyntaxException | RuntimeException e) {
      // Nowhere to read the code from: no hash, so the version alone decides (never a failure).
      return "unknown";
    }
  }

  /** SHA-256 (hex) of a jar's bytes, or of every file (name and bytes) under a classes folder. */
  static String ofCode(Path where) {
    try {
      if (Files.isRegularFile(where)) {
        return of(Files.readAllBytes(where));
      }
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (var files = Files.walk(where)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          sha.update(where.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
          sha.update((byte) 0);
          sha.update(Files.readAllBytes(f));
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      return "unknown";
    }
  }

  /** Whether the folder's documents were made from exactly this fingerprint. */
  static boolean upToDate(Path dir, String fingerprint) {
    try {
      Path f = dir.resolve(FILE);
      return Files.isRegularFile(f) && Files.readString(f, StandardCharsets.UTF_8).strip().equals(fingerprint);
    } catch (IOException e) {
      return false;
    }
  }

  /** Records that the folder's documents are complete for this fingerprint. */
  static void record(Path dir, String fingerprint) throws IOException {
    AtomicFiles.write(dir.resolve(FILE), fingerprint + "\n");
  }
}
