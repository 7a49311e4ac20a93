package uk.org.attendance.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.attendance.model.SourceRef;

/**
 * The full sentences users see are pinned here: every hint, and the compiler format they are
 * printed in.
 */
class HintsTest {

  @Test
  void suggestsTheClosestKeyForATypo() {
    assertEquals(
        "did you mean 'ratified'?",
        Hints.didYouMean("ratifed", List.of("title", "ratified", "reviewDue"), "keys"));
    assertEquals(
        "did you mean 'reviewDue'?",
        Hints.didYouMean("reveiwDue", List.of("title", "ratified", "reviewDue"), "keys"));
  }

  @Test
  void listsTheChoicesWhenNothingIsClose() {
    assertEquals(
        "the values allowed here are: academy, independent, maintained",
        Hints.didYouMean("free school", List.of("maintained", "academy", "independent"), "values"));
  }

  /**
   * Every sentence of the catalogue, in full, with the variable parts filled in: a change of
   * wording is a change to this list.
   */
  @Test
  void pinsEverySentenceOfTheCatalogue() {
    assertEquals(
        "this is a bug in attendance-maven-plugin: please report it with this file",
        Hints.reportBugWithFile());
    assertEquals("this is a bug in attendance-maven-plugin: please report it", Hints.reportBug());
    assertEquals(
        "check that the file exists and you have permission to read it", Hints.checkFileReadable());
    assertEquals("change it to £80", Hints.changeTo("£80"));
    assertEquals("write \"90% or below\"", Hints.writeQuoted("90% or below"));
    assertEquals("write 6 years", Hints.write("6 years"));
    assertEquals(
        "create it, or set <schoolsDirectory> in the plugin configuration",
        Hints.createSchoolsDirectory());
    assertEquals(
        "a school's policy model is a few hundred lines: check this is the right file",
        Hints.fileTooLarge());
    assertEquals(
        "save the file as UTF-8 (in VS Code: click the encoding in the status bar, then 'Save with Encoding', 'UTF-8'); a character copied from Word may need retyping",
        Hints.saveAsUtf8());
    assertEquals(
        "write the value out in full; to share values between schools, put them in a base file and use 'extends:'",
        Hints.aliasWriteOut());
    assertEquals("remove the tag: write the value as plain text", Hints.removeTag());
    assertEquals(
        "remove the anchor; to share values between schools, put them in a base file and use 'extends:'",
        Hints.removeAnchor());
    assertEquals(
        "write the values out in full, or put shared values in a base file and use 'extends:'",
        Hints.mergeKeyWriteOut());
    assertEquals(
        "keep one 'ratified:' and delete or merge the other", Hints.keepOneKey("ratified"));
    assertEquals(
        "a school file needs only a few levels of indentation: check the indentation of this part",
        Hints.tooDeep());
    assertEquals(
        "start from the file 'mvn attendance:init' writes, or copy another school's file",
        Hints.startFromInit());
    assertEquals(
        "start the file with 'school:' at the left margin, not with '- '", Hints.startWithSchool());
    assertEquals("add the closing \" at the end of the value", Hints.addClosingDoubleQuote());
    assertEquals(
        "check the indentation, and that this is the right file", Hints.checkIndentationAndFile());
    assertEquals(
        "replace the tab with spaces (in VS Code: 'Convert Indentation to Spaces')",
        Hints.replaceTab());
    assertEquals(
        "if the value contains ': ', put the whole value in double quotes; otherwise check the indentation of this line",
        Hints.quoteValueWithColon());
    assertEquals(
        "write each key as 'name: value', lined up with the keys around it",
        Hints.writeKeyWithColon());
    assertEquals(
        "line it up, with spaces, with the other keys of the same section", Hints.lineUpKey());
    assertEquals(
        "add the closing quote (\" or ') at the end of the value", Hints.addClosingQuote());
    assertEquals("write the value out in full", Hints.writeOutInFull());
    assertEquals("put the whole value in double quotes", Hints.quoteWholeValue());
    assertEquals(
        "check the brackets and commas, or write the entries one per line", Hints.checkBrackets());
    assertEquals(
        "check the indentation and punctuation of this line and the one above",
        Hints.checkPunctuation());
    assertEquals(
        "add 'ratified:' under 'policy': the date governors ratified it",
        Hints.addRequiredKey("ratified", "'policy'", ": the date governors ratified it"));
    assertEquals(
        "add 'ratified:' at the left margin: the date governors ratified it",
        Hints.addRequiredKey("ratified", null, ": the date governors ratified it"));
    assertEquals("fill in a value, or delete the key", Hints.fillInOrDelete());
    assertEquals("shorten it, or move long text into a prose section", Hints.shortenValue());
    assertEquals("add entries as lines starting with '- '", Hints.addListEntries());
    assertEquals(
        "replace the placeholder with the real value (FILL IN: the school's URN)",
        Hints.replacePlaceholder("FILL IN: the school's URN"));
    assertEquals(
        "put any cell that contains a comma in double quotes, e.g. \"Hand, foot and mouth\"",
        Hints.quoteCellWithComma());
    assertEquals(
        "give each school its own id: it names the school's output folder", Hints.giveOwnId());
    assertEquals(
        "copy the file itself into models instead of linking to it",
        Hints.copyIntoFolder("models"));
    assertEquals(
        "keep base files in the schools folder (models) or below it",
        Hints.keepBaseInside("models"));
    assertEquals(
        "check the spelling; the path is relative to this file's folder, e.g. 'federation.yaml' for a file beside this one",
        Hints.checkExtendsPath());
    assertEquals(
        "a base file must not extend a file that extends it: remove one 'extends:'",
        Hints.breakExtendsCycle());
    assertEquals(
        "write the place as the finding prints it, e.g. letters[1].body or schoolDay.groups[0]",
        Hints.writeSuppressionPlace());
    assertEquals(
        "say where it applies: add 'at:' with the place the finding names, or 'group:' with a pupil group's id",
        Hints.saySuppressionPlace());
    assertEquals("delete this suppression", Hints.deleteSuppression());
    assertEquals(
        "write \"absent from education\", and keep \"missing education\" for a child who is on no school's register",
        Hints.absentNotMissing());
    assertEquals("check its bounds", Hints.checkBandBounds());
    assertEquals(
        "make each figure fall in one band: use 'below' for one and 'atLeast' for the next",
        Hints.bandsBelowAndAtLeast());
    assertEquals("make one band include 90%", Hints.closeBandGap("90"));
    assertEquals(
        "list 'B' under authorised absence", Hints.listCodeUnder("B", "authorised absence"));
    assertEquals(
        "use the national wording: Other authorised absence",
        Hints.useNationalWording("Other authorised absence"));
    assertEquals(
        "write \"parent travelling for occupational purposes, with the pupil\"",
        Hints.travellingForWork());
    assertEquals("remove it: use C1 or C2", Hints.removeIt("use C1 or C2"));
    assertEquals("remove it", Hints.removeIt(null));
    assertEquals(
        "name the person to contact on a day-to-day basis, with their email or phone number",
        Hints.nameContact(true, "ratified", "on a day-to-day basis"));
    assertEquals(
        "add 'ratified:' under 'contacts:' with at least one person and their email or phone",
        Hints.nameContact(false, "ratified", "on a day-to-day basis"));
    assertEquals(
        "check the amount with the local authority's code of conduct",
        Hints.checkWithCodeOfConduct());
    assertEquals(
        "leave may be granted only for the regulation 11 grounds, such as exceptional circumstances",
        Hints.regulation11Grounds());
    assertEquals(
        "write that the framework was introduced by the Education (Penalty Notices) (England) (Amendment) Regulations 2024, with the guidance 'Working together to improve school attendance'",
        Hints.frameworkSource());
    assertEquals(
        "say that the 2013 amendment removed it, from 1 September 2013, and that the 2024 regulations did not restore it",
        Hints.discretionRemoved2013());
    assertEquals(
        "describe them as approved educational activities, recorded with their own codes",
        Hints.approvedEducationalActivities());
    assertEquals(
        "keep leave of absence for the regulation 11 grounds (C, C1, C2, J1, M, S), and describe the rest as authorised absence",
        Hints.keepLeaveForRegulation11());
    assertEquals(
        "list only events that are rare, significant and unavoidable as exceptional circumstances",
        Hints.onlyRareEvents());
    assertEquals(
        "'B' is an approved educational activity, not leave: remove it from 'grantedFor'",
        Hints.removeFromGrantedFor("B", "an approved educational activity"));
    assertEquals("remove it from 'grantedFor'", Hints.removeFromGrantedFor("B", null));
    assertEquals("write \"leisure and recreation\"", Hints.leisureAndRecreation());
    assertEquals(
        "use the national threshold (10 sessions of unauthorised absence in a rolling 10 school weeks) and consider each case on its own",
        Hints.useNationalThreshold(
            "10 sessions of unauthorised absence in a rolling 10 school weeks"));
    assertEquals(
        "trigger it at 10 sessions of unauthorised absence in a rolling 10 school weeks",
        Hints.triggerAt("10 sessions of unauthorised absence in a rolling 10 school weeks"));
    assertEquals(
        "request a penalty notice only where the national threshold (10 sessions of unauthorised absence in a rolling 10 school weeks) is met, and consider each case",
        Hints.requestOnlyAtThreshold(
            "10 sessions of unauthorised absence in a rolling 10 school weeks"));
    assertEquals("describe the rolling window of 10 school weeks", Hints.rollingWindow(10));
    assertEquals(
        "ask for medical evidence only where there is genuine and reasonable doubt that the illness is real, and accept any reasonable form of it",
        Hints.medicalEvidenceOnlyInDoubt());
    assertEquals(
        "add them, or delete 'codes:' so the policy prints the national table",
        Hints.addCodesOrDelete());
    assertEquals(
        "say how parents tell the school about an absence: phone, email, app ...",
        Hints.sayHowToReport(true));
    assertEquals(
        "add 'absenceReporting:' with 'channels:' (phone, email, app ...)",
        Hints.sayHowToReport(false));
    assertEquals(
        "say by what time parents must report an absence", Hints.sayReportingDeadline(true));
    assertEquals("add 'deadline:' under 'absenceReporting:'", Hints.sayReportingDeadline(false));
    assertEquals(
        "say when the afternoon register opens and closes", Hints.addAfternoonRegister(true));
    assertEquals(
        "add 'afternoonRegister:' with the times it opens and closes",
        Hints.addAfternoonRegister(false));
    assertEquals("add 'attendanceGovernor:' under 'contacts:'", Hints.addAttendanceGovernor());
    assertEquals(
        "add 'promotingAttendance:' under 'prose:', in the school's own words: how it encourages good attendance and how it recognises it",
        Hints.addPromotingAttendance());
    assertEquals(
        "add 'followUp:' under 'absenceReporting:' with what the school does, one step a line (e.g. '- We phone you on the first morning of absence if we have not heard from you.'), or describe it in 'absenceProcedures:' under 'prose:'",
        Hints.addFollowUp());
    assertEquals(
        "say how to ask for leave of absence: who to ask, how, and how far ahead",
        Hints.sayHowToRequestLeave(true));
    assertEquals(
        "add 'howToRequest:' under 'leave:': who to ask, how, and how far ahead",
        Hints.sayHowToRequestLeave(false));
    assertEquals(
        "say when in 'text:' under this stage's 'trigger:', e.g. what attendance or how many sessions of unauthorised absence lead to the referral",
        Hints.sayWhenReferred());
    assertEquals(
        "add 'escalation:' with the school's stages of support, and mark the stage at which it refers the family to the local authority with 'legalIntervention: true'",
        Hints.addEscalationWithLegalIntervention());
    assertEquals(
        "mark the stage under 'escalation:' at which the school refers the family to the local authority with 'legalIntervention: true' (add that stage if there is none): its trigger says when, its actions say how",
        Hints.markLegalInterventionStage());
    assertEquals("give the date the policy will next be reviewed", Hints.giveReviewDate(true));
    assertEquals("add 'reviewDue:' under 'policy:', e.g. Autumn 2026", Hints.giveReviewDate(false));
    assertEquals("say when the school day starts", Hints.sayWhenDayStarts(true));
    assertEquals("add 'morningRegister:' with the time it opens", Hints.sayWhenDayStarts(false));
    assertEquals("say when the school day ends", Hints.sayWhenDayEnds(true));
    assertEquals("add 'endOfDay:'", Hints.sayWhenDayEnds(false));
    assertEquals(
        "name the senior attendance champion, with their role and email or phone number",
        Hints.nameSeniorAttendanceChampion(true));
    assertEquals(
        "add 'seniorAttendanceChampion:' under 'contacts:' with their name, role and email or phone",
        Hints.nameSeniorAttendanceChampion(false));
    assertEquals(
        "add 'absenceData:' under 'prose:', in the school's own words: what it looks at, how often, and how that decides who gets support",
        Hints.addAbsenceData());
    assertEquals(
        "say that no further notice is issued within 3 years and that other action, usually considering prosecution, is taken instead",
        Hints.sayWhatAfterLimit(3));
    assertEquals(
        "write that at most 2 notices may be issued to a parent for a child in any 3 years",
        Hints.writeNoticeLimit(2, 3));
    assertEquals(
        "add 'ratified:' under 'penaltyNotices.noticeToImprove', in the school's words",
        Hints.addNoticeToImproveKey("ratified"));
    assertEquals(
        "add 'minWeeks:' under 'penaltyNotices.noticeToImprove' (between 3 and 2 weeks; the same number twice for a fixed period)",
        Hints.addImprovementPeriod("'minWeeks:'", 3, 2));
    assertEquals(
        "swap 'minWeeks:' and 'maxWeeks:' under 'penaltyNotices.noticeToImprove'",
        Hints.swapImprovementPeriod());
    assertEquals(
        "add 'letter: notice-to-improve' under 'penaltyNotices.noticeToImprove'",
        Hints.addNoticeToImproveLetter("notice-to-improve"));
    assertEquals(
        "add 'letter:' under 'penaltyNotices.noticeToImprove' with the id of the notice-to-improve letter under 'letters:'",
        Hints.addNoticeToImproveLetter(null));
    assertEquals("add the letter under 'letters:'", Hints.addLetter());
    assertEquals(
        "add {{AttendancePercent}}, {{SessionsMissed}} or {{UnauthorisedSessions}} to the letter's 'body:'",
        Hints.addAttendanceRecordToLetter());
    assertEquals(
        "add {{ParentalDuty}} to the letter's 'body:': it prints the duty in the words of the law",
        Hints.addParentalDutyToLetter());
    assertEquals(
        "add {{NoticeToImproveSupportGiven}} to the letter's 'body:': it prints 'ratified' under 'penaltyNotices.noticeToImprove'",
        Hints.addNoticeToImproveFieldToLetter("NoticeToImproveSupportGiven", "ratified"));
    assertEquals(
        "add {{NoticeToImprovePeriod}} (the period, from 'minWeeks' and 'maxWeeks' under 'penaltyNotices.noticeToImprove') or {{ImprovementPeriodEnd}} (the date it ends) to the letter's 'body:'",
        Hints.addImprovementPeriodToLetter());
    assertEquals(
        "say in the letter's 'body:' that a penalty notice may be issued if attendance does not improve enough",
        Hints.warnOfPenaltyNotice());
    assertEquals(
        "an improvement period runs for between 3 and 2 weeks", Hints.improvementPeriodRange(3, 2));
    assertEquals("give a period of 3 to 2 weeks", Hints.givePeriod(3, 2));
    assertEquals(
        "say it is temporary, agreed with the parent for exceptional circumstances, time-limited and reviewed (code C2)",
        Hints.partTimeTemporary("C2"));
    assertEquals(
        "write the national amounts: 10 sessions of unauthorised absence in a rolling 10 school weeks",
        Hints.writeNationalAmounts(
            "10 sessions of unauthorised absence in a rolling 10 school weeks"));
    assertEquals("use one address for each person everywhere", Hints.oneAddressPerPerson());
    assertEquals(
        "replace it with the school's own words, or delete it", Hints.replacePlaceholderText());
    assertEquals(
        "s444(1), failing to secure regular attendance: a fine of up to £1,000; s444(1A), knowingly failing: up to £2,500 and/or 3 months in prison",
        Hints.bothOffences(1000, 2500, 3));
    assertEquals("state both offences: s444(1) ...", Hints.stateBothOffences("s444(1) ..."));
    assertEquals(
        "check both dates: the review date should be after ratification", Hints.checkBothDates());
    assertEquals("say when it closes", Hints.sayWhenRegisterCloses(true));
    assertEquals("add 'closes:' under it", Hints.sayWhenRegisterCloses(false));
    assertEquals("check the two times", Hints.checkTwoTimes());
    assertEquals("close it at 09:20 at the latest", Hints.closeAtTheLatest("09:20"));
    assertEquals(
        "the register should stay open for the same length of time in every session",
        Hints.sameWindowEverySession());
    assertEquals("set the deadline no later than 09:20", Hints.deadlineNoLaterThan("09:20"));
    assertEquals(
        "set the deadline between the time the register opens and the time it closes",
        Hints.deadlineWhileOpen());
    assertEquals(
        "review the policy with governors, then set the next review date",
        Hints.reviewWithGovernors());
    assertEquals("plan the review with governors", Hints.planReview());
    assertEquals(
        "the week runs from the morning register to the end of the day, breaks included",
        Hints.weekRunsFrom());
    assertEquals(
        "the policy gives 09:20 at line 166: give one closing time everywhere",
        Hints.oneClosingTime(true, "the policy gives 09:20 at line 166: ", " (set at line 58)"));
    assertEquals(
        "the policy gives 09:20 at line 166: use one closing time everywhere: change the text, or the register times in 'schoolDay' (set at line 58)",
        Hints.oneClosingTime(false, "the policy gives 09:20 at line 166: ", " (set at line 58)"));
    assertEquals(
        "give one time everywhere: correct this sentence or the other place",
        Hints.oneTime(true, "ratified"));
    assertEquals(
        "use one time everywhere: change the text, or the times in 'ratified'",
        Hints.oneTime(false, "ratified"));
    assertEquals("list the codes as [G, N, O, U]", Hints.listThresholdCodes());
    assertEquals("write \"G, N, O and U\"", Hints.thresholdCodesInWords());
    assertEquals("the codes are: / \\ B C", Hints.theCodesAre("/ \\ B C"));
    assertEquals("the bands are under 'thresholds.bands'", Hints.bandsAreUnderThresholds());
    assertEquals(
        "add the fact to the school's model, or reword the letter", Hints.addFactOrReword());
    assertEquals(
        "the offences are section 444(1) and the aggravated section 444(1A)",
        Hints.theOffencesAre());
    assertEquals(
        "the offences are section 444(1) and the aggravated section 444(1A); penalty notices are under section 444A",
        Hints.theOffencesAndNotices());
    assertEquals(
        "add their 'email:' or 'phone:' under 'contacts.dayToDay', or the office number as 'phone:' under 'school:'",
        Hints.addContactDetails("dayToDay"));
    assertEquals(
        "add 'ratified:' under 'contacts:' with at least one person's name and role (the first one signs)",
        Hints.fillSigningRole("ratified", true));
    assertEquals(
        "add 'ratified:' under 'contacts:' with their name and role",
        Hints.fillSigningRole("ratified", false));
    assertEquals(
        "add 'signedBy:' to the letter (headteacher, senior-attendance-champion, day-to-day-contact, individual-support-contact or attendance-governor), or 'signatory:' with the signer's name and role",
        Hints.addSignedBy());
    assertEquals(
        "add 'ratified:' under 'contacts:' with at least one person's name and role (the first one signs), or give the letter a 'signatory:' with the signer's name and role",
        Hints.fillSigningRoleOrSignatory("ratified", true));
    assertEquals(
        "add 'ratified:' under 'contacts:' with their name and role, or give the letter a 'signatory:' with the signer's name and role",
        Hints.fillSigningRoleOrSignatory("ratified", false));
    assertEquals(
        "add the office number as 'phone:' under 'school:', or give this channel FILL IN: the school's URN as 'value:'",
        Hints.addOfficePhone("FILL IN: the school's URN"));
    assertEquals(
        "add the office address as 'email:' under 'school:', or give this channel the address to write to as 'value:'",
        Hints.addOfficeEmail());
    assertEquals(
        "add the school's web address as 'website:' under 'school:', or give this channel the page's address as 'value:'",
        Hints.addWebsite());
    assertEquals(
        "give this channel the app's name, as parents will find it in their app store, as 'value:'",
        Hints.nameTheApp());
    assertEquals("give the trust a different shortName", Hints.differentTrustShortName());
    assertEquals(
        "check that the output folder can be written to", Hints.checkOutputFolderWritable());
    assertEquals(
        "use the rules.json that attendance:render writes, unchanged",
        Hints.useRulesJsonUnchanged());
    assertEquals(
        "use the rules.json that attendance:render writes for the school (target/attendance/<school>/rules.json)",
        Hints.useTheSchoolsRulesJson());
    assertEquals(
        "run attendance:render again to write a new rules.json", Hints.renderRulesJsonAgain());
    assertEquals(
        "export the register again, with its header row", Hints.exportAgainWithHeader("register"));
    assertEquals(
        "export only the attendance letters of the school year",
        Hints.exportOnlyAttendanceLetters());
    assertEquals(
        "export one school year at a time, or one year group at a time", Hints.exportLess());
    assertEquals("export one school year at a time", Hints.exportOneYear());
    assertEquals("export the register again, with its marks", Hints.exportAgainWithMarks());
    assertEquals("the first: row 2 has no pupil", Hints.theFirst("row 2 has no pupil"));
    assertEquals(
        "check the path given to attendance.register (relative paths start from the project folder)",
        Hints.checkPathGivenTo("attendance.register"));
    assertEquals(
        "name the file itself with attendance.register",
        Hints.nameTheFileWith("attendance.register"));
    assertEquals(
        "open it in Excel and use File > Save As > CSV UTF-8 (Comma delimited), then name that file",
        Hints.saveAsCsvUtf8());
    assertEquals("export the register from the MIS as CSV", Hints.exportAsCsv("register"));
    assertEquals(
        "export the register from the MIS as CSV UTF-8", Hints.exportAsCsvUtf8("register"));
    assertEquals("unpack it first", Hints.unpackFirst());
    assertEquals(
        "give attendance.pupilColumn one of the header's names",
        Hints.giveOneOfTheHeadersNames("attendance.pupilColumn"));
    assertEquals("rename one of them in the export", Hints.renameOneInTheExport());
    assertEquals(
        "choose one with attendance.pupilColumn=\"UPN\"",
        Hints.chooseColumnWith("attendance.pupilColumn", "UPN"));
    assertEquals(
        "name the column one of pupil, upn, or choose it with attendance.pupilColumn=NAME",
        Hints.nameTheColumn("pupil, upn", "attendance.pupilColumn"));
    assertEquals(
        "check this is the right file (a mark grid has one column per session: 760 for two school years)",
        Hints.tooManyColumns());
    assertEquals(
        "check this is the right file: a register export has one short row per pupil per session, or per pupil",
        Hints.lineTooLong());
    assertEquals(
        "close the quote (a quote mark inside a cell is written twice: \"\")",
        Hints.closeTheQuote());
    assertEquals("use a PNG or JPEG file inside the schools folder", Hints.usePngOrJpeg());
    assertEquals(
        "open the document in Word and save it again, or audit a PDF of it",
        Hints.wordDocumentInflates());
    assertEquals("open the document in Word and save it again as a .docx", Hints.saveAsDocxAgain());
    assertEquals(
        "a real Word document has a few dozen parts: open it in Word and save it again",
        Hints.realWordDocumentsHaveFewParts());
    assertEquals(
        "remove very large pictures or embedded files from the document, or audit a PDF of it",
        Hints.removeLargePictures());
    assertEquals(
        "do not open this file: ask whoever sent it for the policy again",
        Hints.askForThePolicyAgain());
    assertEquals(
        "open it in Word and use 'Save As', 'Word Document (*.docx)'; an older .doc file must be saved as .docx",
        Hints.saveAsDocx());
    assertEquals(
        "a school's attendance policy is far smaller: check this is the right file",
        Hints.policyIsFarSmaller());
    assertEquals(
        "a school's attendance policy is far shorter: check this is the right file",
        Hints.policyIsFarShorter());
    assertEquals("check this is the right file", Hints.checkTheRightFile());
    assertEquals(
        "a scanned PDF holds pictures of pages, not text: audit the Word file it was made from",
        Hints.scannedPdf());
    assertEquals(
        "audit a copy without the password, or the Word file it was made from",
        Hints.auditWithoutPassword());
    assertEquals(
        "open it and save or print it again as a PDF, or audit the Word file it was made from",
        Hints.savePdfAgain());
    assertEquals(
        "let the other build finish and run this one again, or give each build its own <outputDirectory>",
        Hints.letTheOtherBuildFinish());
    assertEquals(
        "fix the template at this line (templates from the plugin)",
        Hints.fixTemplate("the plugin"));
    assertEquals(
        "fix the errors, or render it as a draft marked 'not ready to publish' with -Dattendance.allowDrafts=true",
        Hints.fixErrorsOrDraft());
    assertEquals(
        "write it as K/N, part K of N, with K from 1 to N: -Dattendance.shard=2/4 is the second of four parts",
        Hints.writeShard());
    assertEquals(
        "give a part from 1 to 4, e.g. -Dattendance.shard=1/4", Hints.shardFromOneToCount(4));
    assertEquals(
        "give the folders the shards' reports were downloaded to, or the folder that holds them, with -Dattendance.reports=",
        Hints.pointToShardReports());
    assertEquals(
        "merge the reports of one run of each shard, all split the same way (the same N): each school is checked by one shard only",
        Hints.mergeEachShardOnce());
    assertEquals(
        "download the reports of every shard; a shard whose job stopped before the check wrote none, so look at that job's log",
        Hints.downloadEveryShard());
    assertEquals(
        "write the merged reports to a folder of their own with -Dattendance.mergedReports=",
        Hints.mergeIntoOwnFolder());
    assertEquals(
        "check every shard with the same version of the plugin and the same reportFormats",
        Hints.checkShardsAlike());
    assertEquals(
        "save the policy as a Word document (.docx), a PDF (.pdf), a web page (.html) or a text file (.txt)",
        Hints.saveAsPolicyFormat());
    assertEquals(
        "if letters such as £ or é look wrong in the findings, save the file again as UTF-8",
        Hints.resaveAsUtf8());
    assertEquals("import them one at a time, into different folders", Hints.importOneAtATime());
    assertEquals(
        "move it away (or delete it) first, or import into another folder with -Dattendance.schoolsDirectory=<folder>",
        Hints.moveSchoolFileAway());
    assertEquals(
        "run the import again once nothing else is writing to the folder",
        Hints.importAgainWhenQuiet());
    assertEquals(
        "check that the folder exists and you can write to it", Hints.checkSchoolsFolderWritable());
  }

