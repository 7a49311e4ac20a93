package uk.org.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mistakes found in the real source policies, put back into the bundled models one at a
 * time: each must fail the build with exactly that finding, at the line that carries it. The
 * correct statements (£80 within 21 days, persistent absence at 10%, the 10/10 threshold) raise
 * nothing.
 */
class DefectsInRealSchoolsTest {

  static final Path MODELS = Path.of("../schools/models");
  static final LocalDate CHECKED_ON = LocalDate.of(2026, 11, 23);
  static final AttendanceCompiler COMPILER = new AttendanceCompiler();

  @Test
  void theBundledSchoolsHaveNoUnsuppressedError() {
    CheckResult r = COMPILER.check(MODELS, CHECKED_ON);
    assertEquals(List.of(), r.failing(false).stream().map(f -> f.format(MODELS)).toList());
    assertEquals(11, r.schools().size());
  }

  @ParameterizedTest(name = "{0}: {5}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      strathmore-infant-and-nursery.yaml | `    codes: [G, N, O, U]` | `    codes: [G, O, U]` | ATT013 | `    codes: [G, O, U]` | threshold codes leave out N
      strathmore-infant-and-nursery.yaml | `      - appliesTo: s444-1a` | `      - appliesTo: any-irregular-attendance` | ATT014 | `      - appliesTo: any-irregular` | £2,500 and 3 months for any irregular attendance
      strathmore-infant-and-nursery.yaml | `  deadline: "09:15"` | `  deadline: "09:30"` | ATT025 | `  deadline: "09:30"` | reporting deadline after the register closes
      strathmore-infant-and-nursery.yaml | `    Please make medical appointments outside` | `    The register closes at 9.00am. Please make medical appointments outside` | ATT020 | `The register closes at 9.00am` | a second closing time in the text
      strathmore-infant-and-nursery.yaml | `letters:` | `codes:\n  - {code: H, meaning: Agreed family holiday, category: authorised-absence}\nletters:` | ATT002 | `  - {code: H,` | a withdrawn code
      duke-of-bedford-primary.yaml | `    name: Mr M Cowdell` | `    name: XXX` | ATT060 | `    name: XXX` | XXX for the governor
      duke-of-bedford-primary.yaml | `        closes: 9.20am` | `        closes: 9.30am` | ATT021 | `        closes: 9.30am` | a 40-minute register
      duke-of-bedford-primary.yaml | `  reviewDue: October 2025` | `  reviewDue: 2024-09-01` | ATT051 | `    date: 2024-10-03` | ratified after review
      kelvedon-hatch-primary.yaml | `    sessions: 10` | `    sessions: 15` | ATT012 | `    sessions: 15` | 15 sessions instead of 10
      kelvedon-hatch-primary.yaml | `    - name: Miss T. Lambeth` | `    - name: Miss V. Townsend` | ATT061 | `      email: office@` | one person with two emails
      kelvedon-hatch-primary.yaml | `{{PupilFullName}}'s attendance is {{AttendancePercent}}%` | `{{ChildName}}'s attendance is {{AttendancePercent}}%` | ATT064 | `{{ChildName}}` | a merge field not in the catalogue
      kelvedon-hatch-primary.yaml | `        letter: holiday-warning` | `        letter: holiday-warnings` | ATT063 | `        letter: holiday-warnings` | a stage sends an undefined letter
      lanercost-ce-primary.yaml | `    reducedAmount: 80` | `    reducedAmount: 100` | ATT010 | `    reducedAmount: 100` | a first notice of £100
      lanercost-ce-primary.yaml | `  maxNoticesInThreeYears: 2` | `  maxNoticesInThreeYears: 3` | ATT011 | `  maxNoticesInThreeYears: 3` | three notices in three years
      lanercost-ce-primary.yaml | `    sectionsCited: ["444(1)", "444(1A)"]` | `    sectionsCited: ["44", "444(1A)"]` | ATT015 | `    sectionsCited: ["44"` | section 44
      lanercost-ce-primary.yaml | `  grantedFor: [C, C1, C2, J1, M, S]` | `  grantedFor: [C, C1, C2, J1, M, S, H]` | ATT040 | `  grantedFor: [C, C1, C2, J1, M, S, H]` | leave granted as H
      lanercost-ce-primary.yaml | `  persistentAbsence: 10` | `  persistentAbsence: 15` | ATT070 | `  persistentAbsence: 15` | persistent absence at 15%
      lanercost-ce-primary.yaml | `      above: 90` | `      atLeast: 90` | ATT062 | `    - id: red` | bands overlap at 90%
      hmfa/federation.yaml | `  retentionYears: 6` | `  retentionYears: 3` | ATT027 | `  retentionYears: 3` | registers kept 3 years
      hmfa/federation.yaml | `or other absence for leisure and recreation` | `or other absence for leisure or education` | ATT041 | `absence for leisure or education` | leisure or education
      hmfa/federation.yaml | `meaning: Any other unavoidable cause` | `meaning: unable to attend due to other avoidable cause` | ATT004 | `other avoidable cause` | Y7 as avoidable
      hmfa/federation.yaml | `meaning: Attending another school where the pupil is also registered, category: not-counted` | `meaning: Attending another school where the pupil is also registered, category: authorised-absence` | ATT003 | `also registered, category: authorised-absence` | D as authorised absence
      hmfa/federation.yaml | `  medicalEvidence: when-in-doubt` | `  medicalEvidence: always` | ATT042 | `  medicalEvidence: always` | medical evidence for every illness
      hmfa/federation.yaml | `    maxWeeks: 6` | `    maxWeeks: 8` | ATT016 | `    maxWeeks: 8` | an 8-week notice to improve
      """)
  void eachSourceMistakeFailsWithExactlyThatFinding(
      String file, String find, String replace, String rule, String at, String what, @TempDir Path dir)
      throws IOException {
    copy(MODELS, dir);
    Path target = dir.resolve(file);
    String text = Files.readString(target, StandardCharsets.UTF_8);
    assertTrue(text.contains(find), file + " has no '" + find + "'");
    String changed = text.replaceFirst(java.util.regex.Pattern.quote(find),
        java.util.regex.Matcher.quoteReplacement(replace.replace("\\n", "\n")));
    Files.writeString(target, changed, StandardCharsets.UTF_8);
    int line = lineOf(changed, at);

    CheckResult r = COMPILER.check(dir, CHECKED_ON);
    List<String> failing = r.failing(false).stream()
        .map(f -> f.diagnostic().ruleId() + " " + dir.relativize(f.diagnostic().at().file()).toString().replace('\\', '/')
            + ":" + f.diagnostic().at().line())
        .toList();
    assertEquals(List.of(rule + " " + file + ":" + line), failing, what);
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains " + needle);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
