package uk.org.attendance.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Whether a file is really inside a folder: with every symbolic link on the way resolved, so that a
 * link (or a linked folder) inside the schools or templates folder cannot lead a build to read a
 * file elsewhere.
 */
public final class Folders {

  private Folders() {}

  /**
   * @param folder the folder the file must be in
   * @param file the file, which must exist
   * @return whether the file's real path (links resolved) is inside the folder's real path; false
   *     if either cannot be resolved
   */
  public static boolean reallyContains(Path folder, Path file) {
    try {
      return file.toRealPath().startsWith(folder.toRealPath());
    } catch (IOException | SecurityException e) {
      return false;
    }
  }
}
