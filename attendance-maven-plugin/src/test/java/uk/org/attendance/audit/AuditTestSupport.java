package uk.org.attendance.audit;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages make Word and PDF copies of a text policy. */
public final class AuditTestSupport {
  private AuditTestSupport() {}

  /** A .docx copy of a text policy, one paragraph per line. */
  public static void docx(Path txt, Path out) throws IOException {
    PolicyFiles.docx(PolicyFiles.paragraphs(txt), out);
  }

  /** A PDF copy of a text policy. */
  public static void pdf(Path txt, Path out) throws IOException {
    PolicyFiles.pdf(PolicyFiles.paragraphs(txt), out);
  }
}
