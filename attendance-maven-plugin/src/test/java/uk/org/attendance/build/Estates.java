package uk.org.attendance.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Estates to shard, made from the bundled schools: standalone schools in nested folders, copies of
 * the federation of seven (one with a second level of base), and files that do not load.
 */
public final class Estates {

  /** The bundled school models. */
  public static final Path BUNDLED = Path.of("../schools/models");

  private Estates() {}

  /**
   * Writes a synthetic estate under {@code dir}.
   *
   * @param standalone how many schools on their own (copies of the four bundled ones)
   * @param trusts how many copies of the federation of seven; the first has three members behind a
   *     regional base that extends the federation's
   * @param broken whether to add files that do not load: a YAML syntax error, a duplicate id, a
   *     value of the wrong kind, and a member whose base is missing
   * @return {@code dir}
   */
  public static Path synthetic(Path dir, int standalone, int trusts, boolean broken)
      throws IOException {
    List<Path> patterns;
    try (Stream<Path> files = Files.list(BUNDLED)) {
      patterns = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (int i = 0; i < standalone; i++) {
      String text = read(patterns.get(i % patterns.size()));
      String id =
          text.lines()
              .filter(l -> l.startsWith("  id: "))
              .findFirst()
              .orElseThrow()
              .substring(6)
              .strip();
      String copy =
          text.replaceFirst("(?m)^  id: .*$", "  id: " + id + "-" + i)
              .replaceFirst("(?m)^  name: (.*)$", "  name: $1 (" + i + ")");
      write(dir.resolve(String.format(Locale.ROOT, "region-%d/school-%03d.yaml", i % 3, i)), copy);
    }
    for (int t = 1; t <= trusts; t++) {
      Path trust = dir.resolve("trust-" + t);
      write(
          trust.resolve("federation.yaml"),
          read(BUNDLED.resolve("hmfa/federation.yaml"))
              .replaceFirst("(?m)^  shortName: HMFA$", "  shortName: HMFA " + t));
      int m = 0;
      try (Stream<Path> members = Files.list(BUNDLED.resolve("hmfa"))) {
        for (Path member : members.filter(p -> !p.endsWith("federation.yaml")).sorted().toList()) {
          String text = read(member).replaceFirst("(?m)^(  id: .*)$", "$1-t" + t);
          boolean regional = t == 1 && m++ < 3;
          write(
              regional
                  ? trust.resolve("south/" + member.getFileName())
                  : trust.resolve(member.getFileName()),
              regional ? text.replace("extends: federation.yaml", "extends: region.yaml") : text);
        }
      }
      if (t == 1) {
        write(trust.resolve("south/region.yaml"), "extends: ../federation.yaml\n");
      }
    }
    if (broken) {
      write(dir.resolve("broken/syntax.yaml"), "school:\n  id: broken\n  name: \"never closed\n");
      String first = read(patterns.get(0));
      write(dir.resolve("broken/same-id.yaml"), read(dir.resolve("region-0/school-000.yaml")));
      write(
          dir.resolve("broken/wrong-kind.yaml"),
          first
              .replaceFirst("(?m)^  id: .*$", "  id: wrong-kind")
              .replaceFirst("(?m)^school:$", "school:\n  urn: [1, 2]"));
      write(
          dir.resolve("broken/orphan.yaml"), "extends: no-such-base.yaml\nschool:\n  id: orphan\n");
    }
    return dir;
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  private static void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
