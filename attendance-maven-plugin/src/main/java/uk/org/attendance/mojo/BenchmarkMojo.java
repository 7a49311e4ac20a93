package uk.org.attendance.mojo;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.org.attendance.bench.Benchmark;
import uk.org.attendance.report.AtomicFiles;

/**
 * Benchmarks the compiler on N synthetic schools made from the bundled ones (cold, warm and
 * unchanged runs; per-artefact times; peak heap), and writes the report to
 * {@code target/attendance-benchmark.txt}. Run it with the {@code benchmark} profile of schools/.
 */
@Mojo(name = "benchmark", threadSafe = true)
public class BenchmarkMojo extends AbstractMojo {

  /** The bundled school models to make synthetic schools from. */
  @Parameter(property = "attendance.schoolsDirectory", defaultValue = "${project.basedir}/src/attendance")
  File schoolsDirectory;

  /** How many synthetic schools. */
  @Parameter(property = "attendance.benchmark.schools", defaultValue = "500")
  int schools;

  /** Scratch folder. */
  @Parameter(defaultValue = "${project.build.directory}/attendance-benchmark")
  File workDirectory;

  /** The report. */
  @Parameter(defaultValue = "${project.build.directory}/attendance-benchmark.txt")
  File report;

  @Override
  public void execute() throws MojoExecutionException {
    try {
      List<String> lines = Benchmark.run(schoolsDirectory.toPath(), workDirectory.toPath(), schools);
      lines.forEach(getLog()::info);
      AtomicFiles.write(report.toPath(), String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new MojoExecutionException("the benchmark failed: " + e.getMessage(), e);
    }
  }
}
