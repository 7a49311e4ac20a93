package uk.org.attendance.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.load.SchoolLoader;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.Rulebooks;

/**
 * Runs one rule on a school written inline. The case is laid over {@link #BASE} (a complete,
 * correct school) with {@code extends:}, so a case states only what it changes. A line {@code #
 * expect: ATT010} marks the line below it as one the rule must flag; the rule must flag exactly the
 * marked lines and nothing else.
 */
final class RuleHarness {

  /** The day cases are checked on. */
  static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

  /** A complete school that every rule accepts. */
  static final String BASE =
      """
      school:
        id: base-school
        name: Base Primary School
        type: maintained
        phase: primary
        localAuthority:
          name: Essex County Council
      policy:
        title: Attendance Policy
        ratified: {date: 2025-10-01, by: Full Governing Body}
        reviewDue: Autumn 2026
      contacts:
        headteacher: {name: Mrs A Head, role: Headteacher, email: head@base.sch.uk}
        seniorAttendanceChampion: {name: Mrs A Head, role: Headteacher, email: head@base.sch.uk}
        dayToDay:
          - {name: Mr B Office, role: School Office, email: office@base.sch.uk}
        individualSupport:
          - {name: Ms C Support, role: Family Support Worker, phone: 01234 567890}
        attendanceGovernor: {name: Mr D Governor}
      schoolDay:
        groups:
          - id: all-pupils
            name: All pupils
            stage: mixed
            gatesOpen: "08:40"
            morningRegister: {opens: "08:50", closes: "09:20"}
            afternoonRegister: {opens: "13:00", closes: "13:30"}
            endOfDay: "15:20"
      absenceReporting:
        deadline: "09:00"
        channels: [{type: phone, value: 01234 567890}]
        followUp:
          - We phone you on the first morning of absence if we have not heard from you.
      thresholds:
        persistentAbsence: 10
        severeAbsence: 50
      escalation:
        - id: absence
          title: Absence
          stages:
            - id: support
              title: Support
              trigger: {text: Attendance gives cause for concern}
              actions: [We meet you to agree support.]
            - id: referral
              title: Referral to the local authority
              trigger: {text: Attendance does not improve after support and a formal warning}
              actions: [We ask the local authority to consider legal action.]
              legalIntervention: true
      penaltyNotices:
        threshold: {sessions: 10, schoolWeeks: 10, codes: [G, N, O, U]}
        firstNotice: {reducedAmount: 80, reducedWithinDays: 21, fullAmount: 160, fullWithinDays: 28}
        secondNotice: {amount: 160, withinDays: 28}
        maxNoticesInThreeYears: 2
        afterLimit: Other action is taken instead, usually considering prosecution.
      leave:
        howToRequest: Ask the headteacher in writing, in advance.
      registers:
        retentionYears: 6
      illness:
        medicalEvidence: when-in-doubt
      prose:
        promotingAttendance: We celebrate good attendance in assemblies and tell families how their child is doing.
        absenceData: We look at attendance data often to find the pupils and groups who need support, and offer it early.
      """;

  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*(\\S+)");
  private static final SchoolLoader LOADER = new SchoolLoader();

  private RuleHarness() {}

  /**
   * Checks that {@code rule} flags exactly the marked lines of {@code yaml}. Marker lines are taken
   * out of the file before it is loaded (so a marker inside a block scalar or folded text is not
   * part of the text), and each marks the line that follows it.
   */
  static void assertFindings(Rule rule, String yaml) {
    TreeSet<String> expected = new TreeSet<>();
    StringBuilder kept = new StringBuilder("extends: base.yaml\n");
    int line = 1;
    for (String l : yaml.split("\n", -1)) {
      Matcher m = EXPECT.matcher(l);
      if (m.find() && l.strip().startsWith("#")) {
        expected.add((line + 1) + " " + m.group(1));
        continue;
      }
      kept.append(l).append('\n');
      line++;
    }
    String file = kept.toString();
    TreeSet<String> actual = new TreeSet<>();
    for (Diagnostic d : run(rule, file)) {
      actual.add(d.at().line() + " " + d.ruleId());
    }
    assertEquals(expected, actual, "lines flagged by " + rule.info().id());
  }

