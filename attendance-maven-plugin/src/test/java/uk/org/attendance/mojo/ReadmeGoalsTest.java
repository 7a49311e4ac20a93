package uk.org.attendance.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README's goals and parameters are the plugin's, as its descriptor says (the way the rule
 * table is held to {@code Rules.ALL}). The descriptor is the {@code plugin.xml} that
 * maven-plugin-plugin writes from the mojos' annotations in {@code process-classes}, before the
 * tests run.
 *
 * <p>The README's "What works today" table names every goal; its "Goals" table is one table with a
 * row group per goal, whose parameters are listed there or in the section it links to ("see
 * [...](#anchor)": the first parameter table under that heading). A parameter is written {@code
 * `name` (`property`)}, one or more to a row; a default cell that starts with a code span states
 * the descriptor's default value, one that starts with "required" a required parameter, and any
 * other says in words what happens when it is not set.
 */
class ReadmeGoalsTest {

  static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
  static final Path README = Path.of("../README.md");

  /** Goals maven-plugin-plugin may generate that are not ours to document. */
  static final Set<String> INTERNAL = Set.of("help");

  private static final Pattern PARAMETER = Pattern.compile("`(\\w+)`(?: \\(`([\\w.]+)`\\))?");
  private static final Pattern SEE = Pattern.compile("^see \\[[^]]+]\\(#([\\w-]+)\\)$");
  private static final Pattern CODE_SPAN = Pattern.compile("^`([^`]+)`");

  /** A parameter as a user sets it: its property, its default value, and whether it is required. */
  record Param(String property, String defaultValue, boolean required) {}

  @Test
  void theGoalsListedAreThePluginsGoals() throws Exception {
    List<String> listed = new ArrayList<>();
    for (List<String> row : table(lines(), "| goal | what it does |")) {
      Matcher m = Pattern.compile("^`attendance:([\\w-]+)`$").matcher(row.get(0));
      assertTrue(m.matches(), "a goal is written `attendance:<goal>`: " + row);
      listed.add(m.group(1));
    }
    assertEquals(
        descriptor().keySet(),
        new TreeSet<>(listed),
        "README \"What works today\" against plugin.xml");
    assertEquals(new TreeSet<>(listed).size(), listed.size(), "each goal once");
  }

  @Test
  void eachGoalsParametersAreItsDescriptorsParameters() throws Exception {
    Map<String, Map<String, Param>> plugin = descriptor();
    Map<String, Map<String, Param>> readme = readmeParameters();
    assertEquals(plugin.keySet(), readme.keySet(), "the goals in README's Goals table");
    List<String> problems = new ArrayList<>();
    for (String goal : plugin.keySet()) {
      Map<String, Param> want = plugin.get(goal);
      Map<String, Param> have = readme.get(goal);
      for (String name : new TreeSet<>(union(want.keySet(), have.keySet()))) {
        if (!want.containsKey(name)) {
          problems.add(goal + ": README lists " + name + ", which the goal does not take");
        } else if (!have.containsKey(name)) {
          problems.add(goal + ": README does not list " + name + " " + want.get(name));
        } else if (!want.get(name).equals(have.get(name))) {
          problems.add(
              goal + ": " + name + " is " + want.get(name) + ", README says " + have.get(name));
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theGoalsTableIsOneTable() throws Exception {
    List<String> lines = lines();
    int start = lines.indexOf("## Goals");
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).startsWith("## ")) {
      end++;
    }
    long tables = 0;
    for (int i = start; i < end; i++) {
      if (lines.get(i).startsWith("|") && !lines.get(i - 1).startsWith("|")) {
        tables++;
      }
    }
    assertEquals(
        1,
        tables,
        "a blank line in the middle of a table starts another table, which Markdown shows apart");
  }

  @Test
  void theReaderSeesEachKindOfRow() throws Exception {
    Map<String, Map<String, Param>> readme = readmeParameters();
    assertEquals(
        new Param("attendance.outputDirectory", "${project.build.directory}/attendance", false),
        readme.get("render").get("outputDirectory"),
        "a parameter of the Goals table");
    assertEquals(
        new Param("attendance.rules", null, true),
        readme.get("evaluate").get("rules"),
        "a linked section's");
    assertEquals(
        new Param("attendance.codeColumn", null, false),
        readme.get("evaluate").get("codeColumn"),
        "one of several on a row");
    assertEquals(
        new Param(null, "${project.build.outputTimestamp}", false),
        readme.get("render").get("outputTimestamp"),
        "a parameter with no property");
  }

  /** The user-facing (editable) parameters of each goal in plugin.xml. */
  static Map<String, Map<String, Param>> descriptor() throws Exception {
    assertTrue(
        Files.exists(DESCRIPTOR), DESCRIPTOR + " is written in process-classes, before the tests");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element root = f.newDocumentBuilder().parse(DESCRIPTOR.toFile()).getDocumentElement();
    Map<String, Map<String, Param>> out = new TreeMap<>();
    for (Element mojo : children(child(root, "mojos"), "mojo")) {
      String goal = text(mojo, "goal");
      if (INTERNAL.contains(goal)) {
        continue;
      }
      Map<String, Element> configuration = new LinkedHashMap<>();
      Element config = child(mojo, "configuration");
      if (config != null) {
        for (Element e : children(config, null)) {
          configuration.put(e.getTagName(), e);
        }
      }
      Map<String, Param> params = new TreeMap<>();
      for (Element p : children(child(mojo, "parameters"), "parameter")) {
        if (!Boolean.parseBoolean(text(p, "editable"))) {
          continue;
        }
        String name = text(p, "name");
        Element c = configuration.get(name);
        String expression = c == null ? "" : c.getTextContent().strip();
        String property =
            expression.startsWith("${") ? expression.substring(2, expression.length() - 1) : null;
        String defaultValue =
            c == null || c.getAttribute("default-value").isEmpty()
                ? null
                : c.getAttribute("default-value");
        params.put(
            name, new Param(property, defaultValue, Boolean.parseBoolean(text(p, "required"))));
      }
      out.put(goal, params);
    }
    assertTrue(out.size() >= 6, "the descriptor was read: " + out.keySet());
    return out;
  }

  /**
   * Each goal's parameters as the README's Goals table, and the sections it links to, list them.
   */
  static Map<String, Map<String, Param>> readmeParameters() throws IOException {
    List<String> lines = lines();
    Map<String, Map<String, Param>> out = new TreeMap<>();
    String goal = null;
    for (List<String> row : table(lines, "| goal | parameter (property) | default |")) {
      if (!row.get(0).isEmpty()) {
        Matcher m = Pattern.compile("^`([\\w-]+)`$").matcher(row.get(0));
        assertTrue(m.matches(), "a goal is written `<goal>`: " + row);
        goal = m.group(1);
        assertTrue(out.put(goal, new TreeMap<>()) == null, "each goal once: " + goal);
      }
      assertTrue(goal != null, "the first row names its goal");
      Matcher see = SEE.matcher(row.get(1));
      if (see.matches()) {
        int heading = heading(lines, see.group(1));
        List<List<String>> section =
            table(lines.subList(heading, next(lines, heading)), "| parameter (property) |");
        String header = lines.get(indexOf(lines, heading, "| parameter (property) |"));
        int defaultColumn = cells(header).indexOf("default");
        assertTrue(
            defaultColumn > 0,
            "the parameter table under #" + see.group(1) + " has a default column: " + header);
        for (List<String> r : section) {
          add(out.get(goal), goal, r.get(0), r.get(defaultColumn));
        }
      } else {
        add(out.get(goal), goal, row.get(1), row.get(2));
      }
    }
    return out;
  }

  private static void add(
      Map<String, Param> params, String goal, String names, String defaultCell) {
    Matcher m = PARAMETER.matcher(names);
    int found = 0;
    while (m.find()) {
      Matcher code = CODE_SPAN.matcher(defaultCell);
      Param p =
          new Param(
              m.group(2), code.find() ? code.group(1) : null, defaultCell.startsWith("required"));
      assertTrue(params.put(m.group(1), p) == null, goal + ": " + m.group(1) + " is listed twice");
      found++;
    }
    assertTrue(found > 0, goal + ": a row names no parameter: " + names);
  }

  /**
   * The rows (cells, without the header and the rule) of the table whose header starts with {@code
   * header}.
   */
  private static List<List<String>> table(List<String> lines, String header) {
    int start = indexOf(lines, 0, header);
    List<List<String>> rows = new ArrayList<>();
    for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      rows.add(cells(lines.get(i)));
    }
    assertTrue(!rows.isEmpty(), "the table " + header + " has rows");
    return rows;
  }

  private static int indexOf(List<String> lines, int from, String prefix) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("README has no table " + prefix);
  }

  private static List<String> cells(String row) {
    String inner = row.strip();
    inner = inner.substring(1, inner.length() - (inner.endsWith("|") ? 1 : 0));
    List<String> out = new ArrayList<>();
    for (String c : inner.split("\\|", -1)) {
      out.add(c.strip());
    }
    return out;
  }

  /** The line of the heading GitHub gives {@code anchor}. */
  private static int heading(List<String> lines, String anchor) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("#")) {
        String title = lines.get(i).replaceFirst("^#+ ", "");
        String slug =
            title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
        if (slug.equals(anchor)) {
          return i;
        }
      }
    }
    throw new AssertionError("README has no heading #" + anchor);
  }

  /** The line of the next heading after {@code heading}, or the end. */
  private static int next(List<String> lines, int heading) {
    for (int i = heading + 1; i < lines.size(); i++) {
      if (lines.get(i).startsWith("#")) {
        return i;
      }
    }
    return lines.size();
  }

  private static List<String> lines() throws IOException {
    // Headings inside code blocks are not headings.
    List<String> out = new ArrayList<>();
    boolean code = false;
    for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
      if (line.startsWith("```")) {
        code = !code;
      }
      out.add(code && line.startsWith("#") ? "" : line);
    }
    return out;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? "" : e.getTextContent().strip();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.addAll(b);
    return out;
  }
}
