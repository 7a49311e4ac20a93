package uk.org.attendance.evaluate;

/**
 * One pupil's marks in the register, in session order.
 *
 * @param register the register
 * @param pupil the pupil's index
 */
record PupilMarks(Register register, int pupil) {

  /** The index of the pupil's first mark. */
  int from() {
    return register.start(pupil);
  }

  /** One past the index of the pupil's last mark. */
  int to() {
    return register.start(pupil + 1);
  }
}