  @Test
  void everySentenceIsLowerCaseWithNoFullStop() throws Exception {
    for (java.lang.reflect.Method m : Hints.class.getDeclaredMethods()) {
      if (!java.lang.reflect.Modifier.isPublic(m.getModifiers())
          || m.getReturnType() != String.class
          || m.getParameterCount() != 0) {
        continue;
      }
      String sentence = (String) m.invoke(null);
      assertEquals(
          sentence.substring(0, 1).toLowerCase(java.util.Locale.ROOT),
          sentence.substring(0, 1),
          m.getName());
      org.junit.jupiter.api.Assertions.assertFalse(
          sentence.endsWith("."), m.getName() + ": " + sentence);
    }
  }

  /**
   * No hint is written outside the catalogue: the last argument of every {@code Diagnostic.error},
   * {@code Diagnostic.warning}, rule {@code report} and {@code new ExtractException} call in the
   * plugin's code is not a string literal.
   */
  @Test
  void noHintIsWrittenOutsideTheCatalogue() throws Exception {
    List<String> literal = new java.util.ArrayList<>();
    java.util.regex.Pattern call =
        java.util.regex.Pattern.compile(
            "(Diagnostic\\.(error|warning)|\\.report|new ExtractException|Problems\\.error)\\(");
    try (var files = java.nio.file.Files.walk(Path.of("src/main/java"))) {
      for (Path f :
          files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("Hints.java")).toList()) {
        String code = java.nio.file.Files.readString(f);
        java.util.regex.Matcher m = call.matcher(code);
        while (m.find()) {
          String last = lastArgument(code, m.end());
          if (last.startsWith("\"")) {
            literal.add(f.getFileName() + ": " + last);
          }
        }
      }
    }
    assertEquals(List.of(), literal);
    assertEquals(
        "\"do this\"",
        lastArgument("x(a, f(b, \"c)\"), \"do this\");", 2),
        "the scan reads nested calls and strings");
  }

  /** The last top-level argument of the call whose arguments start at {@code from}. */
  private static String lastArgument(String code, int from) {
    int depth = 1;
    int last = from;
    int i = from;
    for (; i < code.length() && depth > 0; i++) {
      char c = code.charAt(i);
      if (c == '"') {
        for (i++; code.charAt(i) != '"'; i++) {
          if (code.charAt(i) == '\\') {
            i++;
          }
        }
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 1) {
        last = i + 1;
      }
    }
    return code.substring(last, i - 1).strip();
  }

  @Test
  void formatsInTheCompilerStyleRelativeToTheBase() {
    Path base = Path.of("/work/project").toAbsolutePath();
    Diagnostic d =
        new Diagnostic(
            "ATT001",
            Severity.WARNING,
            new SourceRef(base.resolve("schools/models/x.yaml"), 14, 9),
            "unknown attendance code 'H'",
            "use C for leave granted in exceptional circumstances",
            "https://example.org/codes");
    assertEquals(
        String.join(
            System.lineSeparator(),
            "schools/models/x.yaml:14:9: warning: unknown attendance code 'H' [ATT001]",
            "  hint: use C for leave granted in exceptional circumstances",
            "  see: https://example.org/codes"),
        d.format(base));
  }

  @Test
  void leavesOutUnknownLineAndColumn() {
    Path base = Path.of("/work/project").toAbsolutePath();
    Diagnostic d =
        Diagnostic.error(
            "LOAD-FILE", SourceRef.of(base.resolve("a.yaml")), "the file does not exist", null);
    assertEquals("a.yaml: error: the file does not exist [LOAD-FILE]", d.format(base));
  }

  @Test
  void sortsByFileThenLineThenColumn() {
    Path f = Path.of("/a.yaml");
    Diagnostic late = Diagnostic.error("X", new SourceRef(f, 10, 1), "b", null);
    Diagnostic early = Diagnostic.error("X", new SourceRef(f, 2, 5), "a", null);
    Diagnostic earlier = Diagnostic.error("X", new SourceRef(f, 2, 3), "c", null);
    assertEquals(
        List.of(earlier, early, late), List.of(late, early, earlier).stream().sorted().toList());
  }
}
