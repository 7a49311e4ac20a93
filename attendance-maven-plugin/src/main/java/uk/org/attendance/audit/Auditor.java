package uk.org.attendance.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.org.attendance.check.Checker;
import uk.org.attendance.check.Finding;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.rules.Rules;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.extract.Limits;
import uk.org.attendance.extract.PolicyReader;
import uk.org.attendance.extract.PolicyText;
import uk.org.attendance.model.SourceRef;
import uk.org.attendance.recognise.PolicyRecogniser;
import uk.org.attendance.reference.Rulebook;
import uk.org.attendance.reference.Rulebooks;

/**
 * Audits existing policies (Word, PDF, web page or text) against the national rules: reads each
 * file's text, recognises the facts it states, and runs the checker's rules on them, the text rules
 * on every sentence and the structured rules on the recognised facts.
 *
 * <p>Rules that report something missing are run only where the absence can be seen in a document:
 * a rule about letters, bands or a complete code table needs a school file, and the attendance
 * governor is not a required item ({@link #NOT_FOR_DOCUMENTS}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Auditor {

  /**
   * Rules left out of an audit, with the reason: their input cannot be recognised reliably in a
   * document, or what they look for is not required of a policy.
   */
  public static final Set<String> NOT_FOR_DOCUMENTS =
      Set.of(
          "ATT005", // a code table recognised in a document may have lost rows to its layout
          "ATT022", // a group's start time stands in for its register opening where a document
          // gives no register time
          "ATT036", // an attendance governor is common practice, not a required item
          // (dfe-2024-rules.md 3.2)
          "ATT062", // attendance bands are not recognised in documents
          "ATT063", // letters are not recognised in documents
          "ATT064", // merge fields belong to school files
          // The contents a policy must describe in words (what happens on the first day, how it
          // promotes attendance, how it uses data, when it refers for legal intervention), who
          // signs its
          // letters, what a notice to improve contains and the numbers behind each way to report an
          // absence are not recognised from a document's paragraphs: reporting them missing would
          // be
          // wrong more often than right.
          "ATT090",
          "ATT091",
          "ATT092",
          "ATT093",
          "ATT094",
          "ATT095",
          "ATT096",
          "ATT097");

  private final PolicyReader reader;
  private final PolicyRecogniser recogniser = new PolicyRecogniser();

  public Auditor() {
    this(Limits.DEFAULT);
  }

  public Auditor(Limits limits) {
    this.reader = new PolicyReader(limits);
  }

  /**
   * One audited document.
   *
   * @param file the document
   * @param text its text, or null if it could not be read
   * @param facts what was recognised in it
   * @param findings its findings, sorted
   * @param millis how long it took
   */
  public record Policy(
      Path file,
      PolicyText text,
      java.util.Map<String, String> facts,
      List<Finding> findings,
      long millis) {
    public Policy {
      findings = List.copyOf(findings);
    }

    /** How a reader finds a finding's place: "page 3, line 12", "paragraph 41" or "line 7". */
    public String place(SourceRef at) {
      if (at.line() == 0) {
        return "";
      }
      return text == null ? "line " + at.line() : text.place(at.line());
    }
  }

  /**
   * The outcome of an audit.
   *
   * @param policies each document, in file-name order
   * @param rules every rule that ran
   */
  public record Result(List<Policy> policies, List<RuleInfo> rules) {
    public Result {
      policies = List.copyOf(policies);
      rules = List.copyOf(rules);
    }

    /** Every finding of every document. */
    public List<Finding> findings() {
      return policies.stream().flatMap(p -> p.findings().stream()).toList();
    }

    /** Findings that fail the build. */
    public List<Finding> failing(boolean failOnWarning) {
      return findings().stream().filter(f -> f.fails(failOnWarning)).toList();
    }

    /** The document a finding is in. */
    public Policy policyOf(Finding f) {
      return policies.stream()
          .filter(p -> p.file().equals(f.diagnostic().at().file()))
          .findFirst()
          .orElse(null);
    }
  }

  /**
   * Audits policy files.
   *
   * @param inputs files, or folders whose .docx, .pdf, .html and .txt files (at any depth) are
   *     audited
   * @param today the date review dates are checked against
   * @return every document's findings
   */
  public Result audit(List<Path> inputs, LocalDate today) {
    return audit(inputs, today, null);
  }

  /**
   * Audits policy files, leaving out a folder's reports.
   *
   * @param inputs files, or folders whose .docx, .pdf, .html and .txt files (at any depth) are
   *     audited
   * @param today the date review dates are checked against
   * @param reports a folder whose files are never audited (where the audit writes its own reports),
   *     or null
   * @return every document's findings
   */
  public Result audit(List<Path> inputs, LocalDate today, Path reports) {
    List<Policy> policies = new ArrayList<>();
    Path skip = reports == null ? null : reports.toAbsolutePath().normalize();
    for (Path file : files(inputs, policies)) {
      if (skip != null && file.toAbsolutePath().normalize().startsWith(skip)) {
        continue; // the audit's own report (audit.html) is not a policy
      }
      policies.add(auditOne(file, today));
    }
    Rulebook law = Rulebooks.inForceOn(today);
    return new Result(policies, rules(false).stream().map(r -> r.info().stated(law)).toList());
  }

  /** Audits one file. */
  public Policy auditOne(Path file, LocalDate today) {
    long start = System.nanoTime();
    PolicyReader.Result read = reader.read(file);
    List<Finding> findings = new ArrayList<>();
    read.diagnostics().forEach(d -> findings.add(new Finding(null, d, null)));
    java.util.Map<String, String> facts = java.util.Map.of();
    if (read.text() != null) {
      try {
        facts = check(read.text(), today, findings);
      } catch (RuntimeException | StackOverflowError e) {
        findings.add(
            new Finding(
                null,
                Diagnostic.error(
                    PolicyReader.INTERNAL,
                    SourceRef.of(file),
                    "the plugin failed while checking this policy ("
                        + e.getClass().getSimpleName()
                        + ")",
                    Hints.reportBugWithFile()),
                null));
      }
    }
    findings.sort(null);
    return new Policy(file, read.text(), facts, findings, (System.nanoTime() - start) / 1_000_000);
  }

  private java.util.Map<String, String> check(
      PolicyText text, LocalDate today, List<Finding> findings) {
    java.util.Map<String, String> facts;
    {
      PolicyRecogniser.Recognised r = recogniser.recognise(text);
      facts = r.facts();
      Rule.CheckContext context =
          new Rule.CheckContext(
              Rulebooks.inForceOn(today), today, new Rule.Input(true, text::place));
      Checker checker = new Checker(rules(r.facts().containsKey(PolicyRecogniser.CONTACT_DETAILS)));
      // A statement both in a sentence and in a recognised fact, or shared by several pupil groups,
      // is
      // reported once per rule and line, in its most general wording (the shortest).
      java.util.Map<List<Object>, Diagnostic> once = new java.util.LinkedHashMap<>();
      for (Finding f : checker.check(r.school(), context)) {
        Diagnostic d = f.diagnostic();
        once.merge(
            List.of(d.ruleId(), d.at().line()),
            d,
            (a, b) ->
                b.message().length() < a.message().length()
                        || b.message().length() == a.message().length()
                            && b.at().column() < a.at().column()
                    ? b
                    : a);
      }
      once.values().forEach(d -> findings.add(new Finding(null, d, null)));
    }
    return facts;
  }

  private static List<Rule> rules(boolean contactDetailsGiven) {
    return Rules.ALL.stream()
        .filter(r -> !NOT_FOR_DOCUMENTS.contains(r.info().id()))
        .filter(r -> !contactDetailsGiven || !Set.of("ATT031", "ATT032").contains(r.info().id()))
        .toList();
  }

  private static List<Path> files(List<Path> inputs, List<Policy> problems) {
    List<Diagnostic> found = new ArrayList<>();
    List<Path> out = PolicyReader.policies(inputs, PolicyReader.FILE, found);
    for (Diagnostic d : found) {
      problems.add(
          new Policy(
              d.at().file(), null, java.util.Map.of(), List.of(new Finding(null, d, null)), 0));
    }
    return out;
  }
}
