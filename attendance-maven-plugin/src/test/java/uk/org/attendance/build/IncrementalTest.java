package uk.org.attendance.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.render.Templates;

/** Skip-unchanged: only what a change touches is rendered again. */
class IncrementalTest {

  static final AttendanceCompiler COMPILER = new AttendanceCompiler();

  static Path models;
  static Path templates;

  /** The first run over the unchanged schools, made once: each test starts from a copy of it. */
  static Path firstOut;

  static AttendanceCompiler.RenderResult first;

  @BeforeAll
  static void copyTheBundledSchoolsAndRenderThemOnce(@TempDir Path dir) throws Exception {
    models = dir.resolve("models");
    copy(Path.of("../schools/models"), models);
    templates = dir.resolve("templates");
    copy(Path.of("../templates"), templates);
    firstOut = dir.resolve("first");
    first = render(firstOut);
  }

  /**
   * The output folder of a first run, as a test's own: a copy of the one first run, hidden files
   * (the fingerprints) included, which is what a run in {@code out} would have left there.
   */
  static void afterAFirstRun(Path out) throws Exception {
    copy(firstOut, out);
  }

  /**
   * Skip-unchanged decides per folder, whatever is in it: two quick outputs show it as well as
   * every PDF would.
   */
  static AttendanceCompiler.RenderResult render(Path out) {
    return COMPILER.render(
        models,
        out,
        new AttendanceCompiler.RenderOptions(
                templates, Instant.EPOCH, LocalDate.of(2026, 11, 23), false, true, false, null)
            .only("policy.html", "rules.json"));
  }

  static Set<String> folders(AttendanceCompiler.RenderResult r, Path out) {
    return r.written().stream()
        .map(p -> out.relativize(p).getName(0).toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void anUnchangedRunRendersNothingAndReadsNothing(@TempDir Path out) throws Exception {
    assertEquals(List.of(), first.diagnostics());
    assertEquals(12, folders(first, firstOut).size());
    afterAFirstRun(out);
    AttendanceCompiler.RenderResult again = render(out);
    assertEquals(List.of(), again.written());
    assertEquals(List.of(), again.schools(), "no YAML was read");
    assertEquals(12, again.upToDate());
  }

  @Test
  void changingOneSchoolRendersOnlyThatSchoolAndItsFederation(@TempDir Path out) throws Exception {
    afterAFirstRun(out);
    edit(
        models.resolve("hmfa/marden.yaml"),
        "  shortName: Marden\n",
        "  shortName: Marden Primary\n");
    edit(models.resolve("lanercost-ce-primary.yaml"), "  version: S1b\n", "  version: S1c\n");
    try {
      AttendanceCompiler.RenderResult r = render(out);
      assertEquals(Set.of("hmfa", "lanercost-ce-primary", "marden"), folders(r, out));
      assertEquals(9, r.upToDate());
    } finally {
      edit(
          models.resolve("hmfa/marden.yaml"),
          "  shortName: Marden Primary\n",
          "  shortName: Marden\n");
      edit(models.resolve("lanercost-ce-primary.yaml"), "  version: S1c\n", "  version: S1b\n");
    }
  }

  @Test
  void changingTheTrustBaseRendersEveryMember(@TempDir Path out) throws Exception {
    afterAFirstRun(out);
    edit(models.resolve("hmfa/federation.yaml"), "  deadline: 9.00am\n", "  deadline: 8.55am\n");
    try {
      AttendanceCompiler.RenderResult r = render(out);
      assertEquals(
          Set.of(
              "hmfa",
              "kings-caple",
              "llangrove",
              "lord-scudamore",
              "marden",
              "pencombe",
              "st-weonards",
              "sutton"),
          folders(r, out));
    } finally {
      edit(models.resolve("hmfa/federation.yaml"), "  deadline: 8.55am\n", "  deadline: 9.00am\n");
    }
  }

  @Test
  void changingATemplateRendersEverySchool(@TempDir Path out) throws Exception {
    afterAFirstRun(out);
    Path css = templates.resolve("css/base.css");
    String before = Files.readString(css);
    Files.writeString(css, before + "\n/* a change */\n");
    try {
      assertEquals(12, folders(render(out), out).size());
    } finally {
      Files.writeString(css, before);
    }
  }

  @Test
  void theHouseStyleFileListMatchesTheTemplatesFolder() throws Exception {
    try (Stream<Path> walk = Files.walk(Path.of("../templates"))) {
      List<String> files =
          walk.filter(Files::isRegularFile)
              .map(p -> Path.of("../templates").relativize(p).toString().replace('\\', '/'))
              .filter(n -> !n.equals("README.md"))
              .sorted()
              .toList();
      assertEquals(files, Templates.HOUSE_FILES);
    }
  }

  static void edit(Path file, String from, String to) throws Exception {
    String text = Files.readString(file);
    if (!text.contains(from)) {
      throw new AssertionError(file + " has no " + from);
    }
    Files.writeString(file, text.replace(from, to));
  }

  static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
