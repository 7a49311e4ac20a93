package uk.org.attendance.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.files.AtomicFiles;

/**
 * Joins the check reports of the shards of one run ({@code -Dattendance.shard=K/N}) into the
 * reports of the whole estate, byte for byte those an unsharded check writes: one SARIF log (one
 * run, the rules once, the results of every shard in the order an unsharded check gives them: file,
 * line, column, severity, rule) and every school's JUnit XML. Refuses a school two folders hold, a
 * shard that is missing or given twice, and shards split different ways.
 */
public final class ReportMerger {

  /** The check goal's SARIF log. */
  public static final String SARIF = "attendance.sarif";

  /** Written by a sharded check beside its reports: which shard they are ("2/4"). */
  public static final String SHARD_FILE = "attendance.shard";

  private static final String JUNIT_PREFIX = "TEST-attendance-";

  /** Pretty-printed as SarifWriter writes; a result written into the log is not flushed alone. */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  private ReportMerger() {}

  /** Reports that cannot be merged; the message is the sentence to show, hint included. */
  public static final class MergeException extends Exception {
    private static final long serialVersionUID = 1L;

    MergeException(String problem, String hint) {
      super(problem + ": " + hint);
    }
  }

  /**
   * What was merged.
   *
   * @param folders the shards' report folders, in order
   * @param written every file written
   * @param suites how many JUnit files (one per school, and one per file that did not load)
   * @param findings the merged SARIF results that are not suppressed, as check prints them
   * @param errors unsuppressed errors
   * @param warnings unsuppressed warnings
   * @param suppressed suppressed findings
   * @param sarif whether the shards wrote SARIF (the counts above come from it)
   * @param junitFailures the JUnit test cases that failed (a rule with failing findings, in one
   *     school)
   */
  public record Merged(
      List<Path> folders,
      List<Path> written,
      int suites,
      List<Reported> findings,
      long errors,
      long warnings,
      long suppressed,
      boolean sarif,
      long junitFailures) {

    public Merged {
      folders = List.copyOf(folders);
      written = List.copyOf(written);
      findings = List.copyOf(findings);
    }

    /**
     * Findings that fail the build, as they do in check; without SARIF, the JUnit test cases that
     * failed (as each shard's {@code failOnWarning} decided).
     */
    public long failing(boolean failOnWarning) {
      return sarif ? errors + (failOnWarning ? warnings : 0) : junitFailures;
    }
  }

  /**
   * An unsuppressed finding of the merged SARIF, for the log.
   *
   * @param level "error", "warning" or "note"
   * @param text "file:line:col: level: message [rule]", and its hint on a second line
   */
  public record Reported(String level, String text) {}

