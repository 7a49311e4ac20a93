package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.AttendanceCompiler;

/**
 * Every text output of the made-up school that uses every part of the model, compared byte for byte
 * with a reviewed copy: the leaflet's web page, each letter's web page, the mail-merge field
 * catalogue, and each Word letter's {@code word/document.xml} (the policy's web page and {@code
 * rules.json} have their own tests). The set of files is compared too, so a letter that appears or
 * disappears is a difference. Run with {@code -Dgolden.update=true} to rewrite the copies, then
 * review the diff.
 */
class GoldenOutputsTest {

  static final Path FIXTURE = Path.of("src/test/resources/golden/policy");
  static final Path EXPECTED = FIXTURE.resolve("expected/outputs");

  @Test
  void everyTextOutputMatchesItsReviewedCopy(@TempDir Path out) throws Exception {
    AttendanceCompiler.RenderResult r =
        new AttendanceCompiler()
            .render(
                FIXTURE,
                out,
                null,
                Instant.parse("2026-01-01T00:00:00Z"),
                LocalDate.of(2026, 1, 1),
                "leaflet.html",
                "letters.html",
                "letters.docx",
                "fields.csv");
    assertEquals(List.of(), r.diagnostics());
    TreeMap<String, String> actual = texts(out.resolve("oakfield-primary"));
    if (Boolean.getBoolean("golden.update")) {
      if (Files.isDirectory(EXPECTED)) {
        try (var old = Files.walk(EXPECTED)) {
          for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      for (var e : actual.entrySet()) {
        Path f = EXPECTED.resolve(e.getKey());
        Files.createDirectories(f.getParent());
        Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
      }
    }
    TreeMap<String, String> expected = new TreeMap<>();
    try (var files = Files.walk(EXPECTED)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        expected.put(
            EXPECTED.relativize(f).toString().replace('\\', '/'),
            Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    assertEquals(expected.keySet(), actual.keySet(), "the files made");
    List<String> differ = new ArrayList<>();
    for (var e : expected.entrySet()) {
      if (!e.getValue().equals(actual.get(e.getKey()))) {
        differ.add(e.getKey());
      }
    }
    assertEquals(List.of(), differ, "files that differ from their reviewed copy");
  }

  /** Each text file by its path under the school's folder; a .docx by its document part. */
  private static TreeMap<String, String> texts(Path dir) throws IOException {
    TreeMap<String, String> out = new TreeMap<>();
    try (var files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = dir.relativize(f).toString().replace('\\', '/');
        if (name.startsWith(".")) {
          continue; // the fingerprint
        }
        if (name.endsWith(".docx")) {
          out.put(name + ".document.xml", part(f, "word/document.xml"));
        } else {
          out.put(name, Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  private static String part(Path docx, String part) throws IOException {
    try (InputStream in = Files.newInputStream(docx);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(part)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(docx + " has no " + part);
  }
}
