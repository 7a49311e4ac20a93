package uk.org.attendance.files;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Runs work that writes XML through libraries (POI saving a Word part, xmpbox writing a PDF's
 * metadata) with the JDK's own {@code javax.xml} factories. Those libraries ask for a new {@code
 * TransformerFactory} for each part; the lookup reads the service files of every jar on the class
 * path (hundreds in a Maven build, and it finds and starts Saxon where a test or a build has it),
 * which cost a Word letter about half a second. With no service files to find, the JDK's default is
 * used at once, and the bytes written are the same. Thread-safe: the context class loader is set
 * for the calling thread only, and put back.
 */
public final class JdkXml {

  /** Work that may fail with an I/O error. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws IOException;
  }

  private static final String XML_SERVICES = "META-INF/services/javax.xml.";

  /** The plugin's class loader, without the service files of the {@code javax.xml} factories. */
  private static final ClassLoader NO_XML_SERVICES =
      new ClassLoader(JdkXml.class.getClassLoader()) {
        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
          return name.startsWith(XML_SERVICES)
              ? Collections.emptyEnumeration()
              : super.getResources(name);
        }

        @Override
        public URL getResource(String name) {
          return name.startsWith(XML_SERVICES) ? null : super.getResource(name);
        }
      };

  private JdkXml() {}

  /** Runs {@code work} with the JDK's XML factories, and returns what it returns. */
  public static <T> T using(Work<T> work) throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(NO_XML_SERVICES);
    try {
      return work.run();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
