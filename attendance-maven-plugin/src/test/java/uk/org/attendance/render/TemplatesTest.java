package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.diagnostic.Diagnostic;

/** Templates are locked down, and every template error names its file and line. */
class TemplatesTest {

  static Templates custom(Path dir, String policy) throws Exception {
    Files.createDirectories(dir.resolve("policy"));
    Files.writeString(dir.resolve("policy/policy.ftlh"), policy, StandardCharsets.UTF_8);
    return Templates.from(dir);
  }

  @Test
  void aMissingVariableNamesTheTemplateLineAndExpression(@TempDir Path dir) throws Exception {
    Templates t = custom(dir, "<p>${cover.name}</p>\n<p>${cover.nmae}</p>\n");
    RenderException e =
        assertThrows(
            RenderException.class,
            () -> t.render("policy/policy.ftlh", Map.of("cover", Map.of("name", "Oakfield"))));
    assertEquals("policy/policy.ftlh", e.source());
    assertEquals(2, e.line());
    assertEquals(6, e.column());
    assertTrue(e.getMessage().startsWith("'cover.nmae': "), e.getMessage());
  }

  @Test
  void refusesNewAndApiAndIncludesOutsideTheFolder(@TempDir Path dir) throws Exception {
    Templates newBuiltin =
        custom(
            dir.resolve("a"),
            "<#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"id\")}");
    assertTrue(
        assertThrows(RenderException.class, () -> newBuiltin.render("policy/policy.ftlh", Map.of()))
            .getMessage()
            .contains("not allowed"));
    Templates api = custom(dir.resolve("b"), "${cover?api.getClass()}");
    assertTrue(
        assertThrows(
                RenderException.class,
                () -> api.render("policy/policy.ftlh", Map.of("cover", Map.of())))
            .getMessage()
            .contains("api"));
    Templates include = custom(dir.resolve("c"), "<#include \"../../../../../../etc/passwd\">");
    RenderException e =
        assertThrows(RenderException.class, () -> include.render("policy/policy.ftlh", Map.of()));
    assertEquals(1, e.line());
  }

  @Test
  void aSyntaxErrorNamesTheLine(@TempDir Path dir) throws Exception {
    Templates t = custom(dir, "<p>ok</p>\n<#if true>\n<p>never closed</p>\n");
    RenderException e =
        assertThrows(RenderException.class, () -> t.render("policy/policy.ftlh", Map.of()));
    assertEquals("policy/policy.ftlh", e.source());
    assertTrue(e.line() >= 2, "line " + e.line());
    assertTrue(e.getMessage().startsWith("the template cannot be read: "), e.getMessage());
  }

  @Test
  void aBrokenCustomTemplateFailsTheRenderWithALocatedFinding(@TempDir Path dir) throws Exception {
    Path templates = dir.resolve("brand");
    copyHouseStyle(templates);
    Path policy = templates.resolve("policy/policy.ftlh");
    Files.writeString(
        policy,
        Files.readString(policy).replace("${cover.policyTitle}</h1>", "${cover.policyTitel}</h1>"));
    AttendanceCompiler.RenderResult r =
        new AttendanceCompiler()
            .render(
                Path.of("src/test/resources/golden/policy"),
                dir.resolve("out"),
                templates,
                Instant.EPOCH,
                LocalDate.of(2026, 1, 1));
    assertEquals(1, r.diagnostics().size());
    Diagnostic d = r.diagnostics().get(0);
    assertEquals("RENDER", d.ruleId());
    assertTrue(d.at().file().endsWith(Path.of("policy/policy.ftlh")), d.at().toString());
    assertTrue(d.at().line() > 0);
    assertTrue(d.message().startsWith("'cover.policyTitel': "), d.message());
    assertEquals(List.of(), r.written(), "nothing half-written");
    assertTrue(Files.notExists(dir.resolve("out/oakfield-primary/policy.pdf")));
  }

  @Test
  void aCustomTemplatesFolderReBrands(@TempDir Path dir) throws Exception {
    Path templates = dir.resolve("brand");
    copyHouseStyle(templates);
    Path css = templates.resolve("css/base.css");
    Files.writeString(css, Files.readString(css).replace("#0b3d6b", "#7a1f5c"));
    AttendanceCompiler.RenderResult r =
        new AttendanceCompiler()
            .render(
                Path.of("src/test/resources/golden/policy"),
                dir.resolve("out"),
                templates,
                Instant.EPOCH,
                LocalDate.of(2026, 1, 1));
    assertEquals(List.of(), r.diagnostics());
    assertTrue(
        Files.readString(dir.resolve("out/oakfield-primary/policy.html")).contains("#7a1f5c"));
  }

  static void copyHouseStyle(Path to) throws Exception {
    Path from = Path.of("../templates");
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
