package uk.org.attendance;

import java.util.List;
import uk.org.attendance.check.Finding;
import uk.org.attendance.check.RuleInfo;

/**
 * The result of checking a folder of schools.
 *
 * @param schools the ids of the schools that loaded, sorted (the schools themselves are not kept,
 *     so that an estate of any size can be checked)
 * @param findings every finding of every school, load problems included, sorted by file, line and
 *     column; a finding in a shared base file appears once per school that inherits it
 * @param rules every rule that ran, for reports
 * @param filesRead every YAML file read
 */
public record CheckResult(
    List<String> schools,
    List<Finding> findings,
    List<RuleInfo> rules,
    List<java.nio.file.Path> filesRead) {

  public CheckResult {
    schools = List.copyOf(schools);
    findings = findings.stream().sorted().toList();
    rules = List.copyOf(rules);
    filesRead = List.copyOf(filesRead);
  }

  /**
   * The findings to show once each: a finding in a trust's base file is found once for every member
   * school, and is reported once (the per-school lists in {@link #findings} keep them all).
   */
  public List<Finding> reported() {
    java.util.Set<List<Object>> seen = new java.util.HashSet<>();
    return findings.stream()
        .filter(f -> seen.add(java.util.Arrays.asList(f.diagnostic(), f.suppressedBecause())))
        .toList();
  }

  /** Findings that fail the build, each once. */
  public List<Finding> failing(boolean failOnWarning) {
    return reported().stream().filter(f -> f.fails(failOnWarning)).toList();
  }
}
