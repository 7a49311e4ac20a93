package uk.org.attendance.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.org.attendance.audit.Auditor;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.extract.PolicyReader;
import uk.org.attendance.extract.PolicyText;
import uk.org.attendance.files.AtomicFiles;
import uk.org.attendance.model.SourceRef;

/**
 * Imports an existing attendance policy (Word, PDF, web page or text file) as a draft school file
 * that a school can maintain: the facts it states in their fields, the school's own words in the
 * prose sections as Markdown, a comment on every value saying where it was read, a {@code FILL IN}
 * wherever the source states two different values (both quoted) or a required value not at all, and
 * the audit's findings on the source beside the values they concern. A trust's policy that lists
 * each school's times becomes a base file and one member file per school.
 *
 * <p>Recognition is rules over the document's text (see the README for its limits): nothing is
 * fetched and no value is invented. Output is deterministic: the same document, read on the same
 * date, gives the same bytes. Existing files are never overwritten.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyImporter {

  /** A file that cannot be read, or a school file that already exists. */
  public static final String FILE = "IMPORT-FILE";

  /** A policy file over a size limit. */
  public static final String LIMIT = "IMPORT-LIMIT";

  /** A bug in the plugin, reported at the file. */
  public static final String INTERNAL = "IMPORT-INTERNAL";

  /** The schema's file name beside the school files, for editors. */
  public static final String SCHEMA_FILE = "school.schema.json";

  private final PolicyReader reader = new PolicyReader();
  private final Auditor auditor = new Auditor();
  private final String schemaText;

  /**
   * @param schemaText the school schema, written beside the school files for VS Code
   */
  public PolicyImporter(String schemaText) {
    this.schemaText = schemaText;
  }

  /**
   * One school file drafted from a policy.
   *
   * @param file where it goes, relative to the schools folder (e.g. {@code hmfa/sutton.yaml})
   * @param source the policy it was drafted from
   * @param text the YAML
   * @param choices each value left for the school, by its path in the file, with the values the
   *     source states
   * @param findings how many of the audit's findings were written into it
   */
  public record Drafted(
      Path file, Path source, String text, Map<String, List<String>> choices, int findings) {}

  /**
   * The outcome of an import.
   *
   * @param drafts every file drafted, in order
   * @param problems every problem, located; an error means nothing was written
   * @param written the files written (none if there was an error)
   */
  public record Result(List<Drafted> drafts, List<Diagnostic> problems, List<Path> written) {
    public Result {
      drafts = List.copyOf(drafts);
      problems = List.copyOf(problems);
      written = List.copyOf(written);
    }

    /** Whether any error was found (and so nothing was written). */
    public boolean failed() {
      return problems.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  /**
   * Drafts school files from policies without writing anything.
   *
   * @param policies files, or folders whose .docx, .pdf, .html and .txt files are imported
   * @param schoolsDir the schools folder the files would go in (to refuse files that exist)
   * @param today the date the audit's findings are on (review dates depend on it)
   * @return the drafts and every problem
   */
  public Result draft(List<Path> policies, Path schoolsDir, LocalDate today) {
    List<Drafted> drafts = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path file : PolicyReader.policies(policies, FILE, problems)) {
      try {
        drafts.addAll(importOne(file, today, problems));
      } catch (RuntimeException | StackOverflowError e) {
        problems.add(
            Diagnostic.error(
                INTERNAL,
                SourceRef.of(file),
                "the plugin failed while importing this policy ("
                    + e.getClass().getSimpleName()
                    + ")",
                Hints.reportBugWithFile()));
      }
    }
    Set<Path> targets = new HashSet<>();
    for (Drafted d : drafts) {
      Path target = schoolsDir.resolve(d.file()).normalize();
      if (!targets.add(target)) {
        problems.add(
            Diagnostic.error(
                FILE,
                SourceRef.of(d.source()),
                "two policies would both become " + d.file() + " (the same school's name)",
                Hints.importOneAtATime()));
      } else if (Files.exists(target)) {
        problems.add(
            Diagnostic.error(
                FILE,
                SourceRef.of(target),
                "this school file already exists, and attendance:import never overwrites a school file",
                Hints.moveSchoolFileAway()));
      }
    }
    return new Result(drafts, problems, List.of());
  }

  /**
   * Drafts school files from policies and writes them, unless there is an error (then nothing is
   * written). Each file is written whole or not at all, and never over an existing file.
   *
   * @param policies files, or folders of policies
   * @param schoolsDir where the school files go
   * @param today the date the audit's findings are on
   * @return what was drafted and written, and every problem
   */
  public Result importPolicies(List<Path> policies, Path schoolsDir, LocalDate today) {
    Result planned = draft(policies, schoolsDir, today);
    if (planned.failed() || planned.drafts().isEmpty()) {
      return planned;
    }
    List<Path> written = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>(planned.problems());
    try {
      for (Drafted d : planned.drafts()) {
        Path target = schoolsDir.resolve(d.file()).normalize();
        AtomicFiles.writeNew(target, d.text());
        written.add(target);
      }
      Path schema = schoolsDir.resolve(SCHEMA_FILE);
      if (!Files.exists(schema)
          || !Files.readString(schema, StandardCharsets.UTF_8).equals(schemaText)) {
        AtomicFiles.write(schema, schemaText);
        written.add(schema);
      }
    } catch (FileAlreadyExistsException e) {
      problems.add(
          Diagnostic.error(
              FILE,
              SourceRef.of(Path.of(e.getFile())),
              "this school file appeared while the import was writing, and attendance:import never overwrites a school file",
              Hints.importAgainWhenQuiet()));
    } catch (IOException e) {
      problems.add(
          Diagnostic.error(
              FILE,
              SourceRef.of(schoolsDir),
              "the school files could not be written: " + e.getMessage(),
              Hints.checkSchoolsFolderWritable()));
    }
    return new Result(planned.drafts(), problems, written);
  }

  // ----- one policy

  private List<Drafted> importOne(Path file, LocalDate today, List<Diagnostic> problems) {
    PolicyReader.Result read = reader.read(file);
    for (Diagnostic d : read.diagnostics()) {
      problems.add(
          new Diagnostic(
              d.ruleId().replace("AUDIT-", "IMPORT-"),
              d.severity(),
              d.at(),
              forImport(d.message()),
              d.hint() == null ? null : forImport(d.hint()),
              null));
    }
    if (read.text() == null) {
      return List.of();
    }
    PolicyText text = read.text();
    Doc doc = new Doc(text);
    Draft main = new Draft();
    List<DayFacts.Stmt> stmts = DayFacts.statements(doc);
    List<TrustSplit.Member> members = TrustSplit.members(doc, stmts);
    SchoolFacts.Found found = SchoolFacts.read(doc, main, !members.isEmpty());
    ContactFacts.read(doc, main);
    List<Draft> memberDrafts = new ArrayList<>();
    if (members.isEmpty()) {
      List<DayFacts.Group> groups = DayFacts.groups(doc, stmts, 0, doc.size());
      Set<Integer> owned = owned(groups);
      DayFacts.write(
          doc,
          main.root.map("schoolDay").list("groups"),
          groups,
          List.of(),
          DayFacts.in(stmts, b -> !owned.contains(b)));
    } else {
      TrustSplit.consumeTitle(doc, members);
      Set<Integer> inMembers = new HashSet<>();
      for (TrustSplit.Member m : members) {
        for (int b = m.nameBlock(); b < m.to(); b++) {
          inMembers.add(b);
        }
      }
      for (TrustSplit.Member m : members) {
        Draft d = new Draft();
        List<DayFacts.Group> groups = DayFacts.groups(doc, stmts, m.from(), m.to());
        Set<Integer> owned = owned(groups);
        Node school = d.root.map("school");
        String id = YamlWriter.id(m.name(), "school");
        school
            .put("id", Node.scalar(id))
            .note("the file's name: made from the school's name, change it if you like");
        school.put("name", Node.scalar(m.name())).from(doc.cite(m.nameBlock()));
        doc.consumed[m.nameBlock()] = true;
        String phase = SchoolFacts.phase(m.name());
        if (phase != null) {
          school.put("phase", Node.scalar(phase)).note("from the school's name");
        } else if (groups.stream()
            .anyMatch(
                g ->
                    g.name()
                        .toLowerCase(Locale.ROOT)
                        .matches("years?\\s*1\\s*(?:-|\u2013|to)\\s*6"))) {
          school.put("phase", Node.scalar("primary")).note("its groups run to Year 6");
        } else {
          school
              .put(
                  "phase",
                  Node.quoted(
                      Draft.FILL_IN
                          + ": nursery, infant, junior, primary, middle, secondary or all-through"))
              .comment("Neither the school's name nor the source says its phase.");
        }
        DayFacts.write(
            doc,
            d.root.map("schoolDay").list("groups"),
            groups,
            DayFacts.in(stmts, b -> b >= m.from() && b < m.to() && !owned.contains(b)),
            DayFacts.in(stmts, b -> !inMembers.contains(b) && !owned.contains(b)));
        d.file = id + ".yaml";
        memberDrafts.add(d);
      }
    }
    DayFacts.consumeTimeLines(doc, stmts);
    for (Draft d : members.isEmpty() ? List.of(main) : memberDrafts) {
      Node groups = d.root.map("schoolDay").list("groups");
      for (int lead : doc.timeLeads) {
        groups.comment("the source gives these times after " + doc.cite(lead).describe());
        groups.lines(List.of(doc.line(lead)));
      }
    }
    ReportingFacts.read(doc, main);
    EscalationFacts.read(doc, main);
    RuleFacts.read(doc, main);
    Outline.write(doc, main, Outline.sections(doc));

    List<Draft> all = new ArrayList<>();
    all.add(main);
    all.addAll(memberDrafts);
    String trustId = null;
    if (members.isEmpty()) {
      String id =
          found.name() == null
              ? YamlWriter.id(
                  file.getFileName().toString().replaceAll("\\.[A-Za-z]+$", ""), "school")
              : YamlWriter.id(found.name(), "school");
      main.file = id + ".yaml";
      if (main.root.map("school").get("id") == null) {
        main.root.map("school").entries.put("id", Node.scalar(id));
      }
    } else {
      trustId =
          YamlWriter.id(
              found.trustShort() != null
                  ? found.trustShort()
                  : found.trustName() != null
                      ? found.trustName()
                      : file.getFileName().toString().replaceAll("\\.[A-Za-z]+$", ""),
              "trust");
      main.file = trustId + "/federation.yaml";
      for (Draft d : memberDrafts) {
        d.file = trustId + "/" + d.file;
        d.root
            .put("extends", Node.scalar("federation.yaml"))
            .note("everything not set here comes from the trust's file");
      }
    }
    Auditor.Policy audit = auditor.auditOne(file, today);
    int findings = Findings.write(audit, all);
    List<Drafted> out = new ArrayList<>();
    for (Draft d : all) {
      header(
          d, text, file, today, members.isEmpty() ? null : d == main ? "base" : "member", findings);
      out.add(new Drafted(Path.of(d.file), file, d.text(), d.choices(), (int) countFindings(d)));
    }
    return out;
  }

  private static Set<Integer> owned(List<DayFacts.Group> groups) {
    Set<Integer> owned = new HashSet<>();
    for (DayFacts.Group g : groups) {
      owned.add(g.label());
      g.stmts().forEach(s -> owned.add(s.block()));
    }
    return owned;
  }

  private static long countFindings(Draft d) {
    long[] n = {d.header.stream().filter(h -> h.startsWith("To do")).count()};
    d.root.walk("", (p, node) -> n[0] += node.findings.size());
    return n[0];
  }

  private static void header(
      Draft d, PolicyText text, Path file, LocalDate today, String role, int findings) {
    List<String> todo = new ArrayList<>(d.header);
    d.header.clear();
    boolean nested = d.file.contains("/");
    d.header.add("yaml-language-server: $schema=" + (nested ? "../" : "") + SCHEMA_FILE);
    d.header.add("");
    d.header.add(
        "Drafted by attendance:import from "
            + file.getFileName()
            + " (a "
            + text.format().label()
            + ")"
            + (role == null
                ? ""
                : role.equals("base")
                    ? ": the trust's shared policy; each member school's file extends this one"
                    : ": one school of the trust; everything not set here comes from federation.yaml")
            + ".");
    d.header.add(
        "Each value says where in the source it was read ("
            + example(text)
            + "). The school's own words are in the"
            + " prose sections as written; what could not be placed is in the section \"Text not yet placed\".");
    long fill = d.choices().size();
    long[] placeholders = {0};
    d.root.walk(
        "",
        (p, n) -> {
          if (n.type == Node.Type.SCALAR && n.value != null && n.value.startsWith(Draft.FILL_IN)) {
            placeholders[0]++;
          }
        });
    d.header.add("What to do next:");
    d.header.add(
        "1. Replace every \"FILL IN\" ("
            + placeholders[0]
            + " in this file"
            + (fill > 0
                ? ", " + fill + " of them where the source states two different values"
                : "")
            + "): the loader refuses the file until each is replaced.");
    d.header.add(
        "2. Run mvn attendance:check. Its findings are your to-do list; the audit of the source on "
            + today
            + " is already written beside the values it concerns, as \"To do\" comments.");
    d.header.add(
        "3. Read the prose, move or delete the text not yet placed, then run mvn attendance:render.");
    if (!todo.isEmpty()) {
      d.header.add("");
      d.header.add("About the whole policy:");
      d.header.addAll(todo);
    }
  }

  private static String example(PolicyText text) {
    return switch (text.format()) {
      case DOCX ->
          "\"paragraph 41\" is the 41st paragraph of the Word document, table cells included";
      case PDF -> "\"page 3, line 12\"";
      default -> "\"line 162\"";
    };
  }

  private static String forImport(String s) {
    return s.replaceAll("\\baudit reads\\b", "import reads")
        .replaceAll("\\baudit (a copy|the Word file|a PDF)", "import $1");
  }
}
