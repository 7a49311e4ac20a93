package uk.org.attendance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An estate of synthetic schools on disk, made from the bundled ones: each standalone school file
 * is copied with a new id, name and short name, and its times (in its fields and in its prose
 * alike) moved by up to ten minutes; each bundled trust folder (a base file that the others extend)
 * is copied whole as a new trust, with a new trust name, new member ids and names, and one shift of
 * times for the base and all its members, so that federations exist. Deterministic: the same
 * arguments write the same bytes.
 *
 * <p>Development only (test code): the benchmark's source of schools.
 */
final class SyntheticSchools {

  /** One trust folder of the bundled models: its base file and its members. */
  record TrustPattern(Path base, List<Path> members) {}

  /** What was written: the schools' ids in the order written, and how many trusts. */
  record Estate(List<String> ids, int trusts) {}

  /** A time written like 8.50am, 9.15 am or 1:15pm. */
  private static final Pattern TIME =
      Pattern.compile("(?<![\\d.:])(1[0-2]|0?[1-9])([.:])([0-5][0-9])( ?)(am|pm)\\b");

  /** A time written on the 24-hour clock, two digits for the hour: 08:40, 08.30, 13:00. */
  private static final Pattern TIME_24 =
      Pattern.compile(
          "(?<![\\d.:])([01][0-9]|2[0-3])([.:])([0-5][0-9])(?![\\d:]|\\.\\d|am|pm| am| pm)");

  private static final String[] PLACES = {
    "Oakfield",
    "Ashby",
    "Brook Lane",
    "Castlemead",
    "Denholme",
    "Elmhurst",
    "Fairview",
    "Greenacres",
    "Hollybank",
    "Ivy Lane",
    "Juniper Hill",
    "Kingsmead",
    "Longmoor",
    "Meadowside",
    "Northgate",
    "Orchard Vale",
    "Parkside",
    "Queensbury",
    "Riverside",
    "St Anne's",
    "St Mark's",
    "Thornbury",
    "Upperby",
    "Westfield",
    "Yew Tree",
    "Willowbrook",
    "Highfield",
    "Moorland",
    "Hillcrest",
    "Southfields"
  };

  private SyntheticSchools() {}

