package uk.org.attendance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.attendance.check.Finding;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.files.AtomicFiles;

/**
 * The reports attendance:check writes into its folder for one run: the SARIF log of the findings
 * reported, streamed into its file, and one JUnit file per school and per file that did not load,
 * several written at once. Each file is written whole or not at all ({@link AtomicFiles}).
 */
public final class CheckReports {

  private static final String JUNIT_PREFIX = "TEST-attendance-";

  private CheckReports() {}

  /**
   * Writes the SARIF log, {@link ReportMerger#SARIF}, result by result.
   *
   * @param out the reports folder
   * @param reported the findings to report, each once
   * @param rules every rule that ran
   * @param base paths are written relative to this folder
   * @param toolVersion the plugin's version
   */
  public static void sarif(
      Path out, List<Finding> reported, List<RuleInfo> rules, Path base, String toolVersion)
      throws IOException {
    AtomicFiles.write(
        out.resolve(ReportMerger.SARIF), SarifWriter.file(reported, rules, base, toolVersion));
  }

  /**
   * The JUnit suites of a run, by the name their file takes: one per school, in order, and one per
   * file that did not load ({@code file-} and its path), each with its findings.
   *
   * @param schools the schools checked, each with a suite even if it has no finding
   * @param findings every finding, in report order
   * @param base where a file's path starts
   */
  public static Map<String, List<Finding>> suites(
      List<String> schools, List<Finding> findings, Path base) {
    Map<String, List<Finding>> suites = new LinkedHashMap<>();
    schools.forEach(id -> suites.put(id, new ArrayList<>()));
    for (Finding f : findings) {
      String key =
          f.school() != null
              ? f.school()
              : "file-"
                  + Diagnostic.displayPath(f.diagnostic().at().file(), base)
                      .replaceAll("[^A-Za-z0-9.-]", "_");
      suites.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    return suites;
  }

  /** The file a suite is written to, in the reports folder. */
  public static String junitFile(String suite) {
    return JUNIT_PREFIX + suite + ".xml";
  }

  /**
   * Writes every suite to its JUnit file, several at once (each file is small and most of the time
   * goes to the file system), and deletes the JUnit files an earlier run left that this run does
   * not write: the folder then holds this run's reports only.
   *
   * @param out the reports folder
   * @param suites the suites, by name ({@link #suites})
   * @param rules every rule that ran
   * @param base paths in messages are relative to this folder
   * @param failOnWarning whether warnings fail
   * @return the files written, in the suites' order
   */
  public static List<Path> junit(
      Path out,
      Map<String, List<Finding>> suites,
      List<RuleInfo> rules,
      Path base,
      boolean failOnWarning)
      throws IOException {
    Set<String> names =
        suites.keySet().stream().map(CheckReports::junitFile).collect(Collectors.toSet());
    ReportMerger.deleteJUnitFiles(out, names);
    JUnitWriter writer = new JUnitWriter(rules, base, failOnWarning);
    List<Map.Entry<String, List<Finding>>> all = new ArrayList<>(suites.entrySet());
    try {
      all.parallelStream()
          .forEach(
              e -> {
                try {
                  AtomicFiles.write(
                      out.resolve(junitFile(e.getKey())),
                      writer.file("attendance." + e.getKey(), e.getValue()));
                } catch (IOException x) {
                  throw new UncheckedIOException(x);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return all.stream().map(e -> out.resolve(junitFile(e.getKey()))).toList();
  }
}
