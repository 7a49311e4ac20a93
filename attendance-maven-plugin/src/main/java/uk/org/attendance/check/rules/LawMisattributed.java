package uk.org.attendance.check.rules;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.check.SchoolText;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.text.Dates;
import uk.org.attendance.text.Screened;

/**
 * Flags law or guidance credited to the wrong instrument or date: the national framework for
 * penalty notices credited to the Pupil Registration Regulations (it comes from the Penalty Notices
 * (Amendment) Regulations 2024 and the guidance), the 2013 removal of holiday discretion credited
 * to the 2024 regulations, and the guidance said to be statutory from another date.
 */
public final class LawMisattributed implements Rule {
  static final RuleInfo INFO =
      new RuleInfo(
          "ATT081",
          Severity.ERROR,
          "Law or guidance credited to the wrong instrument or date",
          Links.GUIDANCE,
          List.of("R-PN-01", "R-LOA-02"));

  private static final Screened REGISTRATION_2024 =
      Screened.of(
          "Pupil\\s+Registration\\)?\\s*(?:\\(England\\)\\s*)?Regulations\\s+2024",
          Pattern.CASE_INSENSITIVE,
          "2024");
  private static final Screened FRAMEWORK =
      Screened.of(
          "\\b(?:introduc\\w*|creat\\w*|establish\\w*|set\\s+up|brought\\s+in|bring\\s+in)\\s+(?:a|the)\\s+(?:new\\s+)?National\\s+Framework",
          Pattern.CASE_INSENSITIVE,
          "framework");
  private static final Screened REMOVED_2013 =
      Screened.of(
          "references\\s+to\\s+family\\s+holidays?\\s+and\\s+extended\\s+leave\\s+have\\s+been\\s+removed",
          Pattern.CASE_INSENSITIVE,
          "removed");
  private static final Screened STATUTORY =
      Screened.of(
          "\\b(?:became|become|becomes|is|was|came\\s+into\\s+force\\s+as)\\s+statutory"
              + "|statutory\\s+(?:from|since|on)",
          Pattern.CASE_INSENSITIVE,
          "statutory");
  private static final Pattern GUIDANCE =
      Pattern.compile("guidance|working\\s+together", Pattern.CASE_INSENSITIVE);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ResolvedSchool school, CheckContext context, Reporter out) {
    String from = context.rules().effectiveFrom().format(DAY);
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      String t = s.text();
      String lower = s.lower();
      Matcher f = REGISTRATION_2024.find(t, lower) ? FRAMEWORK.found(t, lower) : null;
      if (f != null && !Phrases.deniedBefore(t, f.start())) {
        out.report(
            s.at(f.start()),
            "this text credits the national framework for penalty notices to the Pupil Registration"
                + " Regulations 2024; it comes from the Education (Penalty Notices) (England) (Amendment) Regulations 2024 and the"
                + " guidance",
            Hints.frameworkSource());
      }
      Matcher h = REMOVED_2013.found(t, lower);
      if (h != null) {
        String paragraph = paragraph(school, s);
        if (REGISTRATION_2024.pattern().matcher(paragraph).find() && !paragraph.contains("2013")) {
          out.report(
              s.at(h.start()),
              "this text credits the removal of family holidays and extended leave to the 2024"
                  + " regulations; it was made by the Education (Pupil Registration) (England) (Amendment) Regulations 2013",
              Hints.discretionRemoved2013());
        }
      }
      Matcher st = STATUTORY.found(t, lower);
      if (st != null && GUIDANCE.matcher(s.withLead()).find()) {
        Optional<Dates.Found> d = Dates.find(t.substring(st.start()));
        if (d.isPresent()
            && (d.get().date().earliest().isAfter(context.rules().effectiveFrom())
                || d.get().date().latest().isBefore(context.rules().effectiveFrom()))) {
          out.report(
              s.at(st.start() + d.get().start()),
              "this text says the guidance became statutory "
                  + (d.get().date().precision() == uk.org.attendance.model.PolicyDate.Precision.DAY
                      ? "on "
                      : "in ")
                  + d.get().date().text()
                  + "; it has been statutory since "
                  + from,
              Hints.writeQuoted("statutory from " + from));
        }
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
}
