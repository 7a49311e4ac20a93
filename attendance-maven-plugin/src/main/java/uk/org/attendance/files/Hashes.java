package uk.org.attendance.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one hash the plugin uses: for skip-unchanged fingerprints, the policy version in
 * {@code rules.json}, stable SARIF finding ids, and the Content-Security-Policy hashes of inline
 * scripts and styles. Stateless and thread-safe.
 */
public final class Hashes {

  /** What {@link #ofCode} returns when there is no code to read. */
  public static final String UNKNOWN = "unknown";

  private Hashes() {}

  /** The SHA-256 digest of some bytes. */
  public static byte[] digest(byte[] bytes) {
    return sha256().digest(bytes);
  }

  /** SHA-256 (64 lower-case hex digits) of some bytes. */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest(bytes));
  }

  /**
   * SHA-256 (64 lower-case hex digits) of some texts as UTF-8, each followed by a NUL, which no
   * text contains, so {@code ("ab", "c")} and {@code ("a", "bc")} differ. A null text counts as
   * empty.
   */
  public static String sha256(String... parts) {
    MessageDigest sha = sha256();
    for (String p : parts) {
      sha.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * SHA-256 of the code a class was loaded from: its jar, or every file under its classes folder. A
   * development (SNAPSHOT) build keeps its version number while its code changes, so the version
   * alone cannot say whether documents made by an earlier build are still up to date; the jar is
   * built reproducibly, so the same code gives the same hash.
   *
   * @return the hash, or {@link #UNKNOWN} when the code cannot be read (never a failure)
   */
  public static String ofCode(Class<?> type) {
    try {
      return ofCode(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return UNKNOWN;
    }
  }

  /**
   * SHA-256 of a jar's bytes, or of every file (its relative name and its bytes) under a classes
   * folder, in name order.
   *
   * @return the hash, or {@link #UNKNOWN} when it cannot be read
   */
  public static String ofCode(Path where) {
    try {
      if (Files.isRegularFile(where)) {
        return sha256(Files.readAllBytes(where));
      }
      MessageDigest sha = sha256();
      try (var files = Files.walk(where)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          sha.update(where.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
          sha.update((byte) 0);
          sha.update(Files.readAllBytes(f));
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException | RuntimeException e) {
      return UNKNOWN;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java 17 runtime has SHA-256", e);
    }
  }
}
