package uk.org.attendance.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.files.Folders;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.School;
import uk.org.attendance.model.SourceMap;
import uk.org.attendance.model.SourceRef;

/**
 * Loads every school model under a folder: reads each YAML file, checks it against the schema,
 * resolves {@code extends:} (trust inheritance), and binds each school to the model. Every problem
 * of every file is reported, each at its file, line and column.
 *
 * <p>Which files are schools: every file that no other file extends. A file that others extend is a
 * base (for example a trust's shared policy): it is checked on its own for everything but missing
 * values, and each school that extends it is checked in full.
 *
 * <p>Instances are immutable and thread-safe: the schema and mapper are built once and shared.
 */
public final class SchoolLoader {

  /** How many base files a load holds at most; more are read again when needed. */
  static final int HELD_BASES = 64;

  private final SchemaCheck schema;
  private final YamlTreeReader reader;
  private final ModelBinder binder;

  /** Builds the loader: reads and compiles the schema once. */
  public SchoolLoader() {
    this.schema = new SchemaCheck();
    this.reader = new YamlTreeReader(schema.navigator());
    this.binder = new ModelBinder();
  }

  /**
   * The result of loading.
   *
   * @param schools the schools that loaded cleanly, sorted by id
   * @param diagnostics every problem found, sorted by file, line and column
   * @param files every YAML file read
   */
  public record Result(
      List<ResolvedSchool> schools, List<Diagnostic> diagnostics, List<Path> files) {
    public Result {
      schools = List.copyOf(schools);
      diagnostics =
          diagnostics.stream().sorted().distinct().collect(Collectors.toUnmodifiableList());
      files = List.copyOf(files);
    }

    /** Whether any error was found. */
    public boolean hasErrors() {
      return diagnostics.stream()
          .anyMatch(d -> d.severity() == uk.org.attendance.diagnostic.Severity.ERROR);
    }
  }

  /**
   * Loads every {@code .yaml} and {@code .yml} file below {@code dir}.
   *
   * @param dir the schools folder; {@code extends:} may not leave it
   * @return schools and diagnostics; never throws for bad input
   */
  public Result loadDirectory(Path dir) {
    return collect(each -> loadDirectory(dir, each));
  }

  /**
   * A school handed over as soon as its file has been read, before the load has read the files
   * after it: it is a school only if the load's {@link Streamed#schools} holds its number, for a
   * later file may extend it (so it is a base, not a school) and an earlier school may have its id.
   *
   * @param number its place among the candidates, from 0, in file order
   * @param school the school, resolved
   */
  public record Candidate(int number, ResolvedSchool school) {}

  /**
   * What a load that handed its schools over as candidates found.
   *
   * @param result every problem and every file read (no schools: each went over as a candidate)
   * @param schools the numbers of the candidates that are schools
   */
  public record Streamed(Result result, Set<Integer> schools) {
    public Streamed {
      schools = Set.copyOf(schools);
    }
  }

