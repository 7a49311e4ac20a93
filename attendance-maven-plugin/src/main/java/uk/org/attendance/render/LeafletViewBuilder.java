package uk.org.attendance.render;

import static uk.org.attendance.text.Formats.orEmpty;
import static uk.org.attendance.text.Formats.time;

import java.util.ArrayList;
import java.util.List;
import uk.org.attendance.model.Leave;
import uk.org.attendance.model.PupilGroup;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.School;
import uk.org.attendance.model.SchoolInfo;

/**
 * Builds the parent leaflet from the policy's view (the same facts, the same sources) and the
 * rulebook's plain-English statements. Thread-safe: holds only the Markdown renderer.
 */
public final class LeafletViewBuilder {

  private final Markdown markdown;
  private final Wording words;

  public LeafletViewBuilder(Markdown markdown, Wording words) {
    this.markdown = markdown;
    this.words = words;
  }

  /**
   * @param s the school
   * @param law the rulebook's statements
   * @param policy the school's policy view, built for the same output (print or web)
   * @return the leaflet, set at normal density
   */
  public LeafletView leaflet(ResolvedSchool s, LawText law, PolicyView policy) {
    School m = s.model();
    SchoolInfo info = m.school();
    List<PolicyView.Link> identity = new ArrayList<>();
    if (!orEmpty(info.phone()).isEmpty()) {
      identity.add(PolicyViewBuilder.phone(info.phone()));
    }
    if (!orEmpty(info.email()).isEmpty()) {
      identity.add(PolicyViewBuilder.email(info.email()));
    }
    if (!orEmpty(info.website()).isEmpty()) {
      identity.add(new PolicyView.Link(info.website(), info.website()));
    }
    List<LeafletView.TimeRow> times = new ArrayList<>();
    for (PupilGroup g : m.schoolDay().groups()) {
      times.add(
          new LeafletView.TimeRow(
              g.name(),
              dash(time(g.gatesOpen())),
              PolicyViewBuilder.register(g.morningRegister()),
              PolicyViewBuilder.register(g.afternoonRegister()),
              dash(time(g.endOfDay()))));
    }
    List<PolicyView.ContactRow> contacts =
        policy.contacts().rows().stream().filter(c -> c.kind().forParents()).toList();
    Leave leave = m.leave();
    List<Fact> leaveDetails = new ArrayList<>();
    if (leave != null) {
      leaveDetails.addAll(policy.leave().details());
    }
    String website = orEmpty(info.website());
    Fact where =
        website.isEmpty()
            ? new Fact(
                identity.isEmpty() ? "" : words.get("leaflet.policyAsk"), Src.model(s, "/school"))
            : new Fact(
                words.get("leaflet.policyWebsite", "website", website),
                Src.model(s, "/school/website"));
    PolicyView.Meta meta =
        new PolicyView.Meta(
            "en-GB",
            words.get("leaflet.title") + " \u2013 " + info.name(),
            words.get("leaflet.subject", "school", policy.cover().shortName()),
            info.name(),
            policy.meta().forPrint(),
            policy.meta().annotated(),
            policy.meta().draft());
    String nhs = law.rules().links().illnessAdvice();
    return new LeafletView(
        meta,
        policy.review(),
        policy.colophon(),
        "normal",
        new LeafletView.School(info.name(), identity, Src.model(s, "/school")),
        new LeafletView.Day(times, Src.model(s, "/schoolDay"), law.get("leaflet.late")),
        policy.reporting(),
        new LeafletView.Illness(
            new Words(
                markdown.toHtml(m.illness() == null ? null : m.illness().note()),
                Src.model(s, "/illness/note")),
            new PolicyView.Link(nhs, nhs),
            Src.national("illnessAdvice", "National guidance: the NHS")),
        new LeafletView.Falls(
            law.get("leaflet.levels"),
            policy.levels().target(),
            policy.levels().bands(),
            policy.levels().bandsSrc()),
        new LeafletView.Leave(
            law.get("leaflet.holiday"),
            new Words(
                markdown.toHtml(leave == null ? null : leave.howToRequest()),
                Src.model(s, "/leave/howToRequest")),
            leaveDetails),
        new LeafletView.Fines(
            law.get("leaflet.threshold"),
            law.get("leaflet.fines"),
            law.get("leaflet.limit"),
            law.get("leaflet.age")),
        new LeafletView.Talk(contacts, policy.contacts().src(), where));
  }

  private static String dash(String s) {
    return s.isEmpty() ? "\u2013" : s;
  }
}
