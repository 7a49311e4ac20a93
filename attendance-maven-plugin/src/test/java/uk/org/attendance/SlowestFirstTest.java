package uk.org.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of the test classes names only classes that exist, each once. */
class SlowestFirstTest {

  @Test
  void everyClassNamedExists() throws Exception {
    List<String> all = new ArrayList<>(SlowestFirst.FRONT);
    all.addAll(SlowestFirst.BACK);
    assertEquals(all.size(), all.stream().distinct().count(), "each once: " + all);
    for (String name : all) {
      Class.forName("uk.org.attendance." + name);
    }
  }

  @Test
  void theSlowestAreAtBothEndsAndTheRestBetween() {
    assertEquals(0, SlowestFirst.rank("uk.org.attendance.render.PolicyDocumentsTest"));
    assertEquals(2000, SlowestFirst.rank("uk.org.attendance.CrashSafeBuildTest"));
    assertEquals(1000, SlowestFirst.rank("uk.org.attendance.model.ClockTimeTest"));
    assertTrue(
        SlowestFirst.rank("uk.org.attendance.evaluate.LayoutEquivalenceTest")
            > SlowestFirst.rank("uk.org.attendance.build.ShardedRenderTest"));
  }
}