  /** Runs {@code rule} on a school file (which may extend base.yaml) and returns its findings. */
  static List<Diagnostic> run(Rule rule, String file) {
    return runEach(List.of(rule), file);
  }

  /**
   * Runs every rule on a school file (which may extend base.yaml), loaded once, and returns all
   * their findings.
   */
  static List<Diagnostic> runAll(String file) {
    return runEach(Rules.ALL, file);
  }

  private static List<Diagnostic> runEach(List<Rule> rules, String file) {
    try {
      Path dir = Files.createTempDirectory("rule-case");
      try {
        Files.writeString(dir.resolve("base.yaml"), BASE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("case.yaml"), file, StandardCharsets.UTF_8);
        SchoolLoader.Result r = LOADER.load(List.of(dir.resolve("case.yaml")), dir);
        if (!r.diagnostics().isEmpty()) {
          fail("the case does not load: " + r.diagnostics().get(0).format(dir));
        }
        ResolvedSchool school = r.schools().get(0);
        List<Diagnostic> found = new ArrayList<>();
        for (Rule rule : rules) {
          Reporter out = new Reporter(rule.info());
          rule.check(school, context(), out);
          found.addAll(out.findings());
        }
        everyRuleFindsItsPlaces(school);
        return found;
      } finally {
        try (var walk = Files.walk(dir)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs {@code rule} on each member of a trust: {@code trust} is written as trust.yaml, a base no
   * school is checked on alone, and each member as member1.yaml, member2.yaml ..., each starting
   * {@code extends: trust.yaml}.
   *
   * @return one line per finding: "school-id file:line"
   */
  static List<String> runTrust(Rule rule, String trust, String... members) {
    try {
      Path dir = Files.createTempDirectory("rule-trust");
      try {
        Files.writeString(dir.resolve("trust.yaml"), trust, StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>(List.of(dir.resolve("trust.yaml")));
        for (int i = 0; i < members.length; i++) {
          Path member = dir.resolve("member" + (i + 1) + ".yaml");
          Files.writeString(member, "extends: trust.yaml\n" + members[i], StandardCharsets.UTF_8);
          files.add(member);
        }
        SchoolLoader.Result r = LOADER.load(files, dir);
        if (!r.diagnostics().isEmpty()) {
          fail("the trust does not load: " + r.diagnostics().get(0).format(dir));
        }
        List<String> found = new ArrayList<>();
        for (ResolvedSchool school : r.schools()) {
          Reporter out = new Reporter(rule.info());
          rule.check(school, context(), out);
          everyRuleFindsItsPlaces(school);
          out.findings()
              .forEach(
                  d ->
                      found.add(
                          school.id() + " " + d.at().file().getFileName() + ":" + d.at().line()));
        }
        return found;
      } finally {
        try (var walk = Files.walk(dir)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rule set, the day and the default letters: read once, as a build reads them once. */
  private static final Rule.CheckContext CONTEXT =
      new Rule.CheckContext(
          Rulebooks.DFE_2024, TODAY, uk.org.attendance.load.DefaultLetters.load());

  private static Rule.CheckContext context() {
    return CONTEXT;
  }

  /**
   * Runs every rule on the case with strict locations: a rule that reports at a place the school
   * does not have (a misspelt pointer, or an absent value located with {@code at} rather than
   * {@code whereMissing}) fails the test that wrote the case, with the rule's id.
   */
  private static void everyRuleFindsItsPlaces(ResolvedSchool school) {
    for (Rule any : Rules.ALL) {
      try {
        any.check(school, context(), new Reporter(any.info()));
      } catch (IllegalStateException e) {
        throw new AssertionError(
            any.info().id() + " reports at a place this case does not have: " + e.getMessage(), e);
      }
    }
  }

  /** The one finding's message, for tests that pin the wording. */
  static String message(Rule rule, String yaml) {
    List<Diagnostic> found = run(rule, "extends: base.yaml\n" + yaml);
    assertEquals(1, found.size(), "findings: " + found);
    return found.get(0).message();
  }
}
