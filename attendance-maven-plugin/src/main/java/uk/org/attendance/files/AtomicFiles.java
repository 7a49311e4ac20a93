package uk.org.attendance.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes a file completely or not at all: a temporary file beside it, then a move.
 *
 * <p>Outputs are meant to be copied to a web server or a shared drive, so on a POSIX file system
 * every file is written {@code rw-r--r--} (0644) and every directory this class creates {@code
 * rwxr-xr-x} (0755), whatever the temporary file's mode (Java makes it 0600) and the process's
 * umask. The mode is set on the temporary file before the move, so the file appears with it.
 * Directories that already exist keep theirs. On other file systems the defaults apply.
 */
public final class AtomicFiles {

  /** The mode of every file written. */
  public static final Set<PosixFilePermission> FILE_MODE =
      PosixFilePermissions.fromString("rw-r--r--");

  /** The mode of every directory created. */
  public static final Set<PosixFilePermission> DIRECTORY_MODE =
      PosixFilePermissions.fromString("rwxr-xr-x");

  /** The mode of a temporary file while it is written, as {@link Files#createTempFile} gives. */
  private static final Set<PosixFilePermission> TEMPORARY_MODE =
      PosixFilePermissions.fromString("rw-------");

  /** How the name of every temporary file ends. */
  private static final String TEMPORARY = ".attendance.tmp";

  private AtomicFiles() {}

  /**
   * Writes {@code text} to {@code target} as UTF-8, replacing it only once the new content is
   * complete.
   */
  public static void write(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code bytes} to {@code target}, replacing it only once the new content is complete. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /** What writes a file's content, as it makes it, so that a large file is never held whole. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the temporary file, not buffered (a writer over it buffers); closed by the caller
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes what {@code content} writes to {@code target}, streamed into the temporary file, and
   * replaces {@code target} only once it is complete: if {@code content} fails, {@code target} is
   * left as it was.
   */
  public static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    createDirectories(dir);
    Temporary tmp = Temporary.beside(dir, target);
    boolean moved = false;
    try {
      try (OutputStream out = Channels.newOutputStream(tmp.channel())) {
        content.writeTo(out);
      }
      setMode(tmp.path(), FILE_MODE);
      try {
        Files.move(
            tmp.path(),
            target,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp.path(), target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp.path());
      }
    }
  }

  /**
   * A temporary file beside the file it will become, created and opened once: as {@link
   * Files#createTempFile} makes one (a name no file has, {@code rw-------} on a POSIX file system),
   * but without opening it a second time to write it, for each open costs a directory lookup and a
   * check writes thousands of files.
   */
  private record Temporary(Path path, SeekableByteChannel channel) {
    static Temporary beside(Path dir, Path target) throws IOException {
      boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
      Set<StandardOpenOption> create =
          Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      while (true) {
        Path tmp =
            dir.resolve(
                "."
                    + target.getFileName()
                    + "-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())
                    + TEMPORARY);
        try {
          return new Temporary(
              tmp,
              posix
                  ? Files.newByteChannel(
                      tmp, create, PosixFilePermissions.asFileAttribute(TEMPORARY_MODE))
                  : Files.newByteChannel(tmp, create));
        } catch (FileAlreadyExistsException taken) {
          // another writer's name: draw again, as createTempFile does
        }
      }
    }
  }

  /**
   * Writes {@code text} to a new file {@code target} as UTF-8, whole or not at all, and never over
   * a file: if {@code target} exists, or appears while it is being written, nothing is written.
   *
   * @throws FileAlreadyExistsException if {@code target} exists
   */
  public static void writeNew(Path target, String text) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    createDirectories(dir);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + "-", TEMPORARY);
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      setMode(tmp, FILE_MODE);
      // Without REPLACE_EXISTING (and so without ATOMIC_MOVE, which may replace) the move fails if
      // the file has appeared meanwhile.
      Files.move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Whether {@code file} is a temporary file of this class: hidden, named after the file it will
   * become and ending {@code .attendance.tmp}, e.g. {@code .policy.pdf-4721.attendance.tmp}. One is
   * left behind only when the process is killed while writing.
   */
  public static boolean isTemporary(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.endsWith(TEMPORARY);
  }

  /**
   * Deletes the temporary files a killed process left anywhere under {@code dir}. Call it only
   * while nothing else writes there (while holding its {@link FolderLock}).
   *
   * @return how many were deleted
   */
  public static int removeTemporaries(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return 0;
    }
    List<Path> left;
    try (Stream<Path> walk = Files.walk(dir)) {
      left =
          walk.filter(p -> isTemporary(p) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
              .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path p : left) {
      Files.deleteIfExists(p);
    }
    return left.size();
  }

  /**
   * Creates {@code dir} and any missing parents, each {@code rwxr-xr-x} on a POSIX file system;
   * directories that exist already are left as they are.
   */
  public static void createDirectories(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath();
    Deque<Path> missing = new ArrayDeque<>();
    for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
      missing.push(p);
    }
    while (!missing.isEmpty()) {
      Path p = missing.pop();
      try {
        Files.createDirectory(p);
        setMode(p, DIRECTORY_MODE);
      } catch (FileAlreadyExistsException e) {
        // Made meanwhile by another writer (schools render in parallel), which sets its mode;
        // or a file is in the way, which the next step reports.
        if (!Files.isDirectory(p)) {
          throw e;
        }
      }
    }
  }

  private static void setMode(Path p, Set<PosixFilePermission> mode) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(p, PosixFileAttributeView.class);
    if (posix != null) {
      posix.setPermissions(mode);
    }
  }
}
