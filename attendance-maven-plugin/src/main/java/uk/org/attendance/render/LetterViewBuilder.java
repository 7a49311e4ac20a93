package uk.org.attendance.render;

import static uk.org.attendance.text.Formats.orEmpty;
import static uk.org.attendance.text.Formats.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.Person;
import uk.org.attendance.model.PupilGroup;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.School;
import uk.org.attendance.model.Thresholds;
import uk.org.attendance.reference.MergeField;
import uk.org.attendance.text.Formats;

/**
 * Builds a letter's view: the same letter as a template (merge fields shown as Word shows them) and
 * as a sample (made-up details that fit the letter's trigger). Thread-safe.
 */
public final class LetterViewBuilder {

  /** The merge fields of the recipient's address block, in order. */
  public static final List<MergeField> ADDRESS =
      List.of(
          MergeField.ParentFullName,
          MergeField.ParentAddressLine1,
          MergeField.ParentAddressLine2,
          MergeField.ParentAddressLine3,
          MergeField.ParentPostcode);

  private final Markdown markdown;
  private final Wording words;

  public LetterViewBuilder(Markdown markdown, Wording words) {
    this.markdown = markdown;
    this.words = words;
  }

  /**
   * Where a letter comes from and how it is rendered.
   *
   * @param school the school
   * @param letter the letter
   * @param bodySrc the letter's source: the school's model, or the plugin's default letters
   * @param facts the school's fact-field values
   * @param law the rulebook's statements
   * @param review the checker's verdict
   * @param meta document metadata
   */
  public record Input(
      ResolvedSchool school,
      Letter letter,
      Src bodySrc,
      Map<String, String> facts,
      LawText law,
      Review review,
      PolicyView.Meta meta) {}

  /**
   * @param in the letter and its school
   * @param mode template (merge fields shown) or sample (made-up details)
   * @return the view
   */
  public LetterView letter(Input in, LetterText.Mode mode) {
    School m = in.school().model();
    Letter letter = in.letter();
    boolean sample = mode == LetterText.Mode.SAMPLE;
    Map<String, String> made =
        SampleData.forLetter(LetterTriggers.of(m, letter, in.law().rules()), in.law().rules());
    Map<String, String> names = m.letterFields();
    List<String> recipient = new ArrayList<>();
    for (MergeField f : ADDRESS) {
      recipient.add(
          sample
              ? made.get(f.name())
              : "\u00AB" + names.getOrDefault(f.name(), f.name()) + "\u00BB");
    }
    Src fieldSrc = sample ? SAMPLE : MERGE;
    String subjectText = orEmpty(letter.subject()).isEmpty() ? letter.title() : letter.subject();
    String subject = LetterText.plain(subjectText, in.facts(), mode, names, made);
    String body = LetterText.fill(letter.body(), in.facts(), mode, names, made);
    Person signer = m.signatoryOf(letter);
    List<Fact> signatory = new ArrayList<>();
    if (signer != null) {
      signatory.add(new Fact(signer.name(), in.bodySrc()));
      if (!orEmpty(signer.role()).isEmpty()) {
        signatory.add(new Fact(signer.role(), in.bodySrc()));
      }
    }
    return new LetterView(
        in.meta(),
        in.review(),
        letterhead(m),
        Src.model(in.school(), "/school"),
        recipient,
        fieldSrc,
        new Fact(
            sample
                ? made.get(MergeField.LetterDate.name())
                : "\u00AB"
                    + names.getOrDefault(MergeField.LetterDate.name(), MergeField.LetterDate.name())
                    + "\u00BB",
            fieldSrc),
        new Fact(subject, in.bodySrc()),
        new Words(markdown.toHtml(body), in.bodySrc()),
        signOff(),
        signatory,
        words.get("letter.panel.title", "school", shortName(m)),
        panel(in),
        sample,
        sample ? new Fact(words.get("letter.sample"), SAMPLE) : new Fact("", Src.STRUCTURE));
  }

  /** The words before the signatory. */
  public String signOff() {
    return words.get("letter.signOff");
  }

  /** What a letter says where the school file names no signatory. */
  public String missingSignatory() {
    return words.get("letter.missingSignatory");
  }

  /** Made-up details in a sample letter. */
  static final Src SAMPLE = new Src("sample", "Made-up sample details");

