package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the five source policies committed to, carried into their models, is in their published
 * documents: the contacts, procedures, definitions and promises a reviewer found lost or distorted.
 */
class SchoolsKeepTheirWordsTest {

  static String policy(String id) {
    return SignableSentencesTest.words(id + "/policy.html");
  }

  @Test
  void kelvedonHatchNamesItsDetailedSupportContactAndItsDefinitionOfExceptional() {
    String text = policy("kelvedon-hatch-primary");
    assertTrue(
        Pattern.compile("More detailed support Miss V\\. Townsend").matcher(text).find(),
        "detailed support");
    assertTrue(
        text.contains("unique and significant emotional, educational or spiritual value"),
        "its definition");
  }

  @Test
  void kelvedonHatchsOccasionsToAskAboutAreNotExamplesItWillAgreeTo() {
    String text = policy("kelvedon-hatch-primary");
    int ask = text.indexOf("Occasions to ask about in advance");
    assertTrue(ask > 0);
    assertTrue(text.indexOf("A family member's graduation", ask) > ask);
    assertFalse(
        Pattern.compile("Examples we may agree to[^.]{0,80}graduation").matcher(text).find());
  }

  @Test
  void leaveRulesHaveTheirOwnHeadingAndKeepTheirHedges() {
    String duke = policy("duke-of-bedford-primary");
    assertTrue(duke.contains("Our rules on leave"));
    assertTrue(duke.contains("will usually treat the parent who applies as allowing the leave"));
    assertFalse(duke.contains("The parent who applies is treated as allowing the leave"));
  }

  @Test
  void everyPupilMustAttendEveryDayWhereTheSchoolSaysSo() {
    assertTrue(
        policy("duke-of-bedford-primary")
            .contains("pupils must attend every day, unless there are exceptional"));
    assertTrue(
        policy("kelvedon-hatch-primary")
            .contains("pupils must attend every day, unless there are"));
  }

  @Test
  void lanercostKeepsItsNurseryContactItsLegalMenuAndItsBands() {
    String text = policy("lanercost-ce-primary");
    assertTrue(
        text.contains("Child Protection Plan or a Child in Need"),
        "daily contact for a nursery child on a plan");
    assertTrue(text.contains("case by case"), "the case-by-case promise");
    assertTrue(
        text.contains("94% or more, but below 96%") && text.contains("90% or less"),
        "bands with their percentages");
    assertFalse(text.contains("100% or more"));
    assertFalse(
        Pattern.compile("90% or more[^|]*90% or less").matcher(text).find(),
        "90% in one band only");
  }

  @Test
  void hmfaKeepsItsRiskAssessmentVisitAndEveryPartOfItsNoticeToImprove() {
    for (String id : List.of("sutton", "hmfa")) {
      String text = policy(id);
      assertTrue(text.contains("risk assessment before the pupil starts the placement"), id);
      for (String row :
          List.of(
              "Improvement period",
              "Support given before a notice",
              "Further support offered",
              "What counts as sufficient improvement",
              "When a notice may be issued early")) {
        assertTrue(text.contains(row), id + ": " + row);
      }
    }
    String letter = SignableSentencesTest.words("sutton/letters/notice-to-improve.html");
    assertFalse(letter.contains("[not in the school file"), "every element is given");
    assertTrue(letter.contains("penalty notice"));
  }

  @Test
  void everySchoolDescribesItsLatenessProcedure() {
    for (String id : SignableSentencesTest.SCHOOLS) {
      String html = RenderedBundle.text(id + "/policy.html");
      int lateness = html.indexOf("id=\"lateness\"");
      assertTrue(html.indexOf("data-source=\"model:/prose/lateness\"", lateness) > lateness, id);
    }
  }

  @Test
  void aChannelWithNoWayToUseItShowsTheGapRatherThanAnEmptyCell() {
    String html = RenderedBundle.text("kelvedon-hatch-primary/policy.html");
    assertTrue(
        html.contains(
            "<th scope=\"row\">Phone</th><td><span class=\"gap\">Not given in the school file</span>"),
        "phone");
    assertTrue(
        RenderedBundle.text("kelvedon-hatch-primary/leaflet.html")
            .contains("<strong>Phone</strong>: <span class=\"gap\">"));
  }
}
