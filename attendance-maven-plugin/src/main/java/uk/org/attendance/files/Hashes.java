package uk.org.attendance.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

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
   * A hash of the code a class was loaded from: its jar, or every file under its classes folder. A
   * development (SNAPSHOT) build keeps its version number while its code changes, so the version
   * alone cannot say whether documents made by an earlier build are still up to date; the jar is
   * built reproducibly, so the same code gives the same hash.
   *
   * <p>It is SHA-256 over each file's name, size and CRC-32, not over the bytes: this is read once
   * by every cold JVM that builds (Maven's, and each forked one), before the JIT has compiled
   * SHA-256, and hashing the 7 MB of the plugin's classes and fonts that way took 380 ms to 1.8 s.
   * A jar's CRC-32s are read from its directory without inflating anything, and a folder's are
   * computed by an intrinsic the interpreter already has. CRC-32 finds any change a rebuild makes;
   * this fingerprint guards against stale documents, not against tampering.
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
   * The hash of {@link #ofCode(Class)} for a jar (its files' names, sizes and CRC-32s, in name
   * order; a file that is not a zip, by its bytes) or a classes folder (every file's relative name,
   * size and CRC-32, in name order). A jar holding exactly a folder's files has the folder's hash.
   *
   * @return the hash, or {@link #UNKNOWN} when it cannot be read
   */
  public static String ofCode(Path where) {
    try {
      MessageDigest sha = sha256();
      if (Files.isRegularFile(where)) {
        try (ZipFile jar = new ZipFile(where.toFile())) {
          List<? extends ZipEntry> entries =
              jar.stream().sorted(Comparator.comparing(ZipEntry::getName)).toList();
          for (ZipEntry e : entries) {
            if (!e.isDirectory()) { // a folder holds none either: the same files, the same hash
              file(sha, e.getName(), e.getSize(), e.getCrc());
            }
          }
        } catch (ZipException notAZip) {
          return sha256(Files.readAllBytes(where));
        }
      } else {
        try (var files = Files.walk(where)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            file(sha, where.relativize(f).toString(), Files.readAllBytes(f));
          }
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException | RuntimeException e) {
      return UNKNOWN;
    }
  }

  /**
   * The same kind of hash for files held in memory (the fonts the plugin ships, as it uses them):
   * SHA-256 over each one's name, size and CRC-32, in the map's order.
   */
  public static String ofFiles(Map<String, byte[]> files) {
    MessageDigest sha = sha256();
    files.forEach((name, bytes) -> file(sha, name, bytes));
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void file(MessageDigest sha, String name, byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    file(sha, name, bytes.length, crc.getValue());
  }

  private static void file(MessageDigest sha, String name, long size, long crc) {
    sha.update(name.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(ByteBuffer.allocate(2 * Long.BYTES).putLong(size).putLong(crc).flip());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java 17 runtime has SHA-256", e);
    }
  }
}
