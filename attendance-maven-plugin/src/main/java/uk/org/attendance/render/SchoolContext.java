package uk.org.attendance.render;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.text.Formats;

/**
 * What the artefacts of one target share: the school (or a federation's members), its review, the
 * rulebook's statements, and the views they are all made from, each built once and only if needed.
 * One per target, used by one thread.
 */
public final class SchoolContext {

  private final Documents documents;
  private final List<ResolvedSchool> members;
  private final boolean federation;
  private final String id;
  private final Review review;
  private final LawText law;
  private final Documents.Settings settings;
  private String logo;
  private PolicyView webView;
  private PolicyView printView;
  private Map<String, String> facts;

  SchoolContext(
      Documents documents,
      String id,
      List<ResolvedSchool> members,
      boolean federation,
      Review review,
      Documents.Settings settings) {
    this.documents = documents;
    this.id = id;
    this.members = List.copyOf(members);
    this.federation = federation;
    this.review = review;
    this.settings = settings;
    this.law = new LawText(settings.rules());
  }

  /** The target's folder name. */
  public String id() {
    return id;
  }

  /** The school (for a federation, its first member, whose model carries the shared policy). */
  public ResolvedSchool school() {
    return members.get(0);
  }

  /** The shared resources: templates, the PDF renderer, view builders. */
  public Documents documents() {
    return documents;
  }

  /** The checker's verdict. */
  public Review review() {
    return review;
  }

  /** The rulebook's statements. */
  public LawText law() {
    return law;
  }

  /** The fixed date written into documents. */
  public Instant timestamp() {
    return settings.timestamp();
  }

  /** The school's logo as a data: URI, or "". */
  public String logo() throws RenderException {
    if (logo == null) {
      logo = federation ? "" : Logos.dataUri(school(), settings.schoolsRoot());
    }
    return logo;
  }

  /**
   * The policy's view.
   *
   * @param print for the PDF rather than the web page
   * @param annotated with every block's source labelled, for governors
   */
  public PolicyView policy(boolean print, boolean annotated) throws RenderException {
    if (annotated) {
      return build(print, true);
    }
    if (print) {
      printView = printView == null ? build(true, false) : printView;
      return printView;
    }
    webView = webView == null ? build(false, false) : webView;
    return webView;
  }

  private PolicyView build(boolean print, boolean annotated) throws RenderException {
    PolicyViewBuilder.Options o = new PolicyViewBuilder.Options(print, annotated, logo(), review);
    return federation
        ? documents.views().federation(members, law, o)
        : documents.views().school(school(), law, o);
  }

  /** The values of the school's fact fields. */
  public Map<String, String> facts() {
    if (facts == null) {
      facts = Facts.of(school().model(), settings.rules());
    }
    return facts;
  }

  /** One of the school's letters with its source: its own (from its file), or a default one. */
  public record SourcedLetter(Letter letter, Src src) {}

  /** The letters the school sends: its own, or the default set when it names none. */
  public List<SourcedLetter> letters() {
    List<Letter> own = school().model().letters();
    if (own.isEmpty()) {
      return documents.defaultLetters().stream()
          .map(
              l ->
                  new SourcedLetter(
                      l,
                      new Src(
                          "house:letters/" + l.id(),
                          "The plugin's default letter (the school's file names no letters)")))
          .toList();
    }
    return java.util.stream.IntStream.range(0, own.size())
        .mapToObj(i -> new SourcedLetter(own.get(i), Src.model(school(), "/letters/" + i)))
        .toList();
  }

  /** The input to a letter's view. */
  public LetterViewBuilder.Input letter(SourcedLetter l, boolean print) {
    Letter letter = l.letter();
    var m = school().model();
    // The document's title is what the parent reads: the subject line, not the staff's name for the
    // letter.
    String subject =
        LetterText.plain(
            Formats.orEmpty(letter.subject()).isEmpty() ? letter.title() : letter.subject(),
            facts(),
            print ? LetterText.Mode.SAMPLE : LetterText.Mode.TEMPLATE,
            m.letterFields(),
            Map.of());
    PolicyView.Meta meta =
        new PolicyView.Meta(
            "en-GB",
            subject + " \u2013 " + m.school().name(),
            Formats.orEmpty(letter.purpose()).isEmpty() ? letter.title() : letter.purpose(),
            m.school().name(),
            print,
            false,
            review.draft());
    return new LetterViewBuilder.Input(school(), letter, l.src(), facts(), law, review, meta);
  }

  /** The schools folder. */
  Path schoolsRoot() {
    return settings.schoolsRoot();
  }
}
