package uk.org.attendance.evaluate;

/**
 * How big an input file may be. A register export for one school year of a large secondary school
 * (2,000 pupils, 380 sessions) is about 760,000 rows and 25 to 60 MB, so the defaults leave plenty
 * of room while refusing what could not be a register (or would exhaust memory).
 *
 * @param maxBytes the largest file
 * @param maxRows the most data rows
 * @param maxColumns the most columns in a row (a mark grid has one per session)
 * @param maxLineChars the longest row, in characters
 * @param maxMarks the most marks (one per pupil per session)
 * @param maxDays the most days with marks (a school year has 190 school days)
 * @param maxPupilDays the most pupils times days with marks: each pupil is evaluated day by day, so
 *     this bounds the work (2,000 pupils for a school year is 380,000)
 */
public record InputLimits(
    long maxBytes,
    int maxRows,
    int maxColumns,
    int maxLineChars,
    int maxMarks,
    int maxDays,
    long maxPupilDays) {

  /**
   * 256 MB, 2,000,000 rows, 2,000 columns, 100,000 characters a line, 2,000,000 marks, 1,000 days
   * (about five school years) and 20,000,000 pupil-days.
   */
  public static final InputLimits DEFAULT =
      new InputLimits(256L << 20, 2_000_000, 2_000, 100_000, 2_000_000, 1_000, 20_000_000L);

  /** Warnings of one kind printed in full before the rest are only counted. */
  public static final int SHOWN = 10;

  public InputLimits {
    if (maxMarks >= 1 << 22 || maxRows >= 1 << 21) {
      throw new IllegalArgumentException(
          "at most 4,194,303 marks and 2,097,151 rows can be indexed");
    }
  }
}
