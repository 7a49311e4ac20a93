package uk.org.attendance.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.attendance.check.Finding;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.text.Markup;

/**
 * Surefire-style JUnit XML, understood by GitLab, Jenkins and Azure: one test suite per school, one
 * test case per rule. A rule with errors fails; a rule whose findings are all suppressed is skipped
 * with the reason; warnings fail only when warnings fail the build.
 */
public final class JUnitWriter {

  private JUnitWriter() {}

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
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    for (RuleInfo r : rules) {
      byRule.put(r.id(), new ArrayList<>());
    }
    for (Finding f : findings) {
      byRule.computeIfAbsent(f.diagnostic().ruleId(), k -> new ArrayList<>()).add(f);
    }
    Map<String, String> summaries =
        rules.stream().collect(Collectors.toMap(RuleInfo::id, RuleInfo::summary));
    StringBuilder cases = new StringBuilder();
    int failures = 0;
    int skipped = 0;
    for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
      String caseName = e.getKey() + " " + summaries.getOrDefault(e.getKey(), "file loads");
      cases
          .append("  <testcase classname=\"")
          .append(Markup.escape(name))
          .append("\" name=\"")
          .append(Markup.escape(caseName))
          .append("\" time=\"0\"");
      List<Finding> failing = e.getValue().stream().filter(f -> f.fails(failOnWarning)).toList();
      List<Finding> suppressed = e.getValue().stream().filter(Finding::suppressed).toList();
      List<Finding> other =
          e.getValue().stream().filter(f -> !f.fails(failOnWarning) && !f.suppressed()).toList();
      if (failing.isEmpty() && suppressed.isEmpty() && other.isEmpty()) {
        cases.append("/>\n");
        continue;
      }
      cases.append(">\n");
      if (!failing.isEmpty()) {
        failures++;
        Finding first = failing.get(0);
        cases
            .append("    <failure type=\"")
            .append(first.diagnostic().severity().label())
            .append("\" message=\"")
            .append(Markup.escape(first.diagnostic().message()))
            .append("\">")
            .append(Markup.escape(text(failing, base)))
            .append("</failure>\n");
      } else if (!suppressed.isEmpty() && other.isEmpty()) {
        skipped++;
        cases
            .append("    <skipped message=\"")
            .append(Markup.escape("suppressed: " + suppressed.get(0).suppressedBecause()))
            .append("\"/>\n");
      }
      List<Finding> notes = new ArrayList<>(other);
      if (!failing.isEmpty() || !other.isEmpty()) {
        notes.addAll(suppressed);
      }
      if (!notes.isEmpty()) {
        cases
            .append("    <system-out>")
            .append(Markup.escape(text(notes, base)))
            .append("</system-out>\n");
      }
      cases.append("  </testcase>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuite name=\""
        + Markup.escape(name)
        + "\" tests=\""
        + byRule.size()
        + "\" failures=\""
        + failures
        + "\" errors=\"0\" skipped=\""
        + skipped
        + "\" time=\"0\">\n"
        + cases
        + "</testsuite>\n";
  }

  private static String text(List<Finding> findings, Path base) {
    return findings.stream()
        .map(
            f ->
                f.diagnostic().format(base)
                    + (f.suppressed() ? "\n  suppressed: " + f.suppressedBecause() : ""))
        .collect(Collectors.joining("\n"));
  }
}
