package uk.org.attendance.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.model.SourceRef;

/** A folder has a fingerprint only while its files are all from the build the fingerprint names. */
class BuilderTest {

  /** Writes "a.txt" and then "b.txt", each holding the version. */
  record TwoFiles(String name, String file) implements Artefact<String> {
    @Override
    public boolean appliesTo(Kind kind) {
      return true;
    }

    @Override
    public void make(String version, Output out) {
      out.put(file, version);
    }
  }

  static final List<TwoFiles> ARTEFACTS =
      List.of(new TwoFiles("a", "a.txt"), new TwoFiles("b", "b.txt"));

  static Builder.Outcome build(Path dir, String version) {
    Job<String> job =
        new Job<>(
            "school",
            Artefact.Kind.SCHOOL,
            dir,
            version,
            SourceRef.of(Path.of("school.yaml")),
            () -> version);
    return Builder.run(
        List.of(job),
        ARTEFACTS,
        new Builder.Settings(false, null, null),
        (e, at) -> Diagnostic.error(Builder.RENDER, at, e.getMessage(), null));
  }

  @Test
  void aFolderWhoseWritingStopsHalfWayIsNotUpToDateForItsOldInputs(@TempDir Path tmp)
      throws Exception {
    Path dir = tmp.resolve("school");
    assertEquals(List.of(), build(dir, "one").diagnostics());
    assertTrue(Files.exists(dir.resolve(Fingerprints.FILE)));
    // Version two replaces a.txt, then cannot replace b.txt (a non-empty folder is in its way).
    Files.delete(dir.resolve("b.txt"));
    Files.createDirectories(dir.resolve("b.txt/in-the-way"));
    assertEquals(1, build(dir, "two").diagnostics().size());
    assertEquals("two", Files.readString(dir.resolve("a.txt")));
    assertTrue(
        Files.notExists(dir.resolve(Fingerprints.FILE)),
        "no fingerprint beside a half-replaced folder");
    // Back to version one: the folder is made again, not skipped as up to date.
    Files.delete(dir.resolve("b.txt/in-the-way"));
    Files.delete(dir.resolve("b.txt"));
    Builder.Outcome again = build(dir, "one");
    assertEquals(0, again.upToDate());
    assertEquals("one", Files.readString(dir.resolve("a.txt")));
    assertEquals("one", Files.readString(dir.resolve("b.txt")));
  }
}
