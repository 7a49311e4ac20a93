package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** templates/README.md lists every file of the house style, and each view it names exists. */
class TemplatesReadmeTest {

  private static final Path TEMPLATES = Path.of("../templates");
  private static final Pattern ROW =
      Pattern.compile("^\\| `([^`]+)` \\|.*\\|(.*)\\|$", Pattern.MULTILINE);

  @Test
  void everyHouseFileIsListedOnceAndPackaged() throws Exception {
    String readme = Files.readString(TEMPLATES.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> listed = ROW.matcher(readme).results().map(m -> m.group(1)).toList();
    TreeSet<String> files = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(TEMPLATES)) {
      walk.filter(Files::isRegularFile)
          .map(p -> TEMPLATES.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals("README.md"))
          .forEach(files::add);
    }
    assertEquals(files, new TreeSet<>(listed), "the README's table and the folder");
    assertEquals(listed.size(), new TreeSet<>(listed).size(), "each file once");
    assertEquals(
        files,
        new TreeSet<>(Templates.HOUSE_FILES),
        "every file is one the plugin packages and fingerprints");
  }

  @Test
  void theViewEachTemplateReceivesExists() throws Exception {
    String readme = Files.readString(TEMPLATES.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher m = ROW.matcher(readme);
    int views = 0;
    while (m.find()) {
      Matcher view = Pattern.compile("`render/(\\w+)\\.java`").matcher(m.group(2));
      while (view.find()) {
        Class.forName("uk.org.attendance.render." + view.group(1));
        views++;
      }
    }
    assertTrue(views >= 4, "the policy, leaflet and letter views and the wording are named");
  }
}
