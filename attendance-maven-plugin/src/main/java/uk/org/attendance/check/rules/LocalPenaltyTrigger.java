package uk.org.attendance.check.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.SchoolText;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.Escalation;
import uk.org.attendance.model.PenaltyNotices;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.Rulebook;
import uk.org.attendance.text.Numbers;
import uk.org.attendance.text.Screened;

/**
 * Flags a penalty-notice trigger that departs from the national threshold of 10 sessions in a
 * rolling 10 school weeks: a different number (e.g. 15 sessions), or a trigger of another kind
 * (e.g. "after the second day of holiday").
 */
public final class LocalPenaltyTrigger implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT012",
          Severity.ERROR,
          "Penalty-notice trigger departs from {thresholdSessions} sessions in a rolling {thresholdSchoolWeeks} school weeks",
          Links.PENALTIES,
          List.of("R-PN-01", "R-PN-03"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    checkText(school, context, out);
    Rulebook.Penalties law = context.rules().penalties();
    String national =
        law.thresholdSessions()
            + " sessions of unauthorised absence in a rolling "
            + law.thresholdSchoolWeeks()
            + " school weeks";
    PenaltyNotices pn = school.model().penaltyNotices();
    if (pn != null && pn.threshold() != null) {
      checkThreshold(school, out, "/penaltyNotices/threshold", pn.threshold(), law, national);
    }
    if (pn != null) {
      for (int i = 0; i < pn.localTriggers().size(); i++) {
        PenaltyNotices.Threshold t = pn.localTriggers().get(i);
        String p = "/penaltyNotices/localTriggers/" + i;
        if (t.sessions() == null || t.schoolWeeks() == null) {
          out.report(
              school.at(p),
              "the policy requests penalty notices at a point that is not the national threshold"
                  + (t.text() == null ? "" : " (\"" + t.text() + "\")"),
              Hints.useNationalThreshold(national));
        } else {
          checkThreshold(school, out, p, t, law, national);
        }
      }
    }
    List<Escalation> flows = school.model().escalation();
    for (int f = 0; f < flows.size(); f++) {
      List<Escalation.Stage> stages = flows.get(f).stages();
      for (int s = 0; s < stages.size(); s++) {
        Escalation.Stage stage = stages.get(s);
        Escalation.Trigger t = stage.trigger();
        boolean penalty =
            stage.actions().stream()
                    .anyMatch(a -> a.toLowerCase(Locale.ROOT).contains("penalty notice"))
                && stage.actions().stream()
                    .noneMatch(a -> a.toLowerCase(Locale.ROOT).contains("warning"));
        if (!penalty || t == null || t.metric() == null) {
          continue;
        }
        String p = "/escalation/" + f + "/stages/" + s + "/trigger/value";
        boolean sessions = t.metric() == Escalation.Metric.UNAUTHORISED_SESSIONS;
        if (!sessions || t.value() == null || t.value() != law.thresholdSessions()) {
          out.report(
              school.whereMissing(p), // a trigger in words only has no value
              "this stage requests a penalty notice at \""
                  + t.text()
                  + "\", not at the national threshold",
              Hints.triggerAt(national));
        }
      }
    }
  }

  private static void checkThreshold(
      ResolvedSchool school,
      Reporter out,
      String p,
      PenaltyNotices.Threshold t,
      Rulebook.Penalties law,
      String national) {
    if (t.sessions() != null && t.sessions() != law.thresholdSessions()) {
      out.report(
          school.at(p + "/sessions"),
          "the policy's trigger is "
              + t.sessions()
              + " sessions; the national threshold is "
              + national,
          Hints.changeTo(law.thresholdSessions()));
    }
    if (t.schoolWeeks() != null && t.schoolWeeks() != law.thresholdSchoolWeeks()) {
      out.report(
          school.at(p + "/schoolWeeks"),
          "the policy's trigger is over "
              + t.schoolWeeks()
              + " school weeks; the national threshold is "
              + national,
          Hints.changeTo(law.thresholdSchoolWeeks()));
    }
  }

  private static final Pattern REQUEST =
      Pattern.compile(
          "\\b(?:issu\\w*|request\\w*|appl(?:y|ies|ied|ication)|refer\\w*|submit\\w*|seek\\w*|will\\s+(?:lead|result)|contact\\w*)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Screened SESSIONS =
      Screened.of(
          "\\b("
              + Numbers.NUMBER
              + ")\\s+(?:or\\s+more\\s+)?(?:unauthori[sz]ed\\s+)?(?:half[- ]day\\s+)?sessions\\b",
          Pattern.CASE_INSENSITIVE,
          "session");
  private static final Pattern TRIGGER =
      Pattern.compile(
          "\\b(?:when|once|after|if|reach\\w*|exceed\\w*|more\\s+than|or\\s+more|at\\s+least)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Screened DAYS =
      Screened.of(
          "\\bafter\\s+(?:the\\s+)?(first|second|third|fourth|fifth|\\d+(?:st|nd|rd|th))\\s+day"
              + "|\\b("
              + Numbers.NUMBER
              + ")\\s+(?:school\\s+)?days?\\s+of\\s+(?:unauthori[sz]ed\\s+)?(?:holiday|absence|leave)",
          Pattern.CASE_INSENSITIVE,
          "day");
  private static final Screened EVERY_HOLIDAY =
      Screened.of(
          "\\b(?:any|every|all)\\s+(?:unauthori[sz]ed\\s+|unagreed\\s+)?(?:term[- ]time\\s+)?(?:holidays?|leave)\\b[^.]{0,120}?"
              + "\\bwill\\s+(?:lead\\s+to|result\\s+in|mean)\\s+(?:a\\s+)?(?:fixed\\s+)?(?:penalty|fine|FPN)(?!\\s+notice\\s+warning|\\s+warning)",
          Pattern.CASE_INSENSITIVE,
          "penalty",
          "fine",
          "fpn");
  private static final Screened CUMULATIVE =
      Screened.of(
          "\\bcumulative(?:ly)?\\b|\\badded\\s+together\\b|\\ball\\s+past\\s+periods\\b",
          Pattern.CASE_INSENSITIVE,
          "cumulative",
          "added",
          "periods");
  private static final Pattern HEALTH =
      Pattern.compile("sick|ill(?:ness)?\\b|medical|health", Pattern.CASE_INSENSITIVE);

  /**
   * Triggers stated in words: a number of sessions other than the threshold, a number of days of
   * holiday, every holiday, or absence counted cumulatively rather than in a rolling window.
   */
  private static void checkText(ResolvedSchool school, CheckContext context, Reporter out) {
    Rulebook.Penalties law = context.rules().penalties();
    String national =
        law.thresholdSessions()
            + " sessions of unauthorised absence in a rolling "
            + law.thresholdSchoolWeeks()
            + " school weeks";
    String hint = Hints.requestOnlyAtThreshold(national);
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      String t = s.text();
      String lower = s.lower();
      boolean penalty = Phrases.PENALTY.find(t, lower);
      if (penalty && REQUEST.matcher(t).find()) {
        Matcher m = SESSIONS.pattern().matcher(t);
        while (SESSIONS.mayMatch(t, lower) && m.find()) {
          int n = Numbers.parse(m.group(1)).orElse(law.thresholdSessions());
          if (n != law.thresholdSessions()
              && TRIGGER.matcher(t.substring(Math.max(0, m.start() - 30), m.start())).find()
              && !Phrases.inExample(t, m.start())
              && !Phrases.deniedBefore(t, m.start())) {
            out.report(
                s.at(m.start()),
                "this text requests a penalty notice at "
                    + n
                    + " sessions; the national threshold is "
                    + national,
                hint);
          }
        }
        Matcher d = DAYS.pattern().matcher(t);
        while (DAYS.mayMatch(t, lower) && d.find()) {
          int days = d.group(1) != null ? ordinal(d.group(1)) : Numbers.parse(d.group(2)).orElse(0);
          int perDay = context.rules().schoolYear().sessionsPerDay();
          if (days > 0
              && days * perDay != law.thresholdSessions()
              && !Phrases.inExample(t, d.start())
              && !Phrases.deniedBefore(t, d.start())) {
            out.report(
                s.at(d.start()),
                "this text requests a penalty notice after "
                    + days
                    + " day"
                    + (days == 1 ? "" : "s")
                    + " of absence ("
                    + days * perDay
                    + " sessions); the national threshold is "
                    + national,
                hint);
          }
        }
      }
      Matcher e = EVERY_HOLIDAY.found(t, lower);
      if (e != null && !Phrases.deniedBefore(t, e.start())) {
        out.report(
            s.at(e.start()),
            "this text makes a penalty notice automatic for every term-time holiday; the national"
                + " threshold is "
                + national
                + ", and each case is considered on its own",
            hint);
      }
      Matcher c = CUMULATIVE.found(t, lower);
      if (c != null
          && lower.contains("unauthori")
          && !HEALTH.matcher(t).find()
          && (penalty || Phrases.PENALTY.pattern().matcher(paragraph(school, s)).find())
          && !Phrases.deniedBefore(t, c.start())) {
        out.report(
            s.at(c.start()),
            "this text counts unauthorised absence cumulatively; the national threshold counts "
                + national
                + ", and older absence drops out of the window",
            Hints.rollingWindow(law.thresholdSchoolWeeks()));
      }
    }
  }

  private static String paragraph(ResolvedSchool school, SchoolText.Sentence s) {
    return SchoolText.of(school.model()).stream()
        .filter(e -> e.pointer().equals(s.pointer()))
        .map(SchoolText.Entry::text)
        .findFirst()
        .orElse("");
  }

  private static int ordinal(String w) {
    switch (w.toLowerCase(Locale.ROOT)) {
      case "first":
        return 1;
      case "second":
        return 2;
      case "third":
        return 3;
      case "fourth":
        return 4;
      case "fifth":
        return 5;
      default:
        return Integer.parseInt(w.replaceAll("\\D", ""));
    }
  }
}
