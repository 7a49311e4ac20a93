package uk.org.attendance.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.model.ClockTime;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.SourceRef;

/** Every kind of mistake gives one located, plain-English message: real files on disk. */
class SchoolLoaderTest {

  static final Path ROOT = Path.of("src/test/resources/load").toAbsolutePath();
  static final SchoolLoader LOADER = new SchoolLoader();

  static SchoolLoader.Result load(String file) {
    return LOADER.load(List.of(ROOT.resolve(file)), ROOT);
  }

  static List<String> firstLines(SchoolLoader.Result r) {
    return r.diagnostics().stream()
        .map(d -> d.format(ROOT).lines().findFirst().orElseThrow())
        .collect(Collectors.toList());
  }

  @Test
  void loadsAValidFileWithNoFindings() {
    SchoolLoader.Result r = load("minimal.yaml");
    assertEquals(List.of(), r.diagnostics());
    assertEquals(1, r.schools().size());
    ResolvedSchool s = r.schools().get(0);
    assertEquals("minimal", s.id());
    assertEquals(
        ClockTime.of(9, 10), s.model().schoolDay().groups().get(0).morningRegister().closes());
    assertEquals(
        new SourceRef(ROOT.resolve("minimal.yaml"), 16, 17),
        s.at("/schoolDay/groups/0/morningRegister/closes"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      syntax-error.yaml     | syntax-error.yaml:3:19: error: a colon followed by a space appears where YAML does not expect a new key [LOAD-SYNTAX]
      unknown-key.yaml      | unknown-key.yaml:9:3: error: unknown key 'ratifed' in 'policy' [LOAD-KEY]
      wrong-type.yaml       | wrong-type.yaml:11:11: error: 'thresholds.target' must be a number, but it is the text 'high' [LOAD-TYPE]
      missing-required.yaml | missing-required.yaml:1:1: error: 'school' is missing 'name' [LOAD-REQUIRED]
      impossible-time.yaml  | impossible-time.yaml:16:17: error: 'schoolDay.groups[1].morningRegister.closes': '25:61' is not a real time: hours run from 00 to 23 [LOAD-VALUE]
      bad-email.yaml        | bad-email.yaml:11:12: error: 'contacts.seniorAttendanceChampion.email': 'k.johnson.school.net' is not an email address: write it as name@school.sch.uk, with no spaces [LOAD-VALUE]
      no-base.yaml          | no-base.yaml:1:10: error: the base file 'missing-base.yaml' does not exist [LOAD-EXTENDS]
      tab.yaml              | tab.yaml:3:1: error: there is a tab character here; YAML indentation must use spaces [LOAD-SYNTAX]
      duplicate-key.yaml    | duplicate-key.yaml:5:3: error: the key 'type' appears twice here (first at line 4) [LOAD-YAML]
      alias.yaml            | alias.yaml:10:12: error: YAML aliases (*t) are not supported [LOAD-YAML]
      merge-key.yaml        | merge-key.yaml:10:1: error: YAML merge keys (<<) are not supported [LOAD-YAML]
      list-root.yaml        | list-root.yaml:1:1: error: the file must be a map of keys (school:, policy:, ...), but it is a list [LOAD-TYPE]
      empty.yaml            | empty.yaml:1:1: error: the file is empty [LOAD-FILE]
      invalid-utf8.yaml     | invalid-utf8.yaml:3:12: error: the file is not UTF-8 text (byte 0xE9) [LOAD-FILE]
      """)
  void eachMistakeGivesOneLocatedMessage(String file, String expected) {
    SchoolLoader.Result r = load(file);
    assertEquals(List.of(expected), firstLines(r));
    assertTrue(r.schools().isEmpty());
    assertTrue(r.hasErrors());
  }

  @Test
  void hintsSayWhatToDo() {
    assertEquals("did you mean 'ratified'?", load("unknown-key.yaml").diagnostics().get(0).hint());
    assertEquals(
        "add 'name:' under 'school': The school's full name.",
        load("missing-required.yaml").diagnostics().get(0).hint());
    assertEquals(
        "keep one 'type:' and delete or merge the other",
        load("duplicate-key.yaml").diagnostics().get(0).hint());
  }

  @Test
  void aByteOrderMarkIsAccepted() {
    SchoolLoader.Result r = load("bom.yaml");
    assertEquals(List.of(), r.diagnostics());
    assertEquals("minimal", r.schools().get(0).id());
  }

  @Test
  void reportsEveryErrorOfEveryFileInOneRun() {
    SchoolLoader.Result r =
        LOADER.load(
            List.of(
                ROOT.resolve("unknown-key.yaml"),
                ROOT.resolve("wrong-type.yaml"),
                ROOT.resolve("minimal.yaml")),
            ROOT);
    assertEquals(2, r.diagnostics().size());
    assertEquals(List.of("minimal"), r.schools().stream().map(ResolvedSchool::id).toList());
  }

  @Test
  void aCycleIsReportedOnceAtTheExtendsThatClosesIt() {
    SchoolLoader.Result r = LOADER.loadDirectory(ROOT.resolve("cycle"));
    assertEquals(
        List.of(
            "cycle/b.yaml:1:10: error: these files extend each other in a circle:"
                + " a.yaml extends b.yaml extends a.yaml [LOAD-EXTENDS]"),
        firstLines(r));
  }

  @Test
  void aBaseOutsideTheSchoolsFolderIsRefused() {
    SchoolLoader.Result r = LOADER.loadDirectory(ROOT.resolve("outside/inner"));
    assertEquals(
        List.of(
            "outside/inner/school.yaml:1:10: error: the base file '../outside-base.yaml'"
                + " is outside the schools folder [LOAD-EXTENDS]"),
        firstLines(r));
  }

  @Test
  void twoSchoolsWithOneIdAreRefused() {
    SchoolLoader.Result r = LOADER.loadDirectory(ROOT.resolve("dupid"));
    assertEquals(
        List.of(
            "dupid/two.yaml:2:7: error: another school already has the id 'minimal'"
                + " (one.yaml line 2) [LOAD-DUPLICATE-ID]"),
        firstLines(r));
    assertEquals(1, r.schools().size());
  }

  @Test
  void aMemberInheritsFromItsTrustAndWinsWhereItSaysSo() {
    SchoolLoader.Result r = LOADER.loadDirectory(ROOT.resolve("inherit"));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(List.of("elm", "oak"), r.schools().stream().map(ResolvedSchool::id).toList());
    ResolvedSchool oak = r.schools().get(1);
    ResolvedSchool elm = r.schools().get(0);
    Path trust = ROOT.resolve("inherit/trust.yaml");
    Path oakFile = ROOT.resolve("inherit/oak.yaml");

    // Maps merge: the member's own LA name wins, the trust's code-of-conduct link stays.
    assertEquals("Suffolk County Council", oak.model().school().localAuthority().name());
    assertEquals(
        "https://www.essex.gov.uk/penalty-notices",
        oak.model().school().localAuthority().codeOfConduct());
    assertEquals(new SourceRef(oakFile, 6, 11), oak.at("/school/localAuthority/name"));
    assertEquals(new SourceRef(trust, 9, 20), oak.at("/school/localAuthority/codeOfConduct"));

    // Lists replace: the member's one channel, not the trust's two.
    assertEquals(1, oak.model().absenceReporting().channels().size());
    assertEquals("Arbor", oak.model().absenceReporting().channels().get(0).value());
    assertFalse(oak.source().has("/absenceReporting/channels/1"));
    assertEquals(ClockTime.of(8, 50), oak.model().absenceReporting().deadline());

    // A member that says nothing gets the trust's values, located in the trust's file.
    assertEquals(2, elm.model().absenceReporting().channels().size());
    assertEquals(new SourceRef(trust, 14, 13), elm.at("/absenceReporting/deadline"));
    assertEquals("Example Learning Trust", elm.model().trust().name());
    assertEquals(List.of(ROOT.resolve("inherit/elm.yaml"), trust), elm.files());
  }

  @Test
  void aMissingValueIsLocatedAtItsNearestParentOnlyWhenAskedFor() {
    SchoolLoader.Result r = load("minimal.yaml");
    ResolvedSchool s = r.schools().get(0);
    // A map or list is located at its key; an item of a list at its first line.
    assertEquals(new SourceRef(ROOT.resolve("minimal.yaml"), 1, 1), s.whereMissing("/school/urn"));
    assertEquals(
        new SourceRef(ROOT.resolve("minimal.yaml"), 12, 7),
        s.whereMissing("/schoolDay/groups/0/gatesOpen"));
    assertEquals(
        new SourceRef(ROOT.resolve("minimal.yaml"), 6, 3),
        s.whereMissing("/school/localAuthority/codeOfConduct"));
    assertEquals(
        new SourceRef(ROOT.resolve("minimal.yaml"), 1, 1), s.whereMissing("/contacts/dayToDay"));
    // Asked for where it is written, an absent value is a bug in the caller, not its parent's line.
    assertThrows(IllegalStateException.class, () -> s.at("/school/urn"));
  }

  @Test
  void printsInTheCompilerFormatWithHintLines() {
    Diagnostic d = load("unknown-key.yaml").diagnostics().get(0);
    assertEquals(
        "unknown-key.yaml:9:3: error: unknown key 'ratifed' in 'policy' [LOAD-KEY]"
            + System.lineSeparator()
            + "  hint: did you mean 'ratified'?",
        d.format(ROOT));
  }

  @Test
  void schoolsHandedOverOneByOneAreTheSchoolsLoadedAtOnceWhereverTheBaseSorts(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path hmfa = Path.of("../schools/models/hmfa");
    SchoolLoader.Result original = LOADER.loadDirectory(hmfa);
    assertEquals(7, original.schools().size());
    // The base sorts first (read, let go, read again when a member extends it) or last (read when
    // the first member does).
    for (String base : List.of("a-federation.yaml", "zz-federation.yaml")) {
      Path copy = java.nio.file.Files.createDirectories(dir.resolve(base));
      try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(hmfa)) {
        for (Path f : files.toList()) {
          String name =
              f.getFileName().toString().equals("federation.yaml")
                  ? base
                  : f.getFileName().toString();
          java.nio.file.Files.writeString(
              copy.resolve(name),
              java.nio.file.Files.readString(f)
                  .replace("extends: federation.yaml", "extends: " + base));
        }
      }
      List<SchoolLoader.Candidate> each = new java.util.ArrayList<>();
      SchoolLoader.Streamed streamed = LOADER.loadDirectory(copy, each::add);
      assertEquals(List.of(), streamed.result().schools());
      assertEquals(List.of(), streamed.result().diagnostics());
      assertEquals(8, streamed.result().files().size());
      assertEquals(7, streamed.schools().size());
      SchoolLoader.Result atOnce = LOADER.loadDirectory(copy);
      assertEquals(
          atOnce.schools().stream().map(ResolvedSchool::model).toList(),
          each.stream()
              .filter(c -> streamed.schools().contains(c.number()))
              .map(SchoolLoader.Candidate::school)
              .sorted(java.util.Comparator.comparing(ResolvedSchool::id))
              .map(ResolvedSchool::model)
              .toList());
      assertEquals(
          original.schools().stream().map(ResolvedSchool::model).toList(),
          atOnce.schools().stream().map(ResolvedSchool::model).toList());
      assertEquals(
          original.schools().stream().map(s -> s.source().asSortedMap().size()).toList(),
          atOnce.schools().stream().map(s -> s.source().asSortedMap().size()).toList());
    }
  }

  @Test
  void moreBasesThanItHoldsAreReadAgainWhenNeeded(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    int n = SchoolLoader.HELD_BASES + 6;
    for (int i = 0; i < n; i++) {
      java.nio.file.Files.writeString(
          dir.resolve(String.format("base-%03d.yaml", i)),
          """
          school:
            type: maintained
            phase: primary
            localAuthority:
              name: Council %d
          policy:
            title: Attendance Policy
          schoolDay:
            groups:
              - id: all-pupils
                name: All pupils
                morningRegister:
                  opens: "08:40"
                  closes: "09:10"
          """
              .formatted(i));
      java.nio.file.Files.writeString(
          dir.resolve(String.format("school-%03d.yaml", i)),
          """
          extends: base-%03d.yaml
          school:
            id: school-%03d
            name: School %d
          """
              .formatted(i, i, i));
    }
    List<SchoolLoader.Candidate> each = new java.util.ArrayList<>();
    SchoolLoader.Streamed r = LOADER.loadDirectory(dir, each::add);
    assertEquals(List.of(), r.result().diagnostics());
    assertEquals(2 * n, r.result().files().size());
    assertEquals(n, each.size());
    assertEquals(n, r.schools().size());
    for (int i = 0; i < n; i++) {
      assertEquals(i, each.get(i).number());
      assertEquals(String.format("school-%03d", i), each.get(i).school().id());
      assertEquals("Council " + i, each.get(i).school().model().school().localAuthority().name());
    }
  }

  @Test
  void aFileReadAsASchoolIsABaseOnceALaterFileExtendsIt(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    // a.yaml is a whole school, and handed over as one when it is read; b.yaml, read after it,
    // extends it, so it is a base. c.yaml lacks what a school needs, and d.yaml extends it: what
    // c.yaml lacks is not reported, for a base may leave it to its schools.
    String school = java.nio.file.Files.readString(ROOT.resolve("minimal.yaml"));
    java.nio.file.Files.writeString(dir.resolve("a.yaml"), school);
    java.nio.file.Files.writeString(
        dir.resolve("b.yaml"), "extends: a.yaml\nschool:\n  id: bee\n  name: Bee School\n");
    java.nio.file.Files.writeString(
        dir.resolve("c.yaml"), school.replaceAll("(?m)^policy:.*(\n .*)*\n", ""));
    java.nio.file.Files.writeString(
        dir.resolve("d.yaml"),
        "extends: c.yaml\nschool:\n  id: dee\n  name: Dee School\npolicy:\n  title: Attendance Policy\n");
    List<SchoolLoader.Candidate> each = new java.util.ArrayList<>();
    SchoolLoader.Streamed r = LOADER.loadDirectory(dir, each::add);
    assertEquals(List.of(), r.result().diagnostics().stream().map(d -> d.format(dir)).toList());
    assertEquals(
        List.of("bee", "dee"),
        each.stream()
            .filter(c -> r.schools().contains(c.number()))
            .map(c -> c.school().id())
            .toList());
    assertTrue(each.stream().anyMatch(c -> c.school().source().primaryFile().endsWith("a.yaml")));
    assertEquals(
        List.of("bee", "dee"),
        LOADER.loadDirectory(dir).schools().stream().map(ResolvedSchool::id).toList());
  }
}
