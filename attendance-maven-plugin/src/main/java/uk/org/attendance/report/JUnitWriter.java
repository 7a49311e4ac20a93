package uk.org.attendance.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.attendance.check.Finding;
import uk.org.attendance.check.RuleInfo;

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
          .append(esc(name))
          .append("\" name=\"")
          .append(esc(caseName))
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
            .append(esc(first.diagnostic().message()))
            .append("\">")
            .append(esc(text(failing, base)))
            .append("</failure>\n");
      } else if (!suppressed.isEmpty() && other.isEmpty()) {
        skipped++;
        cases
            .append("    <skipped message=\"")
            .append(esc("suppressed: " + suppressed.get(0).suppressedBecause()))
            .append("\"/>\n");
      }
      List<Finding> notes = new ArrayList<>(other);
      if (!failing.isEmpty() || !other.isEmpty()) {
        notes.addAll(suppressed);
      }
      if (!notes.isEmpty()) {
        cases.append("    <system-out>").append(esc(text(notes, base))).append("</system-out>\n");
      }
      cases.append("  </testcase>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuite name=\""
        + esc(name)
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

  /** XML-escapes text and drops characters XML 1.0 cannot hold. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&':
                  b.append("&amp;");
                  break;
                case '<':
                  b.append("&lt;");
                  break;
                case '>':
                  b.append("&gt;");
                  break;
                case '"':
                  b.append("&quot;");
                  break;
                case '\'':
                  b.append("&apos;");
                  break;
                default:
                  if (c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || c > 0xFFFF) {
                    b.appendCodePoint(c);
                  }
              }
            });
    return b.toString();
  }
}
