package uk.org.attendance.check.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.Thresholds.Band;

/** Flags attendance bands that overlap, leave a gap between them, or contain nothing. */
public final class BandsOverlapOrGap implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT062",
          Severity.ERROR,
          "Attendance bands overlap or leave gaps",
          Links.GUIDANCE,
          List.of("R-ABS-04"));

  /** A band as an interval, with inclusive or exclusive ends. */
  private record Interval(
      int index, Band band, double low, boolean lowIn, double high, boolean highIn) {
    String describe() {
      return "'"
          + band.label()
          + "' ("
          + (low == Double.NEGATIVE_INFINITY ? "" : (lowIn ? "from " : "above ") + fmt(low))
          + (low != Double.NEGATIVE_INFINITY && high != Double.POSITIVE_INFINITY ? " " : "")
          + (high == Double.POSITIVE_INFINITY ? "" : (highIn ? "up to " : "below ") + fmt(high))
          + ")";
    }
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    if (school.model().thresholds() == null) {
      return;
    }
    List<Band> bands = school.model().thresholds().bands();
    List<Interval> intervals = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      double low =
          b.atLeast() != null
              ? b.atLeast()
              : b.above() != null ? b.above() : Double.NEGATIVE_INFINITY;
      boolean lowIn = b.above() == null;
      double high =
          b.below() != null
              ? b.below()
              : b.atMost() != null ? b.atMost() : Double.POSITIVE_INFINITY;
      boolean highIn = b.below() == null;
      Interval iv = new Interval(i, b, low, lowIn, high, highIn);
      if (low > high || (low == high && !(lowIn && highIn))) {
        out.report(
            school.at("/thresholds/bands/" + i),
            "the band " + iv.describe() + " contains no attendance figure",
            Hints.checkBandBounds());
        continue;
      }
      intervals.add(iv);
    }
    intervals.sort(Comparator.comparingDouble(Interval::low).thenComparing(iv -> !iv.lowIn()));
    for (int k = 1; k < intervals.size(); k++) {
      Interval a = intervals.get(k - 1);
      Interval b = intervals.get(k);
      boolean overlap = a.high() > b.low() || (a.high() == b.low() && a.highIn() && b.lowIn());
      boolean gap = a.high() < b.low() || (a.high() == b.low() && !a.highIn() && !b.lowIn());
      String where = "/thresholds/bands/" + Math.max(a.index(), b.index());
      if (overlap) {
        out.report(
            school.at(where),
            "the bands " + a.describe() + " and " + b.describe() + " overlap",
            Hints.bandsBelowAndAtLeast());
      } else if (gap) {
        out.report(
            school.at(where),
            "the bands "
                + a.describe()
                + " and "
                + b.describe()
                + " leave a gap at "
                + fmt(a.high())
                + "%",
            Hints.closeBandGap(fmt(a.high())));
      }
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
