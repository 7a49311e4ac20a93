package uk.org.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.load.SchoolLoader;

/**
 * No file is read from outside the folder the user named, links included: a school file, a base
 * file named by {@code extends:}, a logo or a template that is a symbolic link (or is reached
 * through a linked folder) leading outside is refused with a located error. A link that stays
 * inside is followed. Skipped where the file system cannot make links.
 */
class SymlinkTest {

  static final Path INHERIT = Path.of("src/test/resources/load/inherit");
  static final Path GOLDEN = Path.of("src/test/resources/golden/policy");

  @TempDir Path dir;

  Path schools;
  Path elsewhere;

  void folders() throws IOException {
    schools = Files.createDirectories(dir.resolve("schools"));
    elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
  }

  /** Makes {@code link} point at {@code target}, or skips the test where links cannot be made. */
  static void link(Path link, Path target) {
    try {
      Files.createDirectories(link.getParent());
      Files.createSymbolicLink(link, target);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      assumeTrue(false, "this file system cannot make symbolic links: " + e);
    }
  }

  static List<String> firstLines(List<uk.org.attendance.diagnostic.Diagnostic> ds, Path base) {
    return ds.stream().map(d -> d.format(base).lines().findFirst().orElseThrow()).toList();
  }

  @Test
  void aSchoolFileThatLinksOutsideIsNotRead() throws IOException {
    folders();
    Files.copy(INHERIT.resolve("trust.yaml"), elsewhere.resolve("trust.yaml"));
    Files.copy(INHERIT.resolve("elm.yaml"), elsewhere.resolve("elm.yaml"));
    link(schools.resolve("elm.yaml"), elsewhere.resolve("elm.yaml"));
    SchoolLoader.Result r = new SchoolLoader().loadDirectory(schools);
    assertEquals(
        List.of(
            "elm.yaml: error: this file is a link to a file outside the schools folder, so it is not read"
                + " [LOAD-FILE]"),
        firstLines(r.diagnostics(), schools));
    assertEquals(
        "copy the file itself into schools instead of linking to it",
        r.diagnostics().get(0).hint());
    assertEquals(List.of(), r.schools());
    assertEquals(List.of(), r.files(), "nothing was read");
  }

  @Test
  void aBaseFileThatLinksOutsideIsRefusedAtItsExtendsLine() throws IOException {
    folders();
    Files.copy(INHERIT.resolve("trust.yaml"), elsewhere.resolve("trust.yaml"));
    Files.copy(INHERIT.resolve("elm.yaml"), schools.resolve("elm.yaml"));
    link(schools.resolve("trust.yaml"), elsewhere.resolve("trust.yaml"));
    SchoolLoader.Result r = new SchoolLoader().loadDirectory(schools);
    assertEquals(
        List.of(
            "elm.yaml:1:10: error: the base file 'trust.yaml' is a link to a file outside the schools folder [LOAD-EXTENDS]",
            "trust.yaml: error: this file is a link to a file outside the schools folder, so it is not read [LOAD-FILE]"),
        firstLines(r.diagnostics(), schools));
    assertEquals(List.of(), r.schools());
  }

  @Test
  void aBaseFileReachedThroughALinkedFolderIsRefused() throws IOException {
    folders();
    Files.copy(INHERIT.resolve("trust.yaml"), elsewhere.resolve("trust.yaml"));
    Files.writeString(
        schools.resolve("elm.yaml"),
        Files.readString(INHERIT.resolve("elm.yaml"))
            .replace("extends: trust.yaml", "extends: shared/trust.yaml"));
    link(schools.resolve("shared"), elsewhere);
    SchoolLoader.Result r = new SchoolLoader().loadDirectory(schools);
    assertEquals(
        List.of(
            "elm.yaml:1:10: error: the base file 'shared/trust.yaml' is a link to a file outside the"
                + " schools folder [LOAD-EXTENDS]"),
        firstLines(r.diagnostics(), schools));
    assertEquals(
        "keep base files in the schools folder (schools) or below it",
        r.diagnostics().get(0).hint());
  }

  @Test
  void linksThatStayInsideAreFollowedAndALinkedSchoolsFolderIsFine() throws IOException {
    folders();
    Files.createDirectories(schools.resolve(".shared"));
    Files.copy(INHERIT.resolve("trust.yaml"), schools.resolve(".shared/trust.yaml"));
    Files.copy(INHERIT.resolve("elm.yaml"), schools.resolve("elm.yaml"));
    link(schools.resolve("trust.yaml"), schools.resolve(".shared/trust.yaml"));
    link(dir.resolve("linked-schools"), schools);
    SchoolLoader.Result r = new SchoolLoader().loadDirectory(dir.resolve("linked-schools"));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(List.of("elm"), r.schools().stream().map(s -> s.id()).toList());
  }

  /**
   * The golden school, its logo given as {@code logo}, rendered (rules.json and the web page only).
   */
  AttendanceCompiler.RenderResult renderWithLogo(String logo) throws IOException {
    Files.writeString(
        schools.resolve("school.yaml"),
        Files.readString(GOLDEN.resolve("school.yaml"))
            .replace("  logo: logo.png", "  logo: " + logo));
    return new AttendanceCompiler()
        .render(
            schools,
            dir.resolve("out"),
            null,
            Instant.EPOCH,
            LocalDate.of(2026, 1, 1),
            "policy.html");
  }

