package uk.org.attendance.model;

/**
 * The timings of the school day for one group of pupils (most schools have one group; some have
 * separate nursery or reception times).
 *
 * @param id stable identifier, e.g. "reception"
 * @param name as printed, e.g. "Years 1 to 6"
 * @param stage which stage the group is in (decides whether the 32.5-hour week applies)
 * @param gatesOpen when pupils can arrive
 * @param morningRegister the morning register
 * @param afternoonRegister the afternoon register
 * @param endOfDay when the school day ends
 */
public record PupilGroup(
    String id,
    String name,
    Stage stage,
    ClockTime gatesOpen,
    Register morningRegister,
    Register afternoonRegister,
    ClockTime endOfDay) {

  /** A stage of schooling, as far as attendance rules care. */
  public enum Stage {
    /** Below compulsory school age: codes X, no 32.5-hour expectation. */
    NURSERY,
    /** The reception year: mostly below compulsory school age. */
    RECEPTION,
    /** Compulsory school age. */
    COMPULSORY,
    /** Several stages together (a whole-school group). */
    MIXED
  }
}
