package uk.org.attendance.render;

import java.util.List;

/**
 * What the checker found in a school, as the documents print it: a policy with an outstanding error
 * is a draft, and says so on every page and on a first page listing what must be settled; findings
 * the school has accepted, with its reasons, are printed as known departures.
 *
 * @param draft whether any error is outstanding
 * @param checkedOn the day the policy was checked, e.g. "23 November 2026"
 * @param rulebook the national rules it was checked against, and when their values were verified
 * @param outstanding the errors still to settle
 * @param departures the findings the school has accepted, with its reasons
 */
public record Review(
    boolean draft,
    String checkedOn,
    String rulebook,
    List<Item> outstanding,
    List<Item> departures) {

  public Review {
    outstanding = List.copyOf(outstanding);
    departures = List.copyOf(departures);
  }

  /**
   * One finding.
   *
   * @param ruleId e.g. "ATT050"
   * @param message what is wrong, in plain English
   * @param hint what to do, or ""
   * @param where the file and line, e.g. "kelvedon-hatch-primary.yaml, line 12"
   * @param reason the school's reason for accepting it (departures only), or ""
   */
  public record Item(String ruleId, String message, String hint, String where, String reason) {
    /** Where it comes from, for the annotated rendering. */
    public Src src() {
      return Src.check(ruleId);
    }
  }

  /**
   * A federation's review: a draft if any member is, with every member's findings once each.
   *
   * @param members the members' reviews (at least one)
   */
  public static Review ofMembers(List<Review> members) {
    Review first = members.get(0);
    java.util.LinkedHashSet<Item> outstanding = new java.util.LinkedHashSet<>();
    java.util.LinkedHashSet<Item> departures = new java.util.LinkedHashSet<>();
    for (Review r : members) {
      outstanding.addAll(r.outstanding());
      departures.addAll(r.departures());
    }
    return new Review(
        !outstanding.isEmpty(),
        first.checkedOn(),
        first.rulebook(),
        List.copyOf(outstanding),
        List.copyOf(departures));
  }

  /** A review for documents rendered without the checker (tests of templates alone). */
  public static Review unchecked(String rulebook) {
    return new Review(false, "", rulebook, List.of(), List.of());
  }
}
