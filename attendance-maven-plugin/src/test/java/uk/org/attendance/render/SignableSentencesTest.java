package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.ResolvedSchool;

/**
 * The sentences a governor, a parent and a local-authority attendance lead found wrong in the
 * bundled documents: each is gone from every bundled school's output, and the right one is there.
 */
class SignableSentencesTest {

  static final List<String> SCHOOLS =
      List.of(
          "duke-of-bedford-primary",
          "kelvedon-hatch-primary",
          "lanercost-ce-primary",
          "strathmore-infant-nursery",
          "kings-caple",
          "llangrove",
          "lord-scudamore",
          "marden",
          "pencombe",
          "st-weonards",
          "sutton");

  static String words(String relative) {
    return RenderedBundle.text(relative)
        .replaceAll("<[^>]+>", " ")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ");
  }

  @Test
  void lateIsAfterTheRegisterOpensNotBeforeItCloses() {
    for (String id : SCHOOLS) {
      String policy = words(id + "/policy.html");
      assertFalse(Pattern.compile("arrives by [^.]*is marked late").matcher(policy).find(), id);
      assertTrue(
          policy.contains(
              "is not there when the register starts to be taken, but arrives before it closes, is marked"
                  + " late (code L)"),
          id);
      String leaflet = words(id + "/leaflet.html");
      assertFalse(
          leaflet.contains(
              "If your child arrives before the register closes, they are late but present"),
          id);
      assertTrue(
          leaflet.contains(
              "arrives after the register has started but before it closes, they are marked late but present"),
          id);
    }
  }

  @Test
  void finesGoToTheParentsWhoAllowedTheAbsenceAndOnlyFromCompulsorySchoolAge() {
    for (String id : SCHOOLS) {
      String leaflet = words(id + "/leaflet.html");
      assertFalse(leaflet.contains("Each parent gets a fine for each child"), id);
      assertTrue(
          leaflet.contains("usually goes only to the parent or parents who allowed the absence"),
          id);
      assertTrue(leaflet.contains("Fines only apply to children of compulsory school age"), id);
      assertTrue(leaflet.contains("the school must think about whether to ask for a fine"), id);
      String policy = words(id + "/policy.html");
      assertTrue(
          policy.contains(
              "usually only to the parent or parents who allowed the absence, and only for children of"
                  + " compulsory school age"),
          id);
    }
  }

  @Test
  void aHolidayIsGenerallyNotExceptional() {
    for (String id : SCHOOLS) {
      for (String doc : List.of("/policy.html", "/leaflet.html")) {
        String text = words(id + doc);
        assertFalse(text.contains("A holiday is not an exceptional circumstance"), id + doc);
        assertTrue(text.contains("generally not an exceptional circumstance"), id + doc);
      }
    }
  }

  @Test
  void theReturnsToTheLocalAuthorityAreStatedAsTheLawHasThem() {
    for (String id : SCHOOLS) {
      String policy = words(id + "/policy.html");
      assertTrue(
          policy.contains(
              "At least once a month, the school tells the local authority about pupils of compulsory school"
                  + " age who are not attending regularly, or who have missed 10 school days in a row without authorisation"),
          id);
      assertTrue(
          policy.contains("15 school days or more through illness, in a row or in total"), id);
      assertFalse(policy.contains("at least 20 school days"), id);
    }
  }

  /** Practice the templates used to print for every school, whether or not it had decided it. */
  static final List<String> UNDECIDED_PRACTICE =
      List.of(
          "review patterns every week",
          "Governors review attendance regularly",
          "A parent's report of illness is normally enough",
          "we will contact you on the first day, and every day after",
          "may visit your home, because",
          "We check attendance every week",
          "It will have an end date, be reviewed regularly with you",
          "We work with families, celebrate good and improving attendance",
          "Please book doctor and dentist visits after school",
          "If we do not hear from you, we will call you on the first day",
          "We look at attendance regularly");

  @Test
  void noDocumentPromisesPracticeTheSchoolDidNotState() {
    List<String> found = new ArrayList<>();
    for (String id : SCHOOLS) {
      for (String doc : List.of("/policy.html", "/leaflet.html")) {
        String text = words(id + doc);
        UNDECIDED_PRACTICE.stream()
            .filter(text::contains)
            .forEach(p -> found.add(id + doc + ": " + p));
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void theCodeTableUsesTheNationalWording() {
    String policy = words("sutton/policy.html");
    assertTrue(
        policy.contains(
            "V On an educational visit or trip arranged by or for the school and supervised by school staff"));
    assertTrue(
        policy.contains(
            "Unable to attend: transport normally provided is not available, and the school is beyond walking"
                + " distance"));
    assertTrue(policy.contains("Attendance at an approved educational activity"));
    assertFalse(
        Pattern.compile("\\bB At any other approved educational activity[^|]*? Present ")
            .matcher(policy)
            .find());
  }

  @Test
  void theColophonSaysWhenItWasCheckedAndNeverVerifiedBesideAPassedReview() {
    for (String id : SCHOOLS) {
      String policy = words(id + "/policy.html");
      assertTrue(
          policy.contains(
              "Checked on 23 November 2026 against DfE attendance rules from 19 August 2024"),
          id);
      assertFalse(policy.contains(", verified 23 November 2026"), id);
    }
  }

  @Test
  void aLetterPrintsThePenaltyPanelOnlyWhenItIsAboutUnauthorisedAbsenceOrLeave() {
    Set<Letter.Kind> penalty =
        Set.of(
            Letter.Kind.UNAUTHORISED_ABSENCE,
            Letter.Kind.PENALTY_WARNING,
            Letter.Kind.NOTICE_TO_IMPROVE,
            Letter.Kind.LEAVE_REFUSED);
    int withPanel = 0;
    for (ResolvedSchool s :
        new AttendanceCompiler().validate(Path.of("../schools/models")).schools()) {
      for (Letter l : s.model().letters()) {
        String html = RenderedBundle.text(s.id() + "/letters/" + l.id() + ".html");
        boolean shows = html.contains(">Penalty notices</th>");
        assertEquals(
            penalty.contains(l.kind()), shows, s.id() + "/" + l.id() + " (" + l.kind() + ")");
        withPanel += shows ? 1 : 0;
        assertFalse(html.contains("Headteacher or Head of School"), s.id() + "/" + l.id());
        assertFalse(
            words(s.id() + "/letters/" + l.id() + ".html").contains("(first letter)"),
            s.id() + "/" + l.id());
      }
    }
    assertTrue(withPanel > 0, "some bundled letter is about unauthorised absence or leave");
  }

  @Test
  void aDraftSaysSoOnItsFirstPageAndItsFindingsComeFirst() {
    for (String id : SCHOOLS) {
      String html = RenderedBundle.text(id + "/policy.html");
      if (html.contains("class=\"draft-band\"")) {
        assertTrue(html.indexOf("id=\"draft-findings\"") < html.indexOf("id=\"contents\""), id);
        assertTrue(words(id + "/policy.html").contains("Draft: not ready to publish"), id);
      } else {
        assertTrue(words(id + "/policy.html").contains("with no outstanding error"), id);
      }
    }
  }
}
