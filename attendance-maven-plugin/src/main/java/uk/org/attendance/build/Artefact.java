package uk.org.attendance.build;

/**
 * One kind of output: the policy PDF, the leaflet's web page, a school's letters in Word. An
 * artefact says what it is called and what it applies to, and makes its files from a target's
 * context; the builder does everything else (parallelism, skip-unchanged, atomic writes, timings).
 * Adding an output is one class and one registration.
 *
 * @param <C> what the artefacts of one target share (a school, its review, its views)
 */
public interface Artefact<C> {

  /** Its name, e.g. "policy.pdf": for timings and for choosing what to make. */
  String name();

  /** Whether it is made for a target of this kind. */
  boolean appliesTo(Kind kind);

  /** Whether it is made only when asked for by name (e.g. the annotated page for governors). */
  default boolean optional() {
    return false;
  }

  /**
   * Makes the artefact's files.
   *
   * @param context the target's shared context
   * @param out where its files go, by path relative to the target's folder
   * @throws BuildException when it cannot be made; nothing of the target is written then
   */
  void make(C context, Output out) throws BuildException;

  /** What a target is. */
  enum Kind {
    /** One school's documents. */
    SCHOOL,
    /** A trust's federation-wide documents. */
    FEDERATION
  }
}
