package uk.org.attendance.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One writer at a time in a folder: an operating-system lock on the folder's {@value #FILE}, held
 * for as long as a build writes there. Another build, in this JVM or another process, waits for it,
 * for as long as it is willing to. The operating system lets the lock go when its holder ends
 * however it ends, so a killed build never leaves a stale lock; the empty file itself stays.
 */
public final class FolderLock implements AutoCloseable {

  /** The lock file, in the folder it guards. */
  public static final String FILE = ".attendance.lock";

  /** How often a waiting build tries again. */
  private static final long RETRY_MILLIS = 50;

  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the folder's lock, making the folder if need be.
   *
   * @param dir the folder
   * @param patience how long to wait for another build to finish with it
   * @return the lock, to close when done; null if another build still held it after waiting
   * @throws IOException if the folder or its lock file cannot be made
   * @throws InterruptedException if interrupted while waiting
   */
  public static FolderLock acquire(Path dir, Duration patience)
      throws IOException, InterruptedException {
    AtomicFiles.createDirectories(dir);
    long deadline = System.nanoTime() + patience.toNanos();
    FileChannel channel =
        FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      while (true) {
        FileLock lock = tryLock(channel);
        if (lock != null) {
          return new FolderLock(channel, lock);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          channel.close();
          return null;
        }
        Thread.sleep(Math.max(1, Math.min(RETRY_MILLIS, left / 1_000_000)));
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by another build in this JVM
    }
  }

  /** Lets the lock go. Closing the channel releases it even if releasing it first fails. */
  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the channel below releases it.
    } finally {
      try {
        channel.close();
      } catch (IOException e) {
        // Nothing more can be done: the lock goes when the process ends.
      }
    }
  }
}
