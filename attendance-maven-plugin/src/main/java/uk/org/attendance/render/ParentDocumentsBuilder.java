package uk.org.attendance.render;

import static uk.org.attendance.render.Formats.money;
import static uk.org.attendance.render.Formats.orEmpty;
import static uk.org.attendance.render.Formats.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.PupilGroup;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.School;
import uk.org.attendance.model.Thresholds;
import uk.org.attendance.reference.MergeField;
import uk.org.attendance.reference.Rulebook;

/**
 * Builds what parents read besides the policy: the leaflet and the letters. Same facts, same
 * rulebook, plainer words. Thread-safe.
 */
public final class ParentDocumentsBuilder {

  private final Markdown markdown;

  public ParentDocumentsBuilder(Markdown markdown) {
    this.markdown = markdown;
  }

  /** The leaflet. */
  public LeafletView leaflet(ResolvedSchool s, Rulebook rules, boolean forPrint, PolicyView policy) {
    School m = s.model();
    List<LeafletView.TimeRow> times = new ArrayList<>();
    for (PupilGroup g : m.schoolDay().groups()) {
      times.add(new LeafletView.TimeRow(g.name(), dash(time(g.gatesOpen())),
          g.morningRegister() == null ? "\u2013" : dash(time(g.morningRegister().closes())), dash(time(g.endOfDay()))));
    }
    Rulebook.Penalties p = rules.penalties();
    List<PolicyView.ContactRow> contacts = policy.contacts().stream()
        .filter(c -> !c.role().startsWith("Governor") && !c.role().equals("Chair of Governors")).toList();
    String website = orEmpty(m.school().website());
    String where = website.isEmpty()
        ? "Ask the school office for a copy of our full attendance policy."
        : "Our full attendance policy is on our website: " + website + ". You can also ask the office for a copy.";
    PolicyView.Meta meta = new PolicyView.Meta("en-GB", "School attendance: a guide for parents \u2013 " + m.school().name(),
        "How to tell " + policy.cover().shortName() + " about an absence, and what happens next", m.school().name(), forPrint,
        policy.meta().rulebook());
    return new LeafletView(meta, m.school().name(), times, policy.reporting().deadline(), policy.reporting().everyDay(),
        policy.reporting().channels(), policy.reporting().whatToSay(), policy.levels().target(), policy.levels().bands(),
        String.valueOf(p.thresholdSessions()), String.valueOf(p.thresholdSessions() / 2), String.valueOf(p.thresholdSchoolWeeks()),
        money(p.firstReducedAmount()), String.valueOf(p.firstReducedDays()), money(p.firstFullAmount()),
        String.valueOf(p.firstFullDays()), money(p.secondAmount()), contacts, where);
  }

  /**
   * One letter.
   *
   * @param mode how merge fields appear (template for the web page, sample for the sample PDF)
   */
  public LetterView letter(ResolvedSchool s, Letter letter, Map<String, String> facts, LetterText.Mode mode, Rulebook rules,
      boolean forPrint) {
    School m = s.model();
    String body = LetterText.fill(letter.body(), facts, mode, m.letterFields());
    String date = mode == LetterText.Mode.SAMPLE ? MergeField.LetterDate.example()
        : "\u00AB" + m.letterFields().getOrDefault(MergeField.LetterDate.name(), MergeField.LetterDate.name()) + "\u00BB";
    PolicyView.Meta meta = new PolicyView.Meta("en-GB", letter.title() + " \u2013 " + m.school().name(),
        orEmpty(letter.purpose()).isEmpty() ? letter.title() : letter.purpose(), m.school().name(), forPrint,
        rules.name());
    return new LetterView(meta, letterhead(m), letter.title(), date, markdown.toHtml(body),
        signature(m, letter), factRows(m, facts, rules),
        mode == LetterText.Mode.SAMPLE);
  }

  /** "Mrs K Johnson, Interim Headteacher", or "" when the school names nobody to sign. */
  static String signature(School m, Letter letter) {
    uk.org.attendance.model.Person p = m.signatoryOf(letter);
    if (p == null) {
      return "";
    }
    return orEmpty(p.role()).isEmpty() ? p.name() : p.name() + ", " + p.role();
  }

  /** The school's name, then its address and contact lines. */
  public static List<String> letterhead(School m) {
    List<String> lines = new ArrayList<>();
    lines.add(m.school().name());
    lines.addAll(m.school().address());
    if (m.school().phone() != null) {
      lines.add("Phone: " + m.school().phone());
    }
    if (m.school().email() != null) {
      lines.add("Email: " + m.school().email());
    }
    if (m.school().website() != null) {
      lines.add(m.school().website());
    }
    return lines;
  }

  /** The "about attendance" panel: the school's bands, its deadline, and the national fines. */
  public static List<LetterView.FactRow> factRows(School m, Map<String, String> facts, Rulebook rules) {
    List<LetterView.FactRow> rows = new ArrayList<>();
    if (facts.containsKey("ReportingDeadline")) {
      rows.add(new LetterView.FactRow("Report an absence", "by " + facts.get("ReportingDeadline") + " on each day"));
    }
    if (m.thresholds() != null) {
      for (Thresholds.Band b : m.thresholds().bands()) {
        String text = facts.get(uk.org.attendance.reference.FactField.BAND_PREFIX + b.id());
        rows.add(new LetterView.FactRow(b.label(), text + (orEmpty(b.meaning()).isEmpty() ? "" : ": " + b.meaning())));
      }
    }
    Rulebook.Penalties p = rules.penalties();
    rows.add(new LetterView.FactRow("Penalty notices", money(p.firstReducedAmount()) + " per parent, per child, if paid within "
        + p.firstReducedDays() + " days; " + money(p.firstFullAmount()) + " if paid within " + p.firstFullDays()
        + " days; a second notice is " + money(p.secondAmount())));
    return rows;
  }

  private static String dash(String s) {
    return s.isEmpty() ? "\u2013" : s;
  }
}
