package uk.org.attendance.check.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.PolicyDate;
import uk.org.attendance.model.ResolvedSchool;

/** Flags a review date that has passed (error) or falls within 60 days (warning). */
public final class ReviewOverdue implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT050",
          Severity.ERROR,
          "Review date has passed or is near",
          Links.GUIDANCE,
          List.of("3.2"));

  /** How far ahead a coming review is flagged. */
  static final int WARN_DAYS = 60;

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    PolicyDate due = school.model().policy() == null ? null : school.model().policy().reviewDue();
    if (due == null) {
      return;
    }
    LocalDate today = context.today();
    LocalDate last = due.latest();
    if (last.isBefore(today)) {
      out.report(
          school.at("/policy/reviewDue"),
          "the policy was due for review by "
              + due.text()
              + " and is out of date (checked on "
              + today.format(DAY)
              + ")",
          Hints.reviewWithGovernors());
    } else if (ChronoUnit.DAYS.between(today, last) <= WARN_DAYS) {
      out.warn(
          school.at("/policy/reviewDue"),
          "the policy is due for review by " + due.text() + ", within " + WARN_DAYS + " days",
          Hints.planReview());
    }
  }
}
