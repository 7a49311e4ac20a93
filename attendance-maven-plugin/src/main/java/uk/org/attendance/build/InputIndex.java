package uk.org.attendance.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import uk.org.attendance.files.AtomicFiles;
import uk.org.attendance.files.Hashes;

/**
 * The no-op fast path: a fingerprint of every school file's bytes and of the build (templates,
 * fonts, plugin, settings), and the output folders it produced. When nothing has changed and every
 * folder is still complete, rendering returns at once without reading a single YAML file.
 */
public final class InputIndex {

  static final String FILE = ".attendance-inputs";

  private final Path outDir;
  private final String fingerprint;

  /**
   * @param schoolsDir the school files
   * @param outDir the output folder
   * @param build the build fingerprint (templates, fonts, plugin, settings)
   */
  public InputIndex(Path schoolsDir, Path outDir, String build) {
    this.outDir = outDir;
    this.fingerprint = inputs(schoolsDir, build);
  }

  private static String inputs(Path dir, String build) {
    StringBuilder all = new StringBuilder(build).append('\n');
    if (Files.isDirectory(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path f :
            walk.filter(Files::isRegularFile)
                .filter(
                    p ->
                        p.toString().endsWith(".yaml")
                            || p.toString().endsWith(".yml")
                            || p.toString().endsWith(".png")
                            || p.toString().endsWith(".jpg")
                            || p.toString().endsWith(".jpeg"))
                .sorted()
                .toList()) {
          all.append(dir.relativize(f).toString().replace('\\', '/'))
              .append(' ')
              .append(Hashes.sha256(Files.readAllBytes(f)))
              .append('\n');
        }
      } catch (IOException e) {
        all.append("unreadable ").append(e.getMessage());
      }
    }
    return Hashes.sha256(all.toString());
  }

  /** Whether the inputs are those of the last good run and its outputs are all still complete. */
  public boolean unchanged() {
    List<String> lines = lines();
    if (lines.isEmpty() || !lines.get(0).equals(fingerprint)) {
      return false;
    }
    for (String line : lines.subList(1, lines.size())) {
      int space = line.indexOf(' ');
      if (space < 0
          || !Fingerprints.upToDate(
              outDir.resolve(line.substring(space + 1)), line.substring(0, space))) {
        return false;
      }
    }
    return true;
  }

  /** How many output folders the last good run recorded. */
  public int recordedOutputs() {
    return Math.max(0, lines().size() - 1);
  }

  /** Records this run's inputs and every output folder's fingerprint. */
  public void record() {
    List<String> out = new ArrayList<>();
    out.add(fingerprint);
    try (Stream<Path> dirs = Files.list(outDir)) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        Path f = d.resolve(Fingerprints.FILE);
        if (Files.isRegularFile(f)) {
          out.add(Files.readString(f, StandardCharsets.UTF_8).strip() + " " + d.getFileName());
        }
      }
      AtomicFiles.write(outDir.resolve(FILE), String.join("\n", out) + "\n");
    } catch (IOException e) {
      forget();
    }
  }

  /** Forgets the last run, so the next one reads everything. */
  public void forget() {
    try {
      Files.deleteIfExists(outDir.resolve(FILE));
    } catch (IOException e) {
      // Nothing to forget.
    }
  }

  private List<String> lines() {
    try {
      Path f = outDir.resolve(FILE);
      return Files.isRegularFile(f) ? Files.readAllLines(f, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }
}
