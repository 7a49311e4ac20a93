package uk.org.attendance.render;

import java.nio.file.Path;

/** Lets tests in other packages copy the house style. */
public final class TemplatesTestSupport {
  private TemplatesTestSupport() {}

  public static void copyHouseStyle(Path to) throws Exception {
    TemplatesTest.copyHouseStyle(to);
  }
}
