package uk.org.attendance.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top costs in a JFR recording's CPU samples ({@code jdk.ExecutionSample}): by library (the
 * package of the sampled method itself, its self time), by our entry point (the outermost frame of
 * ours below the thread's start that names an output or a phase, its total time), and by method
 * (self time).
 *
 * <p>Development only (test code): {@code java -cp ... uk.org.attendance.bench.Profile file.jfr
 * [top [from to]]} (from and to as ISO instants), or the schools benchmark's {@code jfr=} argument.
 */
final class Profile {

  /** Library names by package prefix, longest first wins. */
  private static final String[][] LIBRARIES = {
    {"uk.org.attendance.", "ours"},
    {"com.openhtmltopdf.", "openhtmltopdf"},
    {"org.apache.pdfbox.", "PDFBox"},
    {"org.apache.fontbox.", "PDFBox (fontbox)"},
    {"org.apache.xmpbox.", "PDFBox (xmpbox)"},
    {"de.rototor.", "pdfbox-graphics2d"},
    {"org.apache.batik.", "Batik"},
    {"freemarker.", "FreeMarker"},
    {"com.vladsch.flexmark.", "flexmark"},
    {"com.fasterxml.jackson.", "Jackson"},
    {"org.yaml.snakeyaml.", "SnakeYAML"},
    {"com.networknt.", "json-schema-validator"},
    {"org.apache.poi.", "POI"},
    {"org.apache.xmlbeans.", "XMLBeans"},
    {"org.jsoup.", "jsoup"},
    {"java.util.regex.", "JDK regex"},
    {"java.util.zip.", "JDK zip"},
    {"java.lang.String", "JDK strings"},
    {"java.util.", "JDK collections"},
    {"com.sun.org.apache.xerces.", "JDK XML (Xerces)"},
    {"com.sun.org.apache.xml.", "JDK XML"},
    {"com.sun.org.apache.xalan.", "JDK XSLT"},
    {"javax.xml.", "JDK XML"},
    {"org.w3c.", "JDK XML"},
    {"sun.nio.", "JDK I/O"},
    {"java.nio.", "JDK I/O"},
    {"java.io.", "JDK I/O"},
    {"java.awt.", "JDK AWT (fonts, geometry)"},
    {"sun.font.", "JDK AWT (fonts, geometry)"},
    {"java.lang.invoke.", "JDK reflection"},
    {"java.lang.reflect.", "JDK reflection"},
    {"jdk.internal.reflect.", "JDK reflection"},
    {"java.lang.", "JDK lang"},
    {"jdk.", "JDK internal"},
    {"sun.", "JDK internal"},
  };

  private Profile() {}

  public static void main(String[] args) throws IOException {
    summary(
            Path.of(args[0]),
            args.length > 1 ? Integer.parseInt(args[1]) : 15,
            args.length > 3 ? java.time.Instant.parse(args[2]) : null,
            args.length > 3 ? java.time.Instant.parse(args[3]) : null)
        .forEach(System.out::println);
  }

  /**
   * The top costs of a recording, as report lines.
   *
   * @param jfr the recording
   * @param top how many rows per table
   * @param from the first instant whose samples count, or null
   * @param to the last instant whose samples count, or null
   */
  static List<String> summary(Path jfr, int top, java.time.Instant from, java.time.Instant to)
      throws IOException {
    Map<String, Integer> byLibrary = new HashMap<>();
    Map<String, Integer> byEntry = new HashMap<>();
    Map<String, Integer> byMethod = new HashMap<>();
    Map<String, Integer> byOurs = new HashMap<>();
    Map<String, Integer> byCaller = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample")
          || from != null && e.getStartTime().isBefore(from)
          || to != null && e.getStartTime().isAfter(to)) {
        continue;
      }
      RecordedStackTrace st = e.getStackTrace();
      if (st == null || st.getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = st.getFrames();
      String self = name(frames.get(0));
      byMethod.merge(self, 1, Integer::sum);
      byLibrary.merge(library(self), 1, Integer::sum);
      byEntry.merge(entry(frames), 1, Integer::sum);
      byCaller.merge(caller(frames), 1, Integer::sum);
      // Every method of ours on the stack (once per sample): its total time.
      Set<String> ours = new LinkedHashSet<>();
      for (RecordedFrame f : frames) {
        String n = name(f);
        if (n.startsWith("uk.org.attendance.") && !n.startsWith("uk.org.attendance.bench.")) {
          ours.add(n);
        }
      }
      ours.forEach(n -> byOurs.merge(n, 1, Integer::sum));
    }
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "profile %s: %,d CPU samples", jfr.getFileName(), samples));
    out.add("  by entry point (total):");
    out.addAll(table(byEntry, samples, top));
    out.add("  by library, the JDK's time given to the library that called it:");
    out.addAll(table(byCaller, samples, top));
    out.add("  by library (self):");
    out.addAll(table(byLibrary, samples, top));
    out.add("  our methods (total, on the stack):");
    out.addAll(table(byOurs, samples, top));
    out.add("  methods (self):");
    out.addAll(table(byMethod, samples, top));
    return out;
  }

  private static List<String> table(Map<String, Integer> counts, int samples, int top) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(top)
        .map(
            e ->
                String.format(
                    Locale.ROOT,
                    "    %5.1f%%  %s",
                    100.0 * e.getValue() / Math.max(1, samples),
                    e.getKey()))
        .toList();
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  static String library(String method) {
    String best = "other (" + method.substring(0, Math.max(0, method.lastIndexOf('.'))) + ")";
    int length = -1;
    for (String[] l : LIBRARIES) {
      if (method.startsWith(l[0]) && l[0].length() > length) {
        best = l[1];
        length = l[0].length();
      }
    }
    if (best.startsWith("other (")) {
      String[] parts = method.split("\\.");
      best = parts.length > 2 ? parts[0] + "." + parts[1] + "." + parts[2] : method;
    }
    return best;
  }

  /** The library of the innermost frame that is not the JDK's ("the JDK" if every frame is). */
  static String caller(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      String n = name(f);
      if (!n.startsWith("java.")
          && !n.startsWith("javax.")
          && !n.startsWith("jdk.")
          && !n.startsWith("sun.")
          && !n.startsWith("com.sun.")
          && !n.startsWith("org.w3c.")
          && !n.startsWith("org.xml.")) {
        return library(n);
      }
    }
    return "the JDK";
  }

  /**
   * The entry point a sample belongs to: the output being made ({@code render.outputs.X.make}), or
   * else the outermost of loading, checking, reports or the façade; else the sampled library.
   */
  static String entry(List<RecordedFrame> frames) {
    String outermost = null;
    for (int i = frames.size() - 1; i >= 0; i--) {
      String n = name(frames.get(i));
      if (n.startsWith("uk.org.attendance.render.outputs.") && n.endsWith(".make")) {
        return n.substring("uk.org.attendance.render.outputs.".length());
      }
      if (outermost == null
          && n.startsWith("uk.org.attendance.")
          && !n.startsWith("uk.org.attendance.bench.")
          && !n.startsWith("uk.org.attendance.build.")
          // the façade, its lambdas included (the pool that checks the schools)
          && !n.startsWith("uk.org.attendance.AttendanceCompiler")) {
        outermost = n.substring("uk.org.attendance.".length());
      }
    }
    if (outermost != null) {
      return outermost;
    }
    for (RecordedFrame f : frames) {
      String n = name(f);
      if (n.startsWith("uk.org.attendance.")) {
        return n.substring("uk.org.attendance.".length());
      }
    }
    return "(not ours: " + library(name(frames.get(0))) + ")";
  }
}