  /**
   * Writes {@code schools} synthetic schools under {@code dir} (which must be empty or absent).
   *
   * @param bundled the bundled models: standalone school files, and trust folders
   * @param dir where the estate is written: standalone schools at the top, each trust in its own
   *     folder
   * @param schools how many schools (members of a trust count one each; bases are not schools)
   * @param trusts whether to include trusts (every fifth pattern used is a trust, when one is
   *     bundled)
   * @return the ids written
   */
  static Estate write(Path bundled, Path dir, int schools, boolean trusts) throws IOException {
    List<Path> standalone;
    List<TrustPattern> trustPatterns = new ArrayList<>();
    try (Stream<Path> files = Files.list(bundled)) {
      standalone =
          files
              .filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p))
              .sorted()
              .toList();
    }
    if (trusts) {
      try (Stream<Path> dirs = Files.list(bundled)) {
        for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
          TrustPattern t = trustPattern(d);
          if (t != null) {
            trustPatterns.add(t);
          }
        }
      }
    }
    if (standalone.isEmpty()) {
      throw new IOException("no standalone school file in " + bundled);
    }
    Files.createDirectories(dir);
    List<String> ids = new ArrayList<>();
    int trustCount = 0;
    for (int unit = 0; ids.size() < schools; unit++) {
      int left = schools - ids.size();
      if (!trustPatterns.isEmpty() && unit % 5 == 4) {
        TrustPattern t = trustPatterns.get((unit / 5) % trustPatterns.size());
        if (t.members().size() <= left) {
          writeTrust(t, dir, trustCount++, unit, ids);
          continue;
        }
      }
      Path pattern = standalone.get(unit % standalone.size());
      int n = ids.size();
      String id = id(n);
      String text = Files.readString(pattern);
      text = renamed(text, id, name(n, kind(text)), shortName(n));
      Files.writeString(dir.resolve(id + ".yaml"), shifted(text, shift(unit)));
      ids.add(id);
    }
    return new Estate(List.copyOf(ids), trustCount);
  }

  private static void writeTrust(TrustPattern t, Path dir, int trust, int unit, List<String> ids)
      throws IOException {
    Path folder = dir.resolve(String.format(Locale.ROOT, "trust-%05d", trust));
    Files.createDirectories(folder);
    int minutes = shift(unit);
    String base = Files.readString(t.base());
    String trustName = PLACES[trust % PLACES.length] + " Federation " + trust;
    base =
        base.replaceFirst("(?m)^(trust:\\R  name: ).*$", "$1" + trustName)
            .replaceFirst("(?m)^(  shortName: ).*$", "$1" + "F" + trust);
    Files.writeString(folder.resolve(t.base().getFileName()), shifted(base, minutes));
    for (Path member : t.members()) {
      int n = ids.size();
      String id = id(n);
      String text = renamed(Files.readString(member), id, name(n, "Primary Academy"), shortName(n));
      Files.writeString(folder.resolve(member.getFileName()), shifted(text, minutes));
      ids.add(id);
    }
  }

  /** A bundled folder whose files extend one of them, or null. */
  private static TrustPattern trustPattern(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    Path base = null;
    List<Path> members = new ArrayList<>();
    for (Path f : files) {
      Matcher m = Pattern.compile("(?m)^extends: *(\\S+)").matcher(Files.readString(f));
      if (m.find()) {
        members.add(f);
        base = folder.resolve(m.group(1));
      }
    }
    return base == null || !Files.isRegularFile(base) || members.isEmpty()
        ? null
        : new TrustPattern(base, members);
  }

  static String id(int n) {
    return PLACES[n % PLACES.length].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        + String.format(Locale.ROOT, "-%05d", n);
  }

  private static String name(int n, String kind) {
    return PLACES[n % PLACES.length] + " " + kind + " (synthetic " + n + ")";
  }

  private static String shortName(int n) {
    return PLACES[n % PLACES.length] + " " + n;
  }

  private static String kind(String text) {
    String name = text.lines().filter(l -> l.startsWith("  name: ")).findFirst().orElse("");
    return name.contains("Infant")
        ? "Infant and Nursery School"
        : name.contains(" CE ") ? "CE Primary School" : "Primary School";
  }

  /**
   * The school's id, name and short name (the first of each, indented two spaces: the school's own)
   * replaced.
   */
  static String renamed(String text, String id, String name, String shortName) {
    String out =
        text.replaceFirst(
            "(?m)^(school:\\R(?:  .*\\R|\\s*#.*\\R|\\R)*?)  id: .*$", "$1  id: " + id);
    if (out.equals(text)) {
      throw new IllegalArgumentException("no school id to replace");
    }
    out =
        out.replaceFirst(
            "(?m)^(school:\\R(?:  .*\\R|\\s*#.*\\R|\\R)*?)  name: .*$",
            "$1  name: " + quoted(name));
    return out.replaceFirst(
        "(?m)^(school:\\R(?:  .*\\R|\\s*#.*\\R|\\R)*?)  shortName: .*$",
        "$1  shortName: " + quoted(shortName));
  }

  private static String quoted(String s) {
    return Matcher.quoteReplacement("\"" + s.replace("\"", "'") + "\"");
  }

  /** -10, -5, 0, +5 or +10 minutes. */
  private static int shift(int unit) {
    return ((unit * 7) % 5 - 2) * 5;
  }

  /**
   * Every clock time (8.50am, 9.15 am, 08:40, 13.00), in fields and prose alike, moved by {@code
   * minutes}, each written as it was.
   */
  static String shifted(String text, int minutes) {
    if (minutes == 0) {
      return text;
    }
    Matcher m = TIME.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      int hour = Integer.parseInt(m.group(1)) % 12 + (m.group(5).equals("pm") ? 12 : 0);
      int t = Math.floorMod(hour * 60 + Integer.parseInt(m.group(3)) + minutes, 24 * 60);
      int h = t / 60;
      int h12 = h % 12 == 0 ? 12 : h % 12;
      m.appendReplacement(
          out,
          String.format(
              Locale.ROOT,
              "%d%s%02d%s%s",
              h12,
              m.group(2),
              t % 60,
              m.group(4),
              h < 12 ? "am" : "pm"));
    }
    m.appendTail(out);
    m = TIME_24.matcher(out.toString());
    StringBuilder out24 = new StringBuilder(out.length());
    while (m.find()) {
      int t =
          Math.floorMod(
              Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(3)) + minutes, 24 * 60);
      m.appendReplacement(
          out24, String.format(Locale.ROOT, "%02d%s%02d", t / 60, m.group(2), t % 60));
    }
    m.appendTail(out24);
    return out24.toString();
  }
}
