package uk.org.attendance.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.attendance.check.Finding;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.files.AtomicFiles;
import uk.org.attendance.text.Markup;

/**
 * Surefire-style JUnit XML, understood by GitLab, Jenkins and Azure: one test suite per school, one
 * test case per rule. A rule with errors fails; a rule whose findings are all suppressed is skipped
 * with the reason; warnings fail only when warnings fail the build.
 *
 * <p>An instance writes every school's suite of one run: what the rules give every suite (each test
 * case's escaped name) is worked out once. Immutable and thread-safe.
 */
public final class JUnitWriter {

  private final Map<String, String> caseNames = new LinkedHashMap<>();
  private final Path base;
  private final boolean failOnWarning;

  /**
   * @param rules every rule that ran
   * @param base paths in messages are relative to this folder
   * @param failOnWarning whether warnings fail
   */
  public JUnitWriter(List<RuleInfo> rules, Path base, boolean failOnWarning) {
    for (RuleInfo r : rules) {
      caseNames.put(r.id(), Markup.escape(r.id() + " " + r.summary()));
    }
    this.base = base;
    this.failOnWarning = failOnWarning;
  }

  /**
   * One suite.
   *
   * @param name the suite name, e.g. "attendance.duke-of-bedford-primary"
   * @param findings the school's findings
   * @param rules every rule that ran
   * @param base paths in messages are relative to this folder
   * @param failOnWarning whether warnings fail
   * @return the XML document
   */
  public static String suite(
      String name, List<Finding> findings, List<RuleInfo> rules, Path base, boolean failOnWarning) {
    StringWriter out = new StringWriter();
    try {
      new JUnitWriter(rules, base, failOnWarning).write(name, findings, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * One suite as a file's content, written as UTF-8 as it is made, for {@link
   * AtomicFiles#write(Path, AtomicFiles.Content)}: the bytes of {@link #suite} encoded.
   */
  public AtomicFiles.Content file(String name, List<Finding> findings) {
    return out -> write(name, findings, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * Writes one suite to {@code out}, the same characters as {@link #suite} gives.
   *
   * @param out where the document goes; flushed, not closed
   */
  public void write(String name, List<Finding> findings, Writer out) throws IOException {
    // Every rule that ran is a test case, in the rules' order; a finding of another (a file that
    // did not load) adds one after them.
    Map<String, List<Finding>> byRule = new HashMap<>();
    List<String> others = new ArrayList<>();
    for (Finding f : findings) {
      String rule = f.diagnostic().ruleId();
      byRule
          .computeIfAbsent(
              rule,
              k -> {
                if (!caseNames.containsKey(k)) {
                  others.add(k);
                }
                return new ArrayList<>();
              })
          .add(f);
    }
    int failures = 0;
    int skipped = 0;
    for (List<Finding> found : byRule.values()) {
      boolean failing = found.stream().anyMatch(f -> f.fails(failOnWarning));
      if (failing) {
        failures++;
      } else if (found.stream().allMatch(Finding::suppressed)) {
        skipped++;
      }
    }
    String suite = Markup.escape(name);
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuite name=\"");
    out.write(suite);
    out.write("\" tests=\"");
    out.write(String.valueOf(caseNames.size() + others.size()));
    out.write("\" failures=\"");
    out.write(String.valueOf(failures));
    out.write("\" errors=\"0\" skipped=\"");
    out.write(String.valueOf(skipped));
    out.write("\" time=\"0\">\n");
    for (Map.Entry<String, String> e : caseNames.entrySet()) {
      testCase(suite, e.getValue(), byRule.get(e.getKey()), out);
    }
    for (String rule : others) {
      testCase(suite, Markup.escape(rule + " file loads"), byRule.get(rule), out);
    }
    out.write("</testsuite>\n");
    out.flush();
  }

  private void testCase(String suite, String caseName, List<Finding> found, Writer out)
      throws IOException {
    out.write("  <testcase classname=\"");
    out.write(suite);
    out.write("\" name=\"");
    out.write(caseName);
    out.write("\" time=\"0\"");
    if (found == null) {
      out.write("/>\n");
      return;
    }
    List<Finding> failing = found.stream().filter(f -> f.fails(failOnWarning)).toList();
    List<Finding> suppressed = found.stream().filter(Finding::suppressed).toList();
    List<Finding> other =
        found.stream().filter(f -> !f.fails(failOnWarning) && !f.suppressed()).toList();
    out.write(">\n");
    if (!failing.isEmpty()) {
      Finding first = failing.get(0);
      out.write("    <failure type=\"");
      out.write(first.diagnostic().severity().label());
      out.write("\" message=\"");
      out.write(Markup.escape(first.diagnostic().message()));
      out.write("\">");
      out.write(Markup.escape(text(failing)));
      out.write("</failure>\n");
    } else if (!suppressed.isEmpty() && other.isEmpty()) {
      out.write("    <skipped message=\"");
      out.write(Markup.escape("suppressed: " + suppressed.get(0).suppressedBecause()));
      out.write("\"/>\n");
    }
    List<Finding> notes = new ArrayList<>(other);
    if (!failing.isEmpty() || !other.isEmpty()) {
      notes.addAll(suppressed);
    }
    if (!notes.isEmpty()) {
      out.write("    <system-out>");
      out.write(Markup.escape(text(notes)));
      out.write("</system-out>\n");
    }
    out.write("  </testcase>\n");
  }

  private String text(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                f.diagnostic().format(base)
                    + (f.suppressed() ? "\n  suppressed: " + f.suppressedBecause() : ""))
        .collect(Collectors.joining("\n"));
  }
}
