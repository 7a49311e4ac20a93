package uk.org.attendance.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** Maven's reproducible-build timestamp, in each form Maven allows. */
class RenderMojoTest {

  @Test
  void readsTheOutputTimestamp() throws Exception {
    assertEquals(
        Instant.parse("2026-01-01T00:00:00Z"), RenderMojo.timestamp("2026-01-01T00:00:00Z"));
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), RenderMojo.timestamp("1767225600"));
    assertEquals(Instant.parse("1980-01-01T00:00:00Z"), RenderMojo.timestamp(null));
    assertEquals(
        "project.build.outputTimestamp 'last tuesday' is not a date such as 2026-01-01T00:00:00Z",
        assertThrows(MojoFailureException.class, () -> RenderMojo.timestamp("last tuesday"))
            .getMessage());
  }
}
