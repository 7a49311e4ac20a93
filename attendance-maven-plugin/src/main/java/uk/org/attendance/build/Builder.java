package uk.org.attendance.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.files.AtomicFiles;
import uk.org.attendance.files.Hashes;
import uk.org.attendance.model.SourceRef;

/**
 * Builds targets from registered artefacts: in parallel (one task per target, as many at once as
 * there are cores), skipping a target whose fingerprint has not changed since its last good build,
 * making every artefact of a target in memory before anything is written, removing the target's
 * fingerprint, writing each file whole (temporary file, then move) and the new fingerprint last,
 * and timing every artefact. A build killed at any moment leaves each folder either complete with
 * its fingerprint or without one, to be made again. It knows no document format: artefacts do.
 * Stateless; thread-safe.
 */
public final class Builder {

  /** Rule id of build problems in reports. */
  public static final String RENDER = "RENDER";

  private Builder() {}

  /**
   * How to build.
   *
   * @param force build every target, whatever the fingerprints say
   * @param only the artefacts to make by name; null for every artefact that is not optional
   * @param timings where artefact timings go, or null
   */
  public record Settings(boolean force, Set<String> only, Timings timings) {}

  /**
   * What one run wrote, and what went wrong.
   *
   * @param written files written
   * @param diagnostics problems, located
   * @param upToDate targets skipped because nothing they depend on had changed
   */
  public record Outcome(List<Path> written, List<Diagnostic> diagnostics, int upToDate) {}

  /**
   * @param jobs the targets
   * @param artefacts every registered artefact, in the order they are made
   * @param settings force, the artefacts asked for, timings
   * @param describe how a failure becomes a located diagnostic (given the target's own location)
   * @param <C> what a target's artefacts share
   * @return what was written, and every problem
   */
  public static <C> Outcome run(
      List<Job<C>> jobs,
      List<? extends Artefact<C>> artefacts,
      Settings settings,
      BiFunction<BuildException, SourceRef, Diagnostic> describe) {
    String chosen =
        artefacts.stream()
            .filter(a -> chosen(a, settings))
            .map(Artefact::name)
            .collect(Collectors.joining(","));
    List<Job<C>> todo =
        jobs.stream()
            .filter(
                j -> settings.force() || !Fingerprints.upToDate(j.dir(), fingerprint(j, chosen)))
            .toList();
    List<Callable<Result>> tasks =
        todo.stream()
            .map(j -> (Callable<Result>) () -> build(j, artefacts, settings, chosen, describe))
            .toList();
    List<Path> written = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), tasks.size()));
    ExecutorService pool = threads("attendance-build", threads);
    try {
      for (Future<Result> f : pool.invokeAll(tasks)) {
        Result r = f.get();
        written.addAll(r.written());
        if (r.problem() != null) {
          problems.add(r.problem());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problems.add(
          Diagnostic.error(RENDER, SourceRef.of(Path.of("")), "building was interrupted", null));
    } catch (ExecutionException e) {
      problems.add(
          Diagnostic.error(
              RENDER,
              SourceRef.of(Path.of("")),
              "building failed: " + e.getCause(),
              Hints.reportBug()));
    } finally {
      pool.shutdownNow();
    }
    return new Outcome(written, problems, jobs.size() - todo.size());
  }

  private static boolean chosen(Artefact<?> a, Settings s) {
    return s.only() == null ? !a.optional() : s.only().contains(a.name());
  }

  /**
   * A target's fingerprint covers which artefacts were made, so a partial build is never "up to
   * date" for a full one.
   */
  private static String fingerprint(Job<?> job, String chosen) {
    return Hashes.sha256(job.fingerprint(), chosen);
  }

  private record Result(List<Path> written, Diagnostic problem) {}

  private static <C> Result build(
      Job<C> job,
      List<? extends Artefact<C>> artefacts,
      Settings settings,
      String chosen,
      BiFunction<BuildException, SourceRef, Diagnostic> describe) {
    try {
      C context = job.context().get();
      Output out = new Output();
      for (Artefact<C> a : artefacts) {
        if (a.appliesTo(job.kind()) && chosen(a, settings)) {
          long t0 = System.nanoTime();
          a.make(context, out);
          if (settings.timings() != null) {
            settings.timings().record(a.name(), System.nanoTime() - t0);
          }
        }
      }
      // Everything is made in memory first; only then is anything written: the old fingerprint goes
      // first, the new one last.
      Fingerprints.forget(job.dir());
      List<Path> written = new ArrayList<>();
      for (Map.Entry<String, byte[]> f : out.files().entrySet()) {
        Path file = job.dir().resolve(f.getKey());
        AtomicFiles.write(file, f.getValue());
        written.add(file);
      }
      Fingerprints.record(job.dir(), fingerprint(job, chosen));
      return new Result(written, null);
    } catch (BuildException e) {
      return new Result(List.of(), describe.apply(e, job.at()));
    } catch (IOException e) {
      return new Result(
          List.of(),
          Diagnostic.error(
              RENDER,
              job.at(),
              "the documents for " + job.id() + " cannot be written: " + e.getMessage(),
              Hints.checkOutputFolderWritable()));
    } catch (RuntimeException e) {
      return new Result(
          List.of(),
          Diagnostic.error(
              RENDER,
              job.at(),
              "the documents for " + job.id() + " could not be made: " + e,
              Hints.reportBug()));
    }
  }

  /**
   * The value of a task run on one of these pools, waited for: an error or unchecked exception the
   * task threw is thrown again as it was, any other is wrapped, and an interruption is kept.
   *
   * @param what what the task does, for the interruption's message ("checking")
   */
  public static <T> T await(Future<T> task, String what) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * A pool of {@code count} daemon threads named {@code name}, so that a build's workers never keep
   * Maven's JVM alive and are named in a thread dump or a profile.
   */
  public static ExecutorService threads(String name, int count) {
    return Executors.newFixedThreadPool(
        count,
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }
}
