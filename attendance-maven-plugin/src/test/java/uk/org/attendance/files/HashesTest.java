package uk.org.attendance.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.AttendanceCompiler;

/**
 * The one SHA-256 helper: its values are the standard ones, and its separators keep parts apart.
 */
class HashesTest {

  /** SHA-256 of the empty input and of "abc", from FIPS 180-2. */
  private static final String EMPTY =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void bytesHashToTheStandardValues() {
    assertEquals(EMPTY, Hashes.sha256(new byte[0]));
    assertEquals(ABC, Hashes.sha256("abc".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=",
        Base64.getEncoder().encodeToString(Hashes.digest("abc".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void textsAreEachFollowedByASeparator() {
    assertEquals(Hashes.sha256("abc\0".getBytes(StandardCharsets.UTF_8)), Hashes.sha256("abc"));
    assertNotEquals(Hashes.sha256("ab", "c"), Hashes.sha256("a", "bc"));
    assertEquals(Hashes.sha256(""), Hashes.sha256((String) null), "a null part counts as empty");
  }

  @Test
  void aNewBuildOfThePluginCountsAsAChangeEvenWithTheSameVersion(@TempDir Path dir)
      throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes/uk"));
    Files.writeString(classes.resolve("A.class"), "one");
    String first = Hashes.ofCode(dir.resolve("classes"));
    assertEquals(first, Hashes.ofCode(dir.resolve("classes")), "the same code, the same hash");
    Files.writeString(classes.resolve("A.class"), "two");
    assertNotEquals(first, Hashes.ofCode(dir.resolve("classes")), "changed code, a new hash");
    Path notAZip = Files.write(dir.resolve("plugin.jar"), new byte[] {1, 2, 3});
    assertEquals(
        Hashes.sha256(new byte[] {1, 2, 3}),
        Hashes.ofCode(notAZip),
        "a file that is not a zip is hashed by its bytes");
    String jar = Hashes.ofCode(jar(dir.resolve("a.jar"), "one", 1_000_000L));
    assertEquals(
        jar,
        Hashes.ofCode(jar(dir.resolve("b.jar"), "one", 2_000_000L)),
        "a jar is hashed by what it holds, not when its files were written");
    assertNotEquals(
        jar,
        Hashes.ofCode(jar(dir.resolve("c.jar"), "two", 1_000_000L)),
        "changed code, a new hash");
    Path same = dir.resolve("same.jar");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(same))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("uk/"));
      zip.closeEntry();
      zip.putNextEntry(new java.util.zip.ZipEntry("uk/A.class"));
      zip.write("two".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertEquals(
        Hashes.ofCode(dir.resolve("classes")),
        Hashes.ofCode(same),
        "a jar of a folder's files (with the jar tool's folder entries) is the same code");
    assertEquals(
        Hashes.UNKNOWN,
        Hashes.ofCode(dir.resolve("missing")),
        "nothing to read: no hash, never a failure");
    assertNotEquals(
        Hashes.UNKNOWN, Hashes.ofCode(AttendanceCompiler.class), "the plugin finds its own code");
  }

  @Test
  void filesInMemoryAreHashedByNameSizeAndContent() {
    String fonts = Hashes.ofFiles(java.util.Map.of("a.ttf", new byte[] {1, 2}));
    assertEquals(fonts, Hashes.ofFiles(java.util.Map.of("a.ttf", new byte[] {1, 2})));
    assertNotEquals(fonts, Hashes.ofFiles(java.util.Map.of("a.ttf", new byte[] {1, 3})));
    assertNotEquals(fonts, Hashes.ofFiles(java.util.Map.of("b.ttf", new byte[] {1, 2})));
  }

  /** A jar holding uk/A.class with {@code text}, its entry dated {@code time}. */
  static Path jar(Path file, String text, long time) throws IOException {
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      java.util.zip.ZipEntry e = new java.util.zip.ZipEntry("uk/A.class");
      e.setTime(time);
      zip.putNextEntry(e);
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/MANIFEST.MF"));
      zip.closeEntry();
    }
    return file;
  }
}
