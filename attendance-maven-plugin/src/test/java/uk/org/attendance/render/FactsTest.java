package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.attendance.load.SchoolLoader;
import uk.org.attendance.model.School;
import uk.org.attendance.reference.Rulebooks;

/** The values fact fields print: the notice to improve's contents and the parent's duty. */
class FactsTest {

  static final String SCHOOL =
      """
      school: {id: s, name: S School, type: academy, phase: primary, localAuthority: {name: Essex}}
      policy: {title: Attendance Policy}
      schoolDay: {groups: [{id: a, name: All}]}
      """;

  static Map<String, String> facts(Path dir, String yaml) throws Exception {
    Files.writeString(dir.resolve("s.yaml"), SCHOOL + yaml, StandardCharsets.UTF_8);
    SchoolLoader.Result r = new SchoolLoader().load(List.of(dir.resolve("s.yaml")), dir);
    assertEquals(List.of(), r.diagnostics());
    School m = r.schools().get(0).model();
    return Facts.of(m, Rulebooks.DFE_2024);
  }

  @Test
  void printsTheNoticeToImprovesContentsInTheSchoolsWords(@TempDir Path dir) throws Exception {
    Map<String, String> f =
        facts(
            dir,
            """
        penaltyNotices:
          noticeToImprove:
            minWeeks: 3
            maxWeeks: 6
            supportGiven: "Two meetings with our family support worker. "
            supportOffered: A place at breakfast club.
            sufficientImprovement: No unauthorised absence in the period.
            earlyIssue: Any further unauthorised absence.
        """);
    assertEquals("3 to 6 weeks", f.get("NoticeToImprovePeriod"));
    assertEquals(
        "Two meetings with our family support worker.", f.get("NoticeToImproveSupportGiven"));
    assertEquals("A place at breakfast club.", f.get("NoticeToImproveSupportOffered"));
    assertEquals(
        "No unauthorised absence in the period.", f.get("NoticeToImproveSufficientImprovement"));
    assertEquals("Any further unauthorised absence.", f.get("NoticeToImproveEarlyIssue"));
  }

  @Test
  void aFixedPeriodIsOneNumberOfWeeks(@TempDir Path dir) throws Exception {
    assertEquals(
        "4 weeks",
        facts(dir, "penaltyNotices: {noticeToImprove: {minWeeks: 4, maxWeeks: 4}}\n")
            .get("NoticeToImprovePeriod"));
    assertEquals("1 week", Facts.weeks(1, 1));
    assertEquals("3 to 5 weeks", Facts.weeks(5, 3));
  }

  @Test
  void printsNothingTheSchoolHasNotSaid(@TempDir Path dir) throws Exception {
    Map<String, String> f =
        facts(
            dir,
            "penaltyNotices: {noticeToImprove: {used: true, minWeeks: 3, supportGiven: \" \"}}\n");
    assertFalse(f.containsKey("NoticeToImprovePeriod"), "one end of the period is not a period");
    assertFalse(f.containsKey("NoticeToImproveSupportGiven"));
    assertFalse(f.containsKey("NoticeToImproveSupportOffered"));
    assertFalse(f.containsKey("NoticeToImproveSufficientImprovement"));
    assertFalse(f.containsKey("NoticeToImproveEarlyIssue"));
  }

  @Test
  void theParentsDutyIsTheLawsForEverySchool(@TempDir Path dir) throws Exception {
    assertEquals(
        "Parents must make sure that their child of compulsory school age receives a suitable full-time"
            + " education and, once the child is registered at a school, attends it regularly (section 7 and section 444 of"
            + " the Education Act 1996).",
        facts(dir, "").get("ParentalDuty"));
  }

  @Test
  void rulesJsonSortsTheNewFieldsIntoMergeAndFactFields(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("s.yaml"),
        SCHOOL
            + """
        letters:
          - {id: nti, title: NTI, body: "{{UnauthorisedSessions}} {{ImprovementPeriodEnd}} {{ParentalDuty}} {{NoticeToImprovePeriod}}"}
        """,
        StandardCharsets.UTF_8);
    SchoolLoader.Result r = new SchoolLoader().load(List.of(dir.resolve("s.yaml")), dir);
    var letter =
        uk.org.attendance.export.RulesJsonWriter.tree(r.schools().get(0), Rulebooks.DFE_2024)
            .at("/letters/0");
    assertEquals(
        "[\"UnauthorisedSessions\",\"ImprovementPeriodEnd\"]",
        letter.get("mergeFields").toString());
    assertEquals(
        "[\"ParentalDuty\",\"NoticeToImprovePeriod\"]", letter.get("factFields").toString());
  }

  @Test
  void theFieldCatalogueListsTheNewFields(@TempDir Path dir) throws Exception {
    String csv =
        FieldCatalogue.csv(
            facts(dir, "penaltyNotices: {noticeToImprove: {minWeeks: 3, maxWeeks: 6}}\n"),
            Map.of());
    assertTrue(
        csv.contains(
            "\nUnauthorisedSessions,merge,Sessions (half days) of unauthorised absence in the period the"
                + " letter concerns,12,UnauthorisedSessions\n"),
        csv);
    assertTrue(
        csv.contains(
            "\nImprovementPeriodEnd,merge,The date the improvement period of a notice to improve ends,"
                + "Friday 14 November 2025,ImprovementPeriodEnd\n"),
        csv);
    assertTrue(
        csv.contains(
            "\nNoticeToImprovePeriod,fact,\"The improvement period a notice to improve gives, e.g. 3 to 6"
                + " weeks\",3 to 6 weeks,\n"),
        csv);
    assertTrue(csv.contains("\nParentalDuty,fact,"), csv);
    assertFalse(
        csv.contains("\nNoticeToImproveSupportGiven,"),
        "a fact the school does not give is not listed");
  }
}
