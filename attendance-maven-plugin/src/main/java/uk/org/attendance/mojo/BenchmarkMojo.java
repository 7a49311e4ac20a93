package uk.org.attendance.mojo;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.org.attendance.bench.Benchmark;
import uk.org.attendance.files.AtomicFiles;

/**
 * Benchmarks the compiler on N synthetic schools made from the bundled ones (cold, warm and
 * unchanged runs; per-artefact times; peak heap), or attendance:evaluate on a synthetic register of
 * N pupils by 380 sessions (mode "evaluate": read, evaluate and make every output, cold and warm,
 * with CPU time and peak heap), and writes the report to {@code target/attendance-benchmark.txt}.
 * Run it with the {@code benchmark} or {@code benchmark-evaluate} profile of schools/.
 */
@Mojo(name = "benchmark", threadSafe = true)
public class BenchmarkMojo extends AbstractMojo {

  /** The bundled school models to make synthetic schools from. */
  @Parameter(property = "attendance.schoolsDirectory", defaultValue = "${project.basedir}/src/attendance")
  File schoolsDirectory;

  /** How many synthetic schools. */
  @Parameter(property = "attendance.benchmark.schools", defaultValue = "500")
  int schools;

  /** What to benchmark: "schools" (compile N synthetic schools) or "evaluate" (evaluate a synthetic register). */
  @Parameter(property = "attendance.benchmark.mode", defaultValue = "schools")
  String mode;

  /** For "evaluate": how many pupils, each with a whole school year (380 sessions). */
  @Parameter(property = "attendance.benchmark.pupils", defaultValue = "2000")
  int pupils;

  /** For "evaluate": the school's rules.json. */
  @Parameter(property = "attendance.benchmark.rules",
      defaultValue = "${project.build.directory}/attendance/kelvedon-hatch-primary/rules.json")
  File rules;

  /** Scratch folder. */
  @Parameter(defaultValue = "${project.build.directory}/attendance-benchmark")
  File workDirectory;

  /** The report. */
  @Parameter(defaultValue = "${project.build.directory}/attendance-benchmark.txt")
  File report;

  @Override
  public void execute() throws MojoExecutionException {
    try {
      List<String> lines = switch (mode) {
        case "schools" -> Benchmark.run(schoolsDirectory.toPath(), workDirectory.toPath(), schools);
        case "evaluate" -> Benchmark.evaluate(rules.toPath(), workDirectory.toPath(), pupils);
        default -> throw new MojoExecutionException("-Dattendance.benchmark.mode must be schools or evaluate, not '" + mode + "'");
      };
      lines.forEach(getLog()::info);
      AtomicFiles.write(report.toPath(), String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new MojoExecutionException("the benchmark failed: " + e.getMessage(), e);
    }
  }
}
