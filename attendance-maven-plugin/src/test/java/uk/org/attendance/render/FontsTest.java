package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fonts come from the plugin, never from the machine: the committed TTFs are exactly the ones
 * the PDF renderer registers, their licence ships beside them, and every font family the
 * stylesheets ask for by name is one of them.
 */
class FontsTest {

  static final Path FONTS = Path.of("src/main/resources/fonts/dejavu");
  static final Path CSS = Path.of("../templates/css");

  @Test
  void theCommittedFontsAreExactlyTheOnesTheRendererRegisters() throws IOException {
    Set<String> committed;
    try (Stream<Path> files = Files.list(FONTS)) {
      committed =
          new TreeSet<>(
              files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttf")).toList());
    }
    assertEquals(new TreeSet<>(PdfRenderer.fontFiles()), committed);
    for (String f : PdfRenderer.fontFiles()) {
      assertTrue(
          PdfRenderer.class.getResource("/fonts/dejavu/" + f) != null,
          f + " is not on the classpath");
    }
  }

  @Test
  void theDejaVuLicenceShipsBesideTheFonts() throws IOException {
    String licence = Files.readString(FONTS.resolve("LICENSE"));
    assertTrue(licence.contains("Bitstream Vera Fonts Copyright"), licence);
    assertTrue(licence.contains("DejaVu changes are in public domain"), licence);
    assertTrue(
        PdfRenderer.class.getResource("/fonts/dejavu/LICENSE") != null,
        "the licence is not packaged");
  }

  @Test
  void everyFamilyTheStylesheetsNameIsARegisteredFont() throws IOException {
    Pattern quoted = Pattern.compile("font-family:\\s*\"([^\"]+)\"");
    Set<String> named = new TreeSet<>();
    try (Stream<Path> files = Files.list(CSS)) {
      for (Path css : files.filter(p -> p.toString().endsWith(".css")).sorted().toList()) {
        Matcher m = quoted.matcher(Files.readString(css));
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    }
    assertEquals(Set.of("DejaVu Sans", "DejaVu Sans Mono"), named);
    List<String> files = PdfRenderer.fontFiles();
    for (String family : named) {
      String file = family.replace(" ", "") + ".ttf";
      assertTrue(files.contains(file), family + " has no regular face registered: " + files);
    }
  }
}
