package uk.org.attendance.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helpers: write drafts to a folder, and fill in their FILL IN values as a school would. */
final class Drafts {

  private static final Pattern FILL =
      Pattern.compile("^(\\s*(?:- )?)([A-Za-z]+): \"FILL IN[^\"]*\"(.*)$");

  private Drafts() {}

  /** Writes every draft under a folder, as the importer would, and returns the files. */
  static List<Path> write(PolicyImporter.Result r, Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    for (PolicyImporter.Drafted d : r.drafts()) {
      Path p = dir.resolve(d.file());
      Files.createDirectories(p.getParent());
      Files.writeString(p, d.text(), StandardCharsets.UTF_8);
      out.add(p);
    }
    return out;
  }

  /**
   * A draft with every FILL IN replaced as a school might: where the source states several values,
   * the first it states; where it states none, a plain choice (maintained, primary, ...).
   */
  static String filled(PolicyImporter.Drafted d) {
    List<String> lines = new ArrayList<>(d.text().lines().toList());
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = FILL.matcher(lines.get(i));
      if (!m.matches()) {
        continue;
      }
      String key = m.group(2);
      String value = null;
      for (Map.Entry<String, List<String>> c : d.choices().entrySet()) {
        String line = lines.get(i);
        if (c.getKey().endsWith("." + key) && c.getValue().stream().allMatch(line::contains)) {
          value = c.getValue().get(0);
          break;
        }
      }
      if (value == null) {
        value =
            switch (key.toLowerCase(Locale.ROOT)) {
              case "type" -> "maintained";
              case "phase" -> "primary";
              case "kind" -> "multi-academy-trust";
              case "name" -> "Mrs A Example";
              case "opens" -> "08:45";
              case "title" -> "Attendance Policy";
              default -> throw new IllegalStateException("no value to fill in for " + lines.get(i));
            };
      }
      lines.set(i, m.group(1) + key + ": \"" + value.replace("\"", "\\\"") + "\"" + m.group(3));
    }
    return String.join("\n", lines) + "\n";
  }

  /** Every draft of a result, filled in, written under a folder. */
  static void writeFilled(PolicyImporter.Result r, Path dir) throws IOException {
    for (PolicyImporter.Drafted d : r.drafts()) {
      Path p = dir.resolve(d.file());
      Files.createDirectories(p.getParent());
      Files.writeString(p, filled(d), StandardCharsets.UTF_8);
    }
  }
}
