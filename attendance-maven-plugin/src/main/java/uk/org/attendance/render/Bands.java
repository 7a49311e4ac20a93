package uk.org.attendance.render;

import static uk.org.attendance.text.Formats.percent;

import uk.org.attendance.model.Thresholds;

/**
 * A school's attendance band in words, the same in the policy, the leaflet and the letters: "96% or
 * more", "90% or more, but below 96%", "90% or less".
 */
public final class Bands {

  private Bands() {}

  /**
   * @param b a band
   * @return its range in words
   */
  public static String range(Thresholds.Band b) {
    String low =
        b.atLeast() != null
            ? percent(b.atLeast()) + " or more"
            : b.above() != null ? "above " + percent(b.above()) : "";
    String high =
        b.below() != null
            ? "below " + percent(b.below())
            : b.atMost() != null ? percent(b.atMost()) + " or less" : "";
    if (low.isEmpty()) {
      return high;
    }
    if (high.isEmpty()) {
      return low;
    }
    if (b.atLeast() != null && b.atMost() != null) {
      return percent(b.atLeast()) + " to " + percent(b.atMost());
    }
    return low + ", but " + high;
  }
}
