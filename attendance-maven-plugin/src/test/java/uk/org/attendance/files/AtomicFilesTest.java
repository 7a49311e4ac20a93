package uk.org.attendance.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are written whole, 0644, in directories made 0755, whatever the umask. */
class AtomicFilesTest {

  @TempDir Path dir;

  private void assumePosix() {
    assumeTrue(
        Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null,
        "POSIX file modes are not supported on this file system");
  }

  static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void aNewFileIsReadableByEveryoneAndWritableByItsOwner() throws Exception {
    assumePosix();
    Path f = dir.resolve("policy.html");
    AtomicFiles.write(f, "<p>hello</p>");
    assertEquals("rw-r--r--", mode(f));
    assertEquals("<p>hello</p>", Files.readString(f, StandardCharsets.UTF_8));
  }

  @Test
  void aReplacedFileTakesTheModeWhateverItHadBefore() throws Exception {
    assumePosix();
    Path f = dir.resolve("rules.json");
    Files.writeString(f, "old");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    AtomicFiles.write(f, new byte[] {1, 2, 3});
    assertEquals("rw-r--r--", mode(f));
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(f));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(f), left.toList(), "no temporary file left behind");
    }
  }

  /**
   * A killed writer leaves at most a hidden file named as a temporary one, which the next build
   * removes.
   */
  @Test
  void onlyTemporaryFilesAreRemovedAsLeftovers() throws Exception {
    Path school = Files.createDirectories(dir.resolve("school/letters"));
    Path leftover = Files.createTempFile(school, ".fields.csv-", ".attendance.tmp");
    Path kept = Files.writeString(dir.resolve("school/.tmp"), "a user's file");
    Path output =
        Files.writeString(dir.resolve("school/policy.html.attendance.tmp"), "not hidden: not ours");
    assertTrue(AtomicFiles.isTemporary(leftover));
    assertEquals(1, AtomicFiles.removeTemporaries(dir));
    assertTrue(Files.notExists(leftover));
    assertTrue(Files.exists(kept) && Files.exists(output));
    assertEquals(0, AtomicFiles.removeTemporaries(dir.resolve("no-such-folder")));
  }

  @Test
  void aNewFileIsWrittenWholeButNeverOverAFileThatExists() throws Exception {
    Path f = dir.resolve("trust/school.yaml");
    AtomicFiles.writeNew(f, "school:\n");
    assertEquals("school:\n", Files.readString(f, StandardCharsets.UTF_8));
    assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.writeNew(f, "other:\n"));
    assertEquals(
        "school:\n",
        Files.readString(f, StandardCharsets.UTF_8),
        "the file that was there is kept");
    try (Stream<Path> left = Files.list(f.getParent())) {
      assertEquals(List.of(f), left.toList(), "no temporary file left behind");
    }
  }

  @Test
  void directoriesItMakesAre0755AndOnesThatExistKeepTheirMode() throws Exception {
    assumePosix();
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    Path f = dir.resolve("out/school/letters/a.docx");
    AtomicFiles.write(f, "x");
    assertEquals("rwxr-xr-x", mode(dir.resolve("out")));
    assertEquals("rwxr-xr-x", mode(dir.resolve("out/school")));
    assertEquals("rwxr-xr-x", mode(dir.resolve("out/school/letters")));
    assertEquals("rw-r--r--", mode(f));
    assertEquals("rwx------", mode(dir), "an existing directory is not the writer's to change");
  }

  @Test
  void aFileInTheWayOfADirectoryIsAnErrorNotASilentSkip() throws Exception {
    Files.writeString(dir.resolve("out"), "a file");
    IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> AtomicFiles.write(dir.resolve("out/a.txt"), "x"));
    assertTrue(e.getMessage().contains("out"), e.getMessage());
  }

  /**
   * Under umask 077 (where a plain write gives 0600 and a plain mkdir 0700), modes are still 0644
   * and 0755.
   */
  @Test
  void theModesDoNotDependOnTheUmask() throws Exception {
    assumePosix();
    Path sh = Path.of("/bin/sh");
    assumeTrue(Files.isExecutable(sh), "no /bin/sh to set a umask with");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path target = dir.resolve("made/under/umask/file.txt");
    Path plain = dir.resolve("plain.txt");
    Process p =
        new ProcessBuilder(
                sh.toString(),
                "-c",
                "umask 077 && exec \"$0\" -cp \"$1\" \"$2\" \"$3\" \"$4\"",
                java,
                System.getProperty("java.class.path"),
                UnderUmask.class.getName(),
                target.toString(),
                plain.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM finished");
    assertEquals(0, p.exitValue(), output);
    assertEquals("rw-------", mode(plain), "the umask was in force for a plain write");
    assertEquals("rw-r--r--", mode(target));
    assertEquals("rwxr-xr-x", mode(dir.resolve("made")));
    assertEquals("rwxr-xr-x", mode(dir.resolve("made/under/umask")));
  }

  /** Run in a child JVM: writes {@code args[0]} with AtomicFiles and {@code args[1]} plainly. */
  public static final class UnderUmask {
    public static void main(String[] args) throws IOException {
      AtomicFiles.write(Path.of(args[0]), "written under umask 077\n");
      Files.writeString(Path.of(args[1]), "plain\n");
    }
  }
}