  @Test
  void aLogoThatLinksOutsideIsRefusedAtItsLine() throws IOException {
    folders();
    Files.copy(GOLDEN.resolve("logo.png"), elsewhere.resolve("secret.png"));
    link(schools.resolve("logo.png"), elsewhere.resolve("secret.png"));
    AttendanceCompiler.RenderResult r = renderWithLogo("logo.png");
    assertEquals(
        List.of(
            "school.yaml:13:9: error: the logo 'logo.png' is a link to a file outside the schools folder;"
                + " put the image itself inside schools [RENDER]"),
        firstLines(r.diagnostics(), schools));
    assertEquals("use a PNG or JPEG file inside the schools folder", r.diagnostics().get(0).hint());
    assertTrue(Files.notExists(dir.resolve("out/oakfield-primary/policy.html")));
  }

  @Test
  void aLogoInALinkedFolderOutsideIsRefused() throws IOException {
    folders();
    Files.copy(GOLDEN.resolve("logo.png"), elsewhere.resolve("logo.png"));
    link(schools.resolve("art"), elsewhere);
    AttendanceCompiler.RenderResult r = renderWithLogo("art/logo.png");
    assertEquals(
        List.of(
            "school.yaml:13:9: error: the logo 'art/logo.png' is a link to a file outside the schools"
                + " folder; put the image itself inside schools [RENDER]"),
        firstLines(r.diagnostics(), schools));
  }

  @Test
  void aLogoLinkThatStaysInsideIsUsed() throws IOException {
    folders();
    Files.copy(GOLDEN.resolve("logo.png"), schools.resolve("crest.png"));
    link(schools.resolve("logo.png"), schools.resolve("crest.png"));
    AttendanceCompiler.RenderResult r = renderWithLogo("logo.png");
    assertEquals(List.of(), r.diagnostics());
    assertTrue(
        Files.readString(dir.resolve("out/oakfield-primary/policy.html"))
            .contains("data:image/png;base64,"));
  }

  @Test
  void aTemplateThatLinksOutsideIsRefused() throws Exception {
    folders();
    Path templates = dir.resolve("templates");
    uk.org.attendance.render.TemplatesTestSupport.copyHouseStyle(templates);
    Path leaflet = templates.resolve("leaflet/leaflet.ftlh");
    Files.move(leaflet, elsewhere.resolve("leaflet.ftlh"));
    link(leaflet, elsewhere.resolve("leaflet.ftlh"));
    Files.copy(GOLDEN.resolve("school.yaml"), schools.resolve("school.yaml"));
    Files.copy(GOLDEN.resolve("logo.png"), schools.resolve("logo.png"));
    AttendanceCompiler.RenderResult r =
        new AttendanceCompiler()
            .render(
                schools,
                dir.resolve("out"),
                templates,
                Instant.EPOCH,
                LocalDate.of(2026, 1, 1),
                "policy.html");
    assertEquals(
        List.of(
            "templates/leaflet/leaflet.ftlh: error: 'leaflet/leaflet.ftlh' is a link to a file outside"
                + " the templates folder, so it is not read; put the file itself in the folder [RENDER]"),
        firstLines(r.diagnostics(), dir));
    assertTrue(Files.notExists(dir.resolve("out")), "nothing written");
  }

  @Test
  void aTemplatesFolderThatIsItselfALinkIsReadAndFingerprintedWhereItLeads() throws Exception {
    folders();
    Path templates = dir.resolve("templates");
    uk.org.attendance.render.TemplatesTestSupport.copyHouseStyle(templates);
    link(dir.resolve("linked-templates"), templates);
    assertEquals(
        uk.org.attendance.render.Templates.from(templates).fingerprint(),
        uk.org.attendance.render.Templates.from(dir.resolve("linked-templates")).fingerprint());
  }

  @Test
  void aPolicyInAnAuditedFolderThatLinksOutsideIsNotRead() throws IOException {
    folders();
    Path policies = Files.createDirectories(dir.resolve("policies"));
    Files.copy(
        Path.of("src/test/resources/audit/sources/kelvedon-hatch-primary.txt"),
        policies.resolve("kelvedon.txt"));
    Files.writeString(
        elsewhere.resolve("private.txt"), "Attendance policy. SECRET-NOT-FOR-THE-REPORT\n");
    link(policies.resolve("private.txt"), elsewhere.resolve("private.txt"));
    uk.org.attendance.audit.Auditor.Result r =
        new AttendanceCompiler().audit(List.of(policies), LocalDate.of(2026, 1, 1));
    assertEquals(
        List.of(
            "private.txt: error: this file is a link to a file outside the folder being read, so it is"
                + " not read [AUDIT-FILE]"),
        firstLines(
            r.findings().stream()
                .map(f -> f.diagnostic())
                .filter(d -> d.at().file().getFileName().toString().equals("private.txt"))
                .toList(),
            policies));
    assertTrue(
        r.policies().stream()
            .noneMatch(p -> p.text() != null && p.text().plainText().contains("SECRET")));
    assertEquals(2, r.policies().size(), "the policy inside is audited");
  }
}
