package uk.org.attendance;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Orders the test classes so that the two workers (junit-platform.properties) each start with the
 * slowest classes and end with quick ones: no long class is left running alone at the end while the
 * other core waits. The order changes only how long the suite takes, never what it proves.
 *
 * <p>JUnit forks every class in this order and then one worker takes them from the front while the
 * other takes them from the back. So the slowest classes go to both ends: {@link #FRONT} in order
 * from the front, {@link #BACK} in order from the back, and every other class (quick ones) in
 * between, by name. The first class to read {@code render/RenderedBundle} renders every bundled
 * school, so the classes that read it are all at the front, one after another, and never wait on
 * each other for it. (The jqwik properties, LoaderFuzzTest and RegisterFuzzTest, are not JUnit
 * Jupiter classes: their engine runs them after every Jupiter class, one at a time, with the other
 * core idle, so they are kept under a second each; AuditFuzzTest, which takes seconds, is a Jupiter
 * class for that reason.)
 */
public final class SlowestFirst implements ClassOrderer {

  /** Taken first by one worker: the bundle's readers, slowest first (measured, issue 15). */
  static final List<String> FRONT =
      List.of(
          "render.PolicyDocumentsTest",
          "render.ParentDocumentsTest",
          "render.MailMergeRoundTripTest",
          "render.ProvenanceTest",
          "render.SignableSentencesTest",
          "render.SchoolsKeepTheirWordsTest",
          "render.ModelSourcesTest",
          "render.PdfAssertionsTest");

  /**
   * Taken first by the other worker: the slowest of the rest, slowest first (measured in the tests'
   * JVM as pom.xml's argLine starts it, with the quick compiler only; issue 15).
   */
  static final List<String> BACK =
      List.of(
          "CrashSafeBuildTest",
          "importer.ImportTest",
          "text.ScreenedTest",
          "importer.ImportRoundTripTest",
          "evaluate.LayoutEquivalenceTest",
          "audit.AuditFuzzTest",
          "audit.HostileAuditInputTest",
          "audit.AuditCorpusTest",
          "ConcurrentBuildTest",
          "StrictLocationsTest",
          "mojo.ShardedCheckTest",
          "importer.ImportFactsTest",
          "build.ShardedRenderTest",
          "build.IncrementalTest",
          "DefectsInRealSchoolsTest",
          "HostileInputTest");

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparingInt((ClassDescriptor d) -> rank(d.getTestClass().getName()))
                .thenComparing(d -> d.getTestClass().getName()));
  }

  /** FRONT from 0 up, the unlisted classes at 1,000, BACK from 2,000 down. */
  static int rank(String className) {
    String name = className.replaceFirst("^uk\\.org\\.attendance\\.", "");
    int front = FRONT.indexOf(name);
    if (front >= 0) {
      return front;
    }
    int back = BACK.indexOf(name);
    return back >= 0 ? 2000 - back : 1000;
  }
}