  /**
   * Loads every {@code .yaml} and {@code .yml} file below {@code dir}, handing each school over as
   * soon as its file is read, and keeping none: for estates of any size, held in memory one school
   * at a time (with the base files they extend), and each file read once.
   *
   * @param dir the schools folder; {@code extends:} may not leave it
   * @param each given each candidate, in file order; the result says which are schools
   * @return the candidates that are schools, and every problem and file read
   */
  public Streamed loadDirectory(Path dir, Consumer<Candidate> each) {
    Path root = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      return folderRefused(
          root, "the schools folder does not exist", Hints.createSchoolsDirectory());
    }
    List<Path> files;
    // A schools folder that is itself a link is walked where it leads, its files still named
    // through it.
    Path start;
    try {
      start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
    } catch (IOException e) {
      start = root;
    }
    Path from = start;
    try (Stream<Path> walk = Files.walk(from)) {
      files =
          walk.map(p -> root.resolve(from.relativize(p).toString()))
              .filter(Files::isRegularFile)
              .filter(
                  p -> {
                    String n = p.getFileName().toString();
                    return n.endsWith(".yaml") || n.endsWith(".yml");
                  })
              .filter(
                  p ->
                      root.relativize(p).toString().chars().noneMatch(c -> c == '\\')
                          && !isHidden(root.relativize(p)))
              .sorted()
              .collect(Collectors.toList());
    } catch (IOException e) {
      return folderRefused(root, "the schools folder cannot be read: " + e.getMessage(), null);
    }
    // A link to a file elsewhere is not read: only what is really in the folder the user named.
    List<Diagnostic> links = new ArrayList<>();
    for (Path f : files) {
      if (!Folders.reallyContains(root, f)) {
        links.add(
            Diagnostic.error(
                LoadIds.FILE,
                SourceRef.of(f),
                "this file is a link to a file outside the schools folder, so it is not read",
                Hints.copyIntoFolder(String.valueOf(root.getFileName()))));
      }
    }
    if (links.isEmpty()) {
      return load(files, root, each);
    }
    List<Path> inside =
        files.stream().filter(f -> links.stream().noneMatch(d -> d.at().file().equals(f))).toList();
    Streamed r = load(inside, root, each);
    List<Diagnostic> all = new ArrayList<>(links);
    all.addAll(r.result().diagnostics());
    return new Streamed(new Result(List.of(), all, r.result().files()), r.schools());
  }

  /** Nothing loaded: the schools folder itself cannot be used. */
  private static Streamed folderRefused(Path root, String message, String hint) {
    return new Streamed(
        new Result(
            List.of(),
            List.of(Diagnostic.error(LoadIds.FILE, SourceRef.of(root), message, hint)),
            List.of()),
        Set.of());
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Loads the given files.
   *
   * @param files YAML files, each a school or a base
   * @param root the folder {@code extends:} may not leave
   * @return schools and diagnostics; never throws for bad input
   */
  public Result load(List<Path> files, Path root) {
    return collect(each -> load(files, root, each));
  }

  /** The schools of a load that hands over candidates, sorted by id. */
  private static Result collect(java.util.function.Function<Consumer<Candidate>, Streamed> load) {
    List<Candidate> candidates = new ArrayList<>();
    Streamed r = load.apply(candidates::add);
    List<ResolvedSchool> schools =
        candidates.stream()
            .filter(c -> r.schools().contains(c.number()))
            .map(Candidate::school)
            .sorted(java.util.Comparator.comparing(ResolvedSchool::id))
            .toList();
    return new Result(schools, r.result().diagnostics(), r.result().files());
  }

  /**
   * Loads the given files, each read once, handing each school over as soon as its file is read. A
   * file is a school unless another file extends it, and that is known only once every file has
   * been read; so each file that no file read so far extends is resolved while it is held, and
   * handed over as a candidate, and what its resolving reported is kept aside. At the end, a
   * candidate that a later file extends is a base, and goes with what it reported; the others are
   * schools, in file order, unless an earlier school has the same id. What is found is what reading
   * every file first and then resolving the schools finds. Base files (those another file extends)
   * are held, the {@value #HELD_BASES} used last, and read again if let go: the files are taken in
   * order, so a trust's base is normally read once for all its members.
   *
   * @param files YAML files, each a school or a base
   * @param root the folder {@code extends:} may not leave
   * @param each given each candidate, in file order
   * @return the candidates that are schools, and every problem and file read
   */
  public Streamed load(List<Path> files, Path root, Consumer<Candidate> each) {
    Session session = new Session(root.toAbsolutePath().normalize());
    List<Resolved> resolved = new ArrayList<>();
    int candidates = 0;
    for (Path f : files) {
      Path file = f.toAbsolutePath().normalize();
      if (session.document(file) == null) {
        continue;
      }
      session.chain(file); // reports circles, even among files that are all bases
      if (!session.extended.contains(file)) {
        List<Diagnostic> reported = new ArrayList<>();
        ResolvedSchool school = session.resolve(file, reported);
        int number = school == null ? -1 : candidates++;
        resolved.add(
            new Resolved(
                file,
                number,
                school == null ? null : school.id(),
                school == null ? null : school.at("/school/id"),
                reported));
        if (school != null) {
          each.accept(new Candidate(number, school));
        }
      }
      session.release(file);
    }
    // Files extended by another are bases, not schools.
    Map<String, SourceRef> ids = new HashMap<>();
    Set<Integer> schools = new HashSet<>();
    for (Resolved r : resolved) {
      if (session.extended.contains(r.file())) {
        continue;
      }
      r.reported().forEach(session::report);
      if (r.number() < 0) {
        continue;
      }
      SourceRef first = ids.putIfAbsent(r.id(), r.idAt());
      if (first != null) {
        session.report(
            Diagnostic.error(
                LoadIds.DUPLICATE_ID,
                r.idAt(),
                "another school already has the id '"
                    + r.id()
                    + "' ("
                    + first.file().getFileName()
                    + " line "
                    + first.line()
                    + ")",
                Hints.giveOwnId()));
        continue;
      }
      schools.add(r.number());
    }
    return new Streamed(
        new Result(List.of(), session.diagnostics, List.copyOf(session.read)), schools);
  }

  /**
   * A file resolved as a school while it was held, before the load knew whether it is one.
   *
   * @param number its candidate's number, or -1 if it did not resolve
   * @param id the school's id, or null
   * @param idAt where the id is written, or null
   * @param reported what resolving it reported
   */
  private record Resolved(
      Path file, int number, String id, SourceRef idAt, List<Diagnostic> reported) {}

  /** The state of one load: documents read so far and problems found. */
  private final class Session {
    final Path root;

    /**
     * The documents held: a file while it is read or resolved, and the bases used last (in order of
     * use).
     */
    final Map<Path, SourceDocument> docs = new LinkedHashMap<>(16, 0.75f, true);

    /** Every file read without a problem that stops it, in the order first read. */
    final Set<Path> read = new LinkedHashSet<>();

    /** The files another file extends: bases, which stay held. */
    final Set<Path> extended = new HashSet<>();

    final Set<Path> failed = new HashSet<>();
    final Map<Path, Boolean> fileValid = new HashMap<>();
    final Map<Path, Path> bases = new HashMap<>();
    final Set<Path> basesResolved = new HashSet<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final Set<Set<Path>> reportedCycles = new HashSet<>();

    Session(Path root) {
      this.root = root;
    }

    /** Where problems go: the load's list, or what a file resolved as a school reported. */
    private List<Diagnostic> sink = diagnostics;

    void report(Diagnostic d) {
      sink.add(d);
    }

    SourceDocument document(Path file) {
      if (docs.containsKey(file) || failed.contains(file)) {
        return docs.get(file);
      }
      if (read.contains(file)) {
        return again(file);
      }
      try {
        SourceDocument doc = reader.read(file, this::report);
        if (doc == null) {
          failed.add(file);
          return null;
        }
        hold(file, doc);
        List<Diagnostic> problems = new ArrayList<>(schema.checkFile(doc));
        Placeholders.find(doc, problems::add);
        TableShapes.find(doc, problems::add);
        problems.forEach(this::report);
        fileValid.put(file, problems.isEmpty());
        read.add(file);
        return doc;
      } catch (RuntimeException e) {
        // Never a stack trace for the user: a bug in the plugin is reported like any other problem.
        docs.remove(file);
        failed.add(file);
        report(internal(file, e));
        return null;
      }
    }

    /** A file read before and let go, read again; its problems were reported the first time. */
    private SourceDocument again(Path file) {
      List<Diagnostic> problems = new ArrayList<>();
      SourceDocument doc;
      try {
        doc = reader.read(file, problems::add);
      } catch (RuntimeException e) {
        doc = null;
        problems.add(internal(file, e));
      }
      if (doc == null) {
        // It changed or went since it was first read.
        failed.add(file);
        problems.forEach(this::report);
        return null;
      }
      hold(file, doc);
      return doc;
    }

    /** Holds a document, letting go of the one used longest ago beyond {@value #HELD_BASES}. */
    private void hold(Path file, SourceDocument doc) {
      docs.put(file, doc);
      if (docs.size() > HELD_BASES) {
        docs.remove(docs.keySet().iterator().next());
      }
    }

    private Diagnostic internal(Path file, RuntimeException e) {
      return Diagnostic.error(
          "LOAD-INTERNAL",
          SourceRef.of(file),
          "the plugin could not read this file (" + e.getClass().getSimpleName() + ")",
          Hints.reportBugWithFile());
    }

    /** Lets a file's document go, unless it is a base. */
    void release(Path file) {
      if (!extended.contains(file)) {
        docs.remove(file);
      }
    }

    /** The file that {@code file} extends, or null (problems are reported once per file). */
    Path base(Path file) {
      if (basesResolved.contains(file)) {
        return bases.get(file);
      }
      basesResolved.add(file);
      SourceDocument doc = document(file);
      JsonNode ext = doc == null ? null : doc.tree().get("extends");
      if (ext == null || !ext.isTextual()) {
        return null;
      }
      SourceRef at = doc.values().get("/extends");
      Path target = file.getParent().resolve(ext.asText()).normalize();
      if (!target.startsWith(root)) {
        report(
            Diagnostic.error(
                LoadIds.EXTENDS,
                at,
                "the base file '" + ext.asText() + "' is outside the schools folder",
                Hints.keepBaseInside(String.valueOf(root.getFileName()))));
        return null;
      }
      if (!Files.isRegularFile(target)) {
        report(
            Diagnostic.error(
                LoadIds.EXTENDS,
                at,
                "the base file '" + ext.asText() + "' does not exist",
                Hints.checkExtendsPath()));
        return null;
      }
      if (!Folders.reallyContains(root, target)) {
        report(
            Diagnostic.error(
                LoadIds.EXTENDS,
                at,
                "the base file '"
                    + ext.asText()
                    + "' is a link to a file outside the schools folder",
                Hints.keepBaseInside(String.valueOf(root.getFileName()))));
        return null;
      }
      if (document(target) == null) {
        report(
            Diagnostic.error(
                LoadIds.EXTENDS,
                at,
                "the base file '" + ext.asText() + "' cannot be read (see its own errors)",
                null));
        return null;
      }
      bases.put(file, target);
      extended.add(target);
      return target;
    }

    /**
     * The school in {@code file}, merged with its bases, or null if it has errors; what resolving
     * it reports goes to {@code reported}, not the load's list.
     */
    ResolvedSchool resolve(Path file, List<Diagnostic> reported) {
      List<Diagnostic> before = sink;
      sink = reported;
      try {
        return resolve(file);
      } finally {
        sink = before;
      }
    }

    private ResolvedSchool resolve(Path file) {
      List<Path> chain = chain(file);
      if (chain == null) {
        return null; // a cycle, reported by chain()
      }
      boolean valid = chain.stream().allMatch(p -> Boolean.TRUE.equals(fileValid.get(p)));
      List<SourceDocument> read = new ArrayList<>();
      for (Path p : chain) {
        SourceDocument d = document(p);
        if (d == null) {
          return null; // it could not be read again, reported
        }
        read.add(d);
        if (d.tree().has("extends") && base(p) == null) {
          valid = false; // the missing base was reported at its 'extends:' line
        }
      }
      if (!valid) {
        return null;
      }
      LocatedTree merged = LocatedTree.of(read.get(chain.size() - 1));
      for (int i = chain.size() - 2; i >= 0; i--) {
        merged = merged.overlay(LocatedTree.of(read.get(i)));
      }
      merged = merged.without("extends");
      Map<Path, List<String>> texts = new HashMap<>();
      for (int i = 0; i < chain.size(); i++) {
        texts.put(chain.get(i), read.get(i).lines());
      }
      SourceMap sources = new SourceMap(file, withRoot(locations(merged), file), texts);
      List<Diagnostic> missing = schema.checkRequired(merged.tree(), sources::at);
      if (!missing.isEmpty()) {
        missing.forEach(this::report);
        return null;
      }
      School model;
      try {
        model = binder.bind(merged.tree());
      } catch (IOException | RuntimeException e) {
        report(
            Diagnostic.error(
                "LOAD-INTERNAL",
                SourceRef.of(file),
                "the plugin could not build the model (" + e.getMessage() + ")",
                Hints.reportBugWithFile()));
        return null;
      }
      return new ResolvedSchool(model, sources, chain);
    }

    /**
     * {@code file} followed by the files it extends, nearest first; null if they extend each other
     * in a circle (reported once per circle, at the 'extends:' that closes it).
     */
    List<Path> chain(Path file) {
      List<Path> chain = new ArrayList<>();
      Path current = file;
      while (current != null) {
        int seen = chain.indexOf(current);
        if (seen >= 0) {
          List<Path> cycle = chain.subList(seen, chain.size());
          // Report each circle once, from the file that sorts first, whichever file led to it.
          Path first = cycle.stream().min(Path::compareTo).orElseThrow();
          int start = cycle.indexOf(first);
          List<Path> ordered = new ArrayList<>(cycle.subList(start, cycle.size()));
          ordered.addAll(cycle.subList(0, start));
          if (reportedCycles.add(Set.copyOf(ordered))) {
            Path closing = ordered.get(ordered.size() - 1);
            String text =
                Stream.concat(ordered.stream(), Stream.of(first))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.joining(" extends "));
            report(
                Diagnostic.error(
                    LoadIds.EXTENDS,
                    closingAt(closing),
                    "these files extend each other in a circle: " + text,
                    Hints.breakExtendsCycle()));
          }
          return null;
        }
        chain.add(current);
        current = base(current);
      }
      return chain;
    }

    /** Where the 'extends:' that closes a circle is written. */
    private SourceRef closingAt(Path closing) {
      SourceDocument doc = document(closing);
      return doc == null ? SourceRef.of(closing) : doc.values().get("/extends");
    }

    /**
     * Where each value is, for messages: a scalar at its value ({@code closes: 09:20} at the time),
     * a map or list at its key ({@code codes:}), which is where a reader looks.
     */
    private Map<String, SourceRef> locations(LocatedTree tree) {
      Map<String, SourceRef> m = new HashMap<>(tree.values());
      keysOfContainers("", tree.tree(), tree.keys(), m);
      return m;
    }

    /**
     * Puts the key's location of each map and list inside {@code node}: the tree is walked once,
     * where looking each key's pointer up in it read the pointer again for every key.
     */
    private void keysOfContainers(
        String pointer, JsonNode node, Map<String, SourceRef> keys, Map<String, SourceRef> m) {
      SourceRef key = keys.get(pointer);
      if (key != null) {
        m.put(pointer, key);
      }
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> f : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
          if (f.getValue().isContainerNode()) {
            keysOfContainers(
                pointer + "/" + YamlTreeReader.escape(f.getKey()), f.getValue(), keys, m);
          }
        }
      } else {
        for (int i = 0; i < node.size(); i++) {
          if (node.get(i).isContainerNode()) {
            keysOfContainers(pointer + "/" + i, node.get(i), keys, m);
          }
        }
      }
    }

    /** A missing top-level key is reported at the start of the school's own file. */
    private Map<String, SourceRef> withRoot(Map<String, SourceRef> values, Path file) {
      Map<String, SourceRef> m = new HashMap<>(values);
      m.put("", new SourceRef(file, 1, 1));
      return m;
    }
  }
}