  /**
   * The report folders that {@code entries} name: each entry (or each part of one between commas) a
   * folder or a glob (e.g. {@code reports/check-shard-*}), relative to {@code cwd}; every folder at
   * or below one that holds a check report counts, except {@code out} and what is inside it.
   *
   * @throws MergeException if an entry names nothing, or no report is found
   */
  public static List<Path> folders(List<String> entries, Path cwd, Path out) throws MergeException {
    TreeSet<Path> found = new TreeSet<>();
    Path exclude = out.toAbsolutePath().normalize();
    List<String> given =
        entries == null
            ? List.of()
            : entries.stream()
                .flatMap(e -> java.util.Arrays.stream(e.split(",")))
                .map(String::strip)
                .filter(e -> !e.isEmpty())
                .toList();
    for (String entry : given) {
      List<Path> roots = glob(entry, cwd);
      if (roots.isEmpty()) {
        throw new MergeException(
            "the report folder '" + entry + "' does not exist", Hints.pointToShardReports());
      }
      for (Path root : roots) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(Files::isDirectory)
              .map(p -> p.toAbsolutePath().normalize())
              .filter(p -> !p.startsWith(exclude) && holdsReports(p))
              .forEach(found::add);
        } catch (IOException e) {
          throw new MergeException(
              "the report folder '" + entry + "' cannot be read (" + e.getMessage() + ")",
              Hints.pointToShardReports());
        }
      }
    }
    if (found.isEmpty()) {
      throw new MergeException(
          given.isEmpty()
              ? "no report folder is given"
              : "no check report ("
                  + SARIF
                  + " or "
                  + JUNIT_PREFIX
                  + "*.xml) is in "
                  + String.join(", ", given),
          Hints.pointToShardReports());
    }
    return List.copyOf(found);
  }

  private static List<Path> glob(String entry, Path cwd) {
    Path whole = cwd.resolve(entry).toAbsolutePath().normalize();
    if (entry.chars().noneMatch(c -> "*?[{".indexOf(c) >= 0)) {
      return Files.isDirectory(whole) ? List.of(whole) : List.of();
    }
    // Walk from the last folder before the first wildcard, as deep as the pattern goes.
    Path start = whole.getRoot();
    for (Path part : whole) {
      if (part.toString().chars().anyMatch(c -> "*?[{".indexOf(c) >= 0)) {
        break;
      }
      start = start.resolve(part);
    }
    PathMatcher matcher =
        FileSystems.getDefault().getPathMatcher("glob:" + whole.toString().replace('\\', '/'));
    int depth = whole.getNameCount() - start.getNameCount();
    if (!Files.isDirectory(start)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(start, depth)) {
      return walk.filter(Files::isDirectory).filter(matcher::matches).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static boolean holdsReports(Path dir) {
    if (Files.isRegularFile(dir.resolve(SARIF)) || Files.isRegularFile(dir.resolve(SHARD_FILE))) {
      return true;
    }
    return !junitFiles(dir).isEmpty();
  }

  private static List<Path> junitFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(ReportMerger::isJUnit).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static boolean isJUnit(Path p) {
    String name = p.getFileName().toString();
    return name.startsWith(JUNIT_PREFIX) && name.endsWith(".xml") && Files.isRegularFile(p);
  }

  /**
   * Deletes the check reports in a folder (the SARIF log is overwritten; JUnit files only if {@code
   * junit}), and the shard file, so that the folder holds one run's reports.
   */
  public static void clearCheckReports(Path dir, boolean junit) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    Files.deleteIfExists(dir.resolve(SHARD_FILE));
    if (junit) {
      deleteJUnitFiles(dir, Set.of());
    }
  }

  /** Deletes the JUnit files in a folder but those named in {@code keep}. */
  static void deleteJUnitFiles(Path dir, Set<String> keep) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    for (Path f : junitFiles(dir)) {
      if (!keep.contains(f.getFileName().toString())) {
        Files.deleteIfExists(f);
      }
    }
  }

  /**
   * Merges the shards' reports into {@code out}, which holds only the merged reports afterwards.
   *
   * @param folders each shard's report folder
   * @param out where the merged reports go; not one of {@code folders}
   * @return what was merged, and the findings that decide the build
   * @throws MergeException if the shards' reports do not make one run's (see the class comment)
   * @throws IOException if a report cannot be read or written
   */
  public static Merged merge(List<Path> folders, Path out) throws MergeException, IOException {
    List<Reported> findings = new ArrayList<>();
    Merged m = merge(folders, out, findings::add);
    return new Merged(
        m.folders(),
        m.written(),
        m.suites(),
        findings,
        m.errors(),
        m.warnings(),
        m.suppressed(),
        m.sarif(),
        m.junitFailures());
  }

  /**
   * Merges the shards' reports into {@code out} as {@link #merge(List, Path)} does, handing each
   * unsuppressed finding to {@code each} as the merged SARIF log is written, in its order, instead
   * of keeping them: the log is streamed, and so is every shard's, so an estate of any size merges
   * in the memory of one result per shard.
   *
   * @param each given each finding that decides the build, as check prints it
   * @return what was merged ({@link Merged#findings} is empty: each went to {@code each})
   */
  public static Merged merge(List<Path> folders, Path out, Consumer<Reported> each)
      throws MergeException, IOException {
    if (folders.isEmpty()) {
      throw new MergeException("no report folder is given", Hints.pointToShardReports());
    }
    Path target = out.toAbsolutePath().normalize();
    for (Path f : folders) {
      if (f.toAbsolutePath().normalize().equals(target)) {
        throw new MergeException(
            "the merged reports would overwrite the reports in " + f, Hints.mergeIntoOwnFolder());
      }
    }
    checkShards(folders);
    Map<String, Path> junit = new TreeMap<>();
    for (Path f : folders) {
      for (Path file : junitFiles(f)) {
        Path first = junit.putIfAbsent(file.getFileName().toString(), file);
        if (first != null) {
          throw new MergeException(
              file.getFileName() + " is in both " + first.getParent() + " and " + f,
              Hints.mergeEachShardOnce());
        }
      }
    }
    List<Path> withSarif =
        folders.stream().filter(f -> Files.isRegularFile(f.resolve(SARIF))).toList();
    if (!withSarif.isEmpty() && withSarif.size() < folders.size()) {
      Path without = folders.stream().filter(f -> !withSarif.contains(f)).findFirst().orElseThrow();
      throw new MergeException(
          without + " has no " + SARIF + " but " + withSarif.get(0) + " has",
          Hints.checkShardsAlike());
    }
    List<Shard> sarif = new ArrayList<>();
    for (Path f : withSarif) {
      sarif.add(Shard.read(f.resolve(SARIF), sarif.isEmpty() ? null : sarif.get(0).tool()));
    }

    AtomicFiles.createDirectories(target);
    clearCheckReports(target, true);
    List<Path> written = new ArrayList<>();
    long[] counts = new long[3];
    if (!sarif.isEmpty()) {
      Path file = target.resolve(SARIF);
      AtomicFiles.write(
          file,
          stream ->
              writeSarif(
                  sarif,
                  new OutputStreamWriter(stream, StandardCharsets.UTF_8),
                  r -> {
                    if (r.has("suppressions")) {
                      counts[2]++;
                      return;
                    }
                    String level = r.path("level").asText();
                    if (level.equals("error")) {
                      counts[0]++;
                    } else if (level.equals("warning")) {
                      counts[1]++;
                    }
                    each.accept(new Reported(level, format(r, level)));
                  }));
      written.add(file);
    }
    long failures = 0;
    for (Map.Entry<String, Path> e : junit.entrySet()) {
      Path file = target.resolve(e.getKey());
      byte[] bytes = Files.readAllBytes(e.getValue());
      AtomicFiles.write(file, bytes);
      written.add(file);
      failures += new String(bytes, StandardCharsets.UTF_8).split("<failure ", -1).length - 1;
    }
    return new Merged(
        folders,
        written,
        junit.size(),
        List.of(),
        counts[0],
        counts[1],
        counts[2],
        !sarif.isEmpty(),
        failures);
  }

  /** Every shard of one split once, if the folders say which shard they are (all or none must). */
  private static void checkShards(List<Path> folders) throws MergeException, IOException {
    Map<Integer, Path> byIndex = new TreeMap<>();
    Integer count = null;
    Path unmarked = null;
    Path marked = null;
    String markedAs = null;
    for (Path f : folders) {
      Path file = f.resolve(SHARD_FILE);
      if (!Files.isRegularFile(file)) {
        unmarked = f;
        continue;
      }
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      String[] parts = text.split("/");
      int index;
      int n;
      try {
        index = Integer.parseInt(parts[0]);
        n = Integer.parseInt(parts.length == 2 ? parts[1] : "");
      } catch (NumberFormatException e) {
        throw new MergeException(
            file + " does not say which shard the reports are ('" + text + "')",
            Hints.checkShardsAlike());
      }
      if (count != null && n != count) {
        throw new MergeException(
            marked + " holds shard " + markedAs + " but " + f + " shard " + text,
            Hints.mergeEachShardOnce());
      }
      count = n;
      marked = f;
      markedAs = text;
      Path first = byIndex.putIfAbsent(index, f);
      if (first != null) {
        throw new MergeException(
            "shard " + text + " is in both " + first + " and " + f, Hints.mergeEachShardOnce());
      }
    }
    if (marked != null && unmarked != null) {
      throw new MergeException(
          unmarked
              + " holds the reports of a check of every school, and "
              + marked
              + " those of one shard",
          Hints.mergeEachShardOnce());
    }
    if (count != null && byIndex.size() < count) {
      List<String> missing = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        if (!byIndex.containsKey(i)) {
          missing.add(i + "/" + count);
        }
      }
      String last = missing.remove(missing.size() - 1);
      throw new MergeException(
          "the reports of "
              + (missing.isEmpty()
                  ? "shard " + last
                  : "shards " + String.join(", ", missing) + " and " + last)
              + " are missing",
          Hints.downloadEveryShard());
    }
  }

  /**
   * A shard's SARIF log, read for what the merged log needs but its results: a log of
   * attendance:check is its rules and tool, and then as many results as the shard's schools have.
   *
   * @param file the log
   * @param skeleton the log as a tree, its run's results left out (an empty list in their place)
   * @param resultLists which of the document's lists of results is the run's: the last, if a log
   *     wrote the key twice, as a tree read of it keeps the last
   * @param tool "name version" of the tool that wrote it
   */
  private record Shard(Path file, ObjectNode skeleton, int resultLists, String tool) {

    /**
     * Reads a shard's log, refusing what is not a SARIF log of attendance:check, or was written by
     * another tool than {@code tool} (null for the first shard).
     */
    static Shard read(Path file, String tool) throws MergeException, IOException {
      JsonNode root;
      int[] results = {0};
      try (JsonParser p =
          JSON.createParser(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
        root = readSkeleton(p, results);
      } catch (JsonProcessingException e) {
        throw new MergeException(
            file + " is not a SARIF log (" + e.getOriginalMessage() + ")",
            Hints.checkShardsAlike());
      }
      JsonNode runs = root.path("runs");
      JsonNode driver = runs.path(0).path("tool").path("driver");
      if (!root.isObject()
          || runs.size() != 1
          || !driver.path("rules").isArray()
          || !runs.get(0).path("results").isArray()) {
        throw new MergeException(
            file + " is not a SARIF log of attendance:check", Hints.checkShardsAlike());
      }
      String thisTool = driver.path("name").asText() + " " + driver.path("version").asText();
      if (tool != null && !tool.equals(thisTool)) {
        throw new MergeException(
            file + " was written by " + thisTool + ", the others by " + tool,
            Hints.checkShardsAlike());
      }
      return new Shard(file, (ObjectNode) root, results[0], thisTool);
    }

    /** The run's results, one at a time, from a parser of their own. */
    Results openResults() throws IOException {
      JsonParser p = JSON.createParser(Files.newBufferedReader(file, StandardCharsets.UTF_8));
      int[] seen = {0};
      walk(p, seen, resultLists);
      return new Results(p);
    }
  }

  /**
   * The document as a tree, as {@code readTree} reads it, but for the results of its run
   * (/runs/0/results): each list of them is read past, counted in {@code results}, and stands as an
   * empty list.
   */
  private static JsonNode readSkeleton(JsonParser p, int[] results) throws IOException {
    return walk(p, results, -1);
  }

  /**
   * Reads the document down to its run's results: as {@link #readSkeleton} (when {@code stopAt} is
   * -1), or until the {@code stopAt}th list of results has begun, the parser then inside it.
   */
  private static JsonNode walk(JsonParser p, int[] results, int stopAt) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      return JSON.missingNode();
    }
    if (t != JsonToken.START_OBJECT) {
      return tree(p);
    }
    ObjectNode root = JSON.createObjectNode();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (p.nextToken() != JsonToken.START_ARRAY || !name.equals("runs")) {
        root.set(name, tree(p));
        continue;
      }
      ArrayNode runs = JSON.createArrayNode();
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        if (i > 0 || p.currentToken() != JsonToken.START_OBJECT) {
          runs.add(tree(p));
          continue;
        }
        ObjectNode run = JSON.createObjectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          if (p.nextToken() != JsonToken.START_ARRAY || !key.equals("results")) {
            run.set(key, tree(p));
            continue;
          }
          if (++results[0] == stopAt) {
            return null;
          }
          p.skipChildren();
          run.set(key, JSON.createArrayNode());
        }
        runs.add(run);
      }
      root.set(name, runs);
    }
    return root;
  }

  /** The value the parser is at, as a tree. */
  private static JsonNode tree(JsonParser p) throws IOException {
    return JSON.readTree(p);
  }

  /** A shard's results, read one at a time. */
  private static final class Results implements java.io.Closeable {
    private final JsonParser p;
    private JsonNode next;

    Results(JsonParser p) throws IOException {
      this.p = p;
      advance();
    }

    JsonNode peek() {
      return next;
    }

    JsonNode take() throws IOException {
      JsonNode r = next;
      advance();
      return r;
    }

    private void advance() throws IOException {
      next = p.nextToken() == JsonToken.END_ARRAY ? null : tree(p);
    }

    @Override
    public void close() throws IOException {
      p.close();
    }
  }

  /**
   * Writes the merged log: the first shard's, with every shard's rules (each once, in the order
   * first seen) and results (merged in report order, each shard's own order kept), written as a
   * tree of them all would be, and each result handed to {@code each} as it is written.
   */
  private static void writeSarif(List<Shard> shards, Writer out, Consumer<JsonNode> each)
      throws IOException {
    Map<String, JsonNode> rules = new LinkedHashMap<>();
    for (Shard s : shards) {
      s.skeleton()
          .at("/runs/0/tool/driver/rules")
          .forEach(r -> rules.putIfAbsent(r.path("id").asText(), r));
    }
    List<Results> results = new ArrayList<>();
    try (JsonGenerator g = JSON.writer().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      for (Shard s : shards) {
        results.add(s.openResults());
      }
      write(g, shards.get(0).skeleton(), "", rules.values(), results, each);
    } finally {
      for (Results r : results) {
        r.close();
      }
    }
    out.write("\n");
    out.flush();
  }

  /**
   * Writes a node of the first shard's log, the rules and the results at their places; what lies
   * off the way to them is written as a tree.
   */
  private static void write(
      JsonGenerator g,
      JsonNode node,
      String at,
      java.util.Collection<JsonNode> rules,
      List<Results> results,
      Consumer<JsonNode> each)
      throws IOException {
    if (at.equals("/runs/0/tool/driver/rules")) {
      g.writeStartArray();
      for (JsonNode r : rules) {
        JSON.writeTree(g, r);
      }
      g.writeEndArray();
    } else if (at.equals("/runs/0/results")) {
      g.writeStartArray();
      inReportOrder(
          results,
          r -> {
            JSON.writeTree(g, r);
            each.accept(r);
          });
      g.writeEndArray();
    } else if (node.isObject() && ON_THE_WAY.contains(at)) {
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> f : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
        g.writeFieldName(f.getKey());
        write(g, f.getValue(), at + "/" + f.getKey(), rules, results, each);
      }
      g.writeEndObject();
    } else if (node.isArray() && at.equals("/runs")) {
      g.writeStartArray();
      for (int i = 0; i < node.size(); i++) {
        write(g, node.get(i), at + "/" + i, rules, results, each);
      }
      g.writeEndArray();
    } else {
      JSON.writeTree(g, node);
    }
  }

  /** The objects on the way from the log's root to its rules and results. */
  private static final Set<String> ON_THE_WAY =
      Set.of("", "/runs/0", "/runs/0/tool", "/runs/0/tool/driver");

  /**
   * The shards' results as one list in the order check sorts findings (file, line, column,
   * severity, rule, message), each handed to {@code each}. Each shard's list is already in that
   * order, so this is a merge, not a sort: a shard's own order is kept, and on a tie the earlier
   * folder goes first.
   */
  static void inReportOrder(List<Results> shards, IoConsumer<JsonNode> each) throws IOException {
    record Head(int shard, JsonNode result) {}
    PriorityQueue<Head> heads =
        new PriorityQueue<>(
            Comparator.<Head, JsonNode>comparing(Head::result, ReportMerger::compare)
                .thenComparingInt(Head::shard));
    for (int i = 0; i < shards.size(); i++) {
      if (shards.get(i).peek() != null) {
        heads.add(new Head(i, shards.get(i).take()));
      }
    }
    while (!heads.isEmpty()) {
      Head h = heads.poll();
      each.accept(h.result());
      Results own = shards.get(h.shard());
      if (own.peek() != null) {
        heads.add(new Head(h.shard(), own.take()));
      }
    }
  }

  /** What takes a result and may fail to write it. */
  @FunctionalInterface
  interface IoConsumer<T> {
    void accept(T t) throws IOException;
  }

  private static int compare(JsonNode a, JsonNode b) {
    return Comparator.<JsonNode, String>comparing(
            r -> location(r).path("artifactLocation").path("uri").asText())
        .thenComparingInt(r -> location(r).path("region").path("startLine").asInt(0))
        .thenComparingInt(r -> location(r).path("region").path("startColumn").asInt(0))
        .thenComparingInt(
            r -> List.of("error", "warning", "note").indexOf(r.path("level").asText()))
        .thenComparing(r -> r.path("ruleId").asText())
        .thenComparing(r -> r.path("message").path("text").asText())
        .compare(a, b);
  }

  private static JsonNode location(JsonNode result) {
    return result.path("locations").path(0).path("physicalLocation");
  }

  /**
   * As check prints it: "file:line:col: level: message [rule]", then " hint: ..." on a line of its
   * own.
   */
  private static String format(JsonNode result, String level) {
    String text = result.path("message").path("text").asText();
    int hint = text.lastIndexOf(SarifWriter.HINT);
    String message = hint < 0 ? text : text.substring(0, hint);
    return where(result)
        + ": "
        + level
        + ": "
        + message
        + " ["
        + result.path("ruleId").asText()
        + "]"
        + (hint < 0
            ? ""
            : System.lineSeparator()
                + "  hint: "
                + text.substring(hint + SarifWriter.HINT.length()));
  }

  private static String where(JsonNode result) {
    JsonNode loc = location(result);
    int line = loc.path("region").path("startLine").asInt(0);
    int column = loc.path("region").path("startColumn").asInt(0);
    return loc.path("artifactLocation").path("uri").asText()
        + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
  }
}