  /** A merge field, filled from the school's MIS. */
  static final Src MERGE = new Src("merge", "Mail-merge field, filled from the school's MIS");

  private static String shortName(School m) {
    return orEmpty(m.school().shortName()).isEmpty() ? m.school().name() : m.school().shortName();
  }

  /** The school's name, then its address and contact lines. */
  public List<String> letterhead(School m) {
    List<String> lines = new ArrayList<>();
    lines.add(m.school().name());
    lines.addAll(m.school().address());
    if (!orEmpty(m.school().phone()).isEmpty()) {
      lines.add(words.get("letter.phone", "phone", m.school().phone()));
    }
    if (!orEmpty(m.school().email()).isEmpty()) {
      lines.add(words.get("letter.email", "email", m.school().email()));
    }
    if (!orEmpty(m.school().website()).isEmpty()) {
      lines.add(m.school().website());
    }
    return lines;
  }

  /**
   * The facts printed beside a letter, chosen for what it is about: the school's bands beside a
   * letter about attendance, its register times beside a letter about lateness, the national
   * threshold and fines only beside a letter about unauthorised absence, a warning, a notice to
   * improve or refused leave; the reporting deadline beside every letter.
   */
  public List<PolicyView.Row> panel(Input in) {
    ResolvedSchool s = in.school();
    School m = s.model();
    List<PolicyView.Row> rows = new ArrayList<>();
    if (m.absenceReporting() != null && m.absenceReporting().deadline() != null) {
      String by =
          Boolean.TRUE.equals(m.absenceReporting().everyDay())
              ? "letter.panel.deadlineEveryDay"
              : "letter.panel.deadline";
      rows.add(
          new PolicyView.Row(
              words.get("letter.panel.report"),
              new Fact(
                  words.get(by, "time", time(m.absenceReporting().deadline())),
                  Src.model(s, "/absenceReporting/deadline"))));
    }
    Letter.Kind kind = in.letter().kind() == null ? Letter.Kind.OTHER : in.letter().kind();
    switch (kind) {
      case ATTENDANCE_CONCERN:
      case PERSISTENT_ABSENCE:
      case SEVERE_ABSENCE:
      case IMPROVEMENT:
        Thresholds t = m.thresholds();
        if (t != null) {
          for (int i = 0; i < t.bands().size(); i++) {
            Thresholds.Band b = t.bands().get(i);
            rows.add(
                new PolicyView.Row(
                    b.label(),
                    new Fact(
                        Bands.range(b) + (orEmpty(b.meaning()).isEmpty() ? "" : ": " + b.meaning()),
                        Src.model(s, "/thresholds/bands/" + i))));
          }
        }
        break;
      case LATENESS:
        for (int i = 0; i < m.schoolDay().groups().size(); i++) {
          PupilGroup g = m.schoolDay().groups().get(i);
          String group = m.schoolDay().groups().size() > 1 ? g.name() + ": " : "";
          if (g.morningRegister() != null && g.morningRegister().closes() != null) {
            rows.add(
                new PolicyView.Row(
                    Formats.capitalised(words.get("letter.panel.register.morning", "group", group)),
                    new Fact(
                        time(g.morningRegister().closes()),
                        Src.model(s, "/schoolDay/groups/" + i + "/morningRegister/closes"))));
          }
          if (g.afternoonRegister() != null && g.afternoonRegister().closes() != null) {
            rows.add(
                new PolicyView.Row(
                    Formats.capitalised(
                        words.get("letter.panel.register.afternoon", "group", group)),
                    new Fact(
                        time(g.afternoonRegister().closes()),
                        Src.model(s, "/schoolDay/groups/" + i + "/afternoonRegister/closes"))));
          }
        }
        break;
      case UNAUTHORISED_ABSENCE:
      case PENALTY_WARNING:
      case NOTICE_TO_IMPROVE:
      case LEAVE_REFUSED:
        rows.add(
            new PolicyView.Row(
                words.get("letter.panel.threshold"), in.law().get("leaflet.threshold")));
        rows.add(
            new PolicyView.Row(words.get("letter.panel.fines"), in.law().get("leaflet.fines")));
        break;
      default:
        break;
    }
    return rows;
  }
}
