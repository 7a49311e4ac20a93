package uk.org.attendance.check.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.SchoolText;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.PenaltyNotices;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.AttendanceCode;
import uk.org.attendance.text.Screened;

/** Flags threshold codes other than G, N, O and U, e.g. a list that leaves out N. */
public final class ThresholdCodesIncomplete implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT013",
          Severity.ERROR,
          "Penalty threshold codes are not G, N, O and U",
          Links.PENALTIES,
          List.of("R-PN-01"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    checkText(school, context, out);
    PenaltyNotices pn = school.model().penaltyNotices();
    if (pn == null || pn.threshold() == null || pn.threshold().codes().isEmpty()) {
      return;
    }
    List<String> stated =
        pn.threshold().codes().stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
    List<String> national =
        context.rules().penalties().thresholdCodes().stream().map(AttendanceCode::code).toList();
    String missing =
        national.stream().filter(c -> !stated.contains(c)).collect(Collectors.joining(", "));
    String extra =
        stated.stream().filter(c -> !national.contains(c)).collect(Collectors.joining(", "));
    if (!missing.isEmpty()) {
      out.report(
          school.at("/penaltyNotices/threshold/codes"),
          "the threshold codes leave out "
              + missing
              + "; every unauthorised code (G, N, O and U) counts",
          Hints.listThresholdCodes());
    }
    if (!extra.isEmpty()) {
      out.report(
          school.at("/penaltyNotices/threshold/codes"),
          "the threshold codes include " + extra + ", which are not unauthorised absence",
          Hints.listThresholdCodes());
    }
  }

  private static final Pattern CODE_LIST =
      Pattern.compile(
          "(?<![\\w'])'?([A-Z]\\d?)'?(?:\\s*(?:,|/|&|and/or|and|or)\\s*'?([A-Z]\\d?)'?(?![\\w']))+",
          0);
  private static final Screened CONTEXT =
      Screened.of(
          "threshold|penalty|sessions?\\s+of\\s+(?:any\\s+type\\s+of\\s+)?unauthori|"
              + "combination\\s+of",
          Pattern.CASE_INSENSITIVE,
          "threshold",
          "penalty",
          "session",
          "combination");
  private static final Pattern ONE_CODE = Pattern.compile("(?<![\\w'])'?([A-Z]\\d?)'?(?![\\w'])");

  /** Codes listed in words for the threshold ("G, O and/or U coded"), leaving one out. */
  private static void checkText(ResolvedSchool school, CheckContext context, Reporter out) {
    List<String> national =
        context.rules().penalties().thresholdCodes().stream().map(AttendanceCode::code).toList();
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      String t = s.text();
      if (!s.lower().contains("cod") || !CONTEXT.find(t, s.lower())) {
        continue;
      }
      Matcher m = CODE_LIST.matcher(t);
      while (m.find()) {
        java.util.List<String> listed = new java.util.ArrayList<>();
        Matcher one = ONE_CODE.matcher(m.group());
        while (one.find()) {
          listed.add(one.group(1));
        }
        if (listed.size() < 2 || !national.containsAll(listed)) {
          continue;
        }
        String missing =
            national.stream().filter(c -> !listed.contains(c)).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
          out.report(
              s.at(m.start()),
              "this text lists the codes that count towards the threshold as "
                  + String.join(", ", listed)
                  + "; "
                  + missing
                  + " count"
                  + (missing.contains(",") ? "" : "s")
                  + " too: every unauthorised code (G, N, O and U)",
              Hints.thresholdCodesInWords());
        }
      }
    }
  }
}
