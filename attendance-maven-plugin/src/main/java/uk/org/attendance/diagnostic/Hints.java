package uk.org.attendance.diagnostic;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The wording of every "what to do" hint the loader, the rules, the checker, the renderer and audit
 * give, in one voice: each method returns one sentence, lower-case and without a full stop, that
 * says what to write or do; its parameters are the parts that vary. {@code HintsTest} pins every
 * full sentence. Where the same advice is given for a school file and for an existing policy
 * document (audit), {@code document} chooses the wording for the document.
 */
public final class Hints {

  private Hints() {}

  // ---- Any problem ---------------------------------------------------------------------------

  /** A bug in the plugin, found while reading or checking a file. */
  public static String reportBugWithFile() {
    return "this is a bug in attendance-maven-plugin: please report it with this file";
  }

  /** A bug in the plugin, found while making documents. */
  public static String reportBug() {
    return "this is a bug in attendance-maven-plugin: please report it";
  }

  /** A file that cannot be read. */
  public static String checkFileReadable() {
    return "check that the file exists and you have permission to read it";
  }

  /** A value that must change to the national one. */
  public static String changeTo(Object value) {
    return "change it to " + value;
  }

  /** Words to write instead, quoted. */
  public static String writeQuoted(String words) {
    return "write \"" + words + "\"";
  }

  /** A figure to write instead, e.g. "write 6 years". */
  public static String write(String figure) {
    return "write " + figure;
  }

  // ---- The loader: reading a school file -------------------------------------------------------

  /** The schools folder does not exist. */
  public static String createSchoolsDirectory() {
    return "create it, or set <schoolsDirectory> in the plugin configuration";
  }

  /** A file far larger than a school file. */
  public static String fileTooLarge() {
    return "a school's policy model is a few hundred lines: check this is the right file";
  }

  /** Text that is not UTF-8. */
  public static String saveAsUtf8() {
    return "save the file as UTF-8 (in VS Code: click the encoding in the status bar,"
        + " then 'Save with Encoding', 'UTF-8'); a character copied from Word may need retyping";
  }

  /** A YAML alias. */
  public static String aliasWriteOut() {
    return "write the value out in full; to share values between schools, put them in a base file and use 'extends:'";
  }

  /** A YAML tag. */
  public static String removeTag() {
    return "remove the tag: write the value as plain text";
  }

  /** A YAML anchor. */
  public static String removeAnchor() {
    return "remove the anchor; to share values between schools, put them in a base file and use 'extends:'";
  }

  /** A YAML merge key. */
  public static String mergeKeyWriteOut() {
    return "write the values out in full, or put shared values in a base file and use 'extends:'";
  }

  /** A key written twice. */
  public static String keepOneKey(String key) {
    return "keep one '" + key + ":' and delete or merge the other";
  }

  /** Nesting far deeper than a school file needs. */
  public static String tooDeep() {
    return "a school file needs only a few levels of indentation: check the indentation of this part";
  }

  /** An empty school file. */
  public static String startFromInit() {
    return "start from the file 'mvn attendance:init' writes, or copy another school's file";
  }

  /** A school file that is a list. */
  public static String startWithSchool() {
    return "start the file with 'school:' at the left margin, not with '- '";
  }

  /** A quoted value never closed, found at the end of the file. */
  public static String addClosingDoubleQuote() {
    return "add the closing \" at the end of the value";
  }

  /** A file that is not a school's map of keys. */
  public static String checkIndentationAndFile() {
    return "check the indentation, and that this is the right file";
  }

  /** A tab in the indentation. */
  public static String replaceTab() {
    return "replace the tab with spaces (in VS Code: 'Convert Indentation to Spaces')";
  }

  /** ": " inside a value. */
  public static String quoteValueWithColon() {
    return "if the value contains ': ', put the whole value in double quotes; otherwise check the indentation of this line";
  }

  /** A key without its colon. */
  public static String writeKeyWithColon() {
    return "write each key as 'name: value', lined up with the keys around it";
  }

  /** A line indented out of line. */
  public static String lineUpKey() {
    return "line it up, with spaces, with the other keys of the same section";
  }

  /** A quoted value never closed. */
  public static String addClosingQuote() {
    return "add the closing quote (\" or ') at the end of the value";
  }

  /** A YAML alias, found by the parser. */
  public static String writeOutInFull() {
    return "write the value out in full";
  }

  /**
   * A value YAML cannot read as written, or a number where text belongs. (The schema's "put the
   * value in double quotes" said the same thing in other words.)
   */
  public static String quoteWholeValue() {
    return "put the whole value in double quotes";
  }

  /** A [ ] or { } list or map not closed. */
  public static String checkBrackets() {
    return "check the brackets and commas, or write the entries one per line";
  }

  /** Any other YAML syntax error. */
  public static String checkPunctuation() {
    return "check the indentation and punctuation of this line and the one above";
  }

  /** A required key is missing; {@code description} is the schema's ": what it is", or "". */
  public static String addRequiredKey(String key, String under, String description) {
    return "add '"
        + key
        + ":'"
        + (under == null ? " at the left margin" : " under " + under)
        + description;
  }

  /** An empty value, or a key with no value. */
  public static String fillInOrDelete() {
    return "fill in a value, or delete the key";
  }

  /** A value longer than the schema allows. */
  public static String shortenValue() {
    return "shorten it, or move long text into a prose section";
  }

  /** A list with too few entries. */
  public static String addListEntries() {
    return "add entries as lines starting with '- '";
  }

  /** A "FILL IN" placeholder left by init. */
  public static String replacePlaceholder(String what) {
    return "replace the placeholder with the real value (" + what + ")";
  }

  /** A table row with a comma inside a cell. */
  public static String quoteCellWithComma() {
    return "put any cell that contains a comma in double quotes, e.g. \"Hand, foot and mouth\"";
  }

  /** Two schools with one id. */
  public static String giveOwnId() {
    return "give each school its own id: it names the school's output folder";
  }

  /** A school file that is a link to a file outside the schools folder. */
  public static String copyIntoFolder(String folder) {
    return "copy the file itself into " + folder + " instead of linking to it";
  }

  /** A base file outside the schools folder. */
  public static String keepBaseInside(String folder) {
    return "keep base files in the schools folder (" + folder + ") or below it";
  }

  /** A base file that does not exist. */
  public static String checkExtendsPath() {
    return "check the spelling; the path is relative to this file's folder, e.g. 'federation.yaml' for a file beside this one";
  }

  /** Files that extend each other. */
  public static String breakExtendsCycle() {
    return "a base file must not extend a file that extends it: remove one 'extends:'";
  }

  // ---- Suppressions --------------------------------------------------------------------------

  /** A suppression's 'at:' names no place. */
  public static String writeSuppressionPlace() {
    return "write the place as the finding prints it, e.g. letters[1].body or schoolDay.groups[0]";
  }

  /** A suppression that applies to the whole school. */
  public static String saySuppressionPlace() {
    return "say where it applies: add 'at:' with the place the finding names, or 'group:' with a pupil group's id";
  }

  /** A suppression that matches nothing. */
  public static String deleteSuppression() {
    return "delete this suppression";
  }

  // ---- The rules -----------------------------------------------------------------------------

  /** ATT082. */
  public static String absentNotMissing() {
    return "write \"absent from education\", and keep \"missing education\" for a child who is on no school's register";
  }

  /** ATT062: a band with nothing in it. */
  public static String checkBandBounds() {
    return "check its bounds";
  }

  /** ATT062: two bands overlap. */
  public static String bandsBelowAndAtLeast() {
    return "make each figure fall in one band: use 'below' for one and 'atLeast' for the next";
  }

  /** ATT062: a gap between bands. */
  public static String closeBandGap(String percent) {
    return "make one band include " + percent + "%";
  }

  /** ATT003. */
  public static String listCodeUnder(String code, String category) {
    return "list '" + code + "' under " + category;
  }

  /** ATT004. */
  public static String useNationalWording(String meaning) {
    return "use the national wording: " + meaning;
  }

  /** ATT006: B's old meaning. */
  public static String travellingForWork() {
    return writeQuoted("parent travelling for occupational purposes, with the pupil");
  }

  /** ATT002, ATT006: a withdrawn code. */
  public static String removeIt(String replacement) {
    return replacement == null ? "remove it" : "remove it: " + replacement;
  }

  /** ATT031, ATT032: nobody named for a purpose. */
  public static String nameContact(boolean document, String key, String purpose) {
    return document
        ? "name the person to contact " + purpose + ", with their email or phone number"
        : "add '" + key + ":' under 'contacts:' with at least one person and their email or phone";
  }

  /** ATT017. */
  public static String checkWithCodeOfConduct() {
    return "check the amount with the local authority's code of conduct";
  }

  /** ATT043. */
  public static String regulation11Grounds() {
    return "leave may be granted only for the regulation 11 grounds, such as exceptional circumstances";
  }

  /** ATT081: the framework's source. */
  public static String frameworkSource() {
    return "write that the framework was introduced by the Education (Penalty Notices) (England) (Amendment)"
        + " Regulations 2024, with the guidance 'Working together to improve school attendance'";
  }

  /** ATT081: holiday discretion. */
  public static String discretionRemoved2013() {
    return "say that the 2013 amendment removed it, from 1 September 2013, and that the 2024 regulations did not restore it";
  }

  /** ATT044: approved educational activity called leave. */
  public static String approvedEducationalActivities() {
    return "describe them as approved educational activities, recorded with their own codes";
  }

  /** ATT044: authorised absence called leave. */
  public static String keepLeaveForRegulation11() {
    return "keep leave of absence for the regulation 11 grounds (C, C1, C2, J1, M, S), and describe the rest as authorised"
        + " absence";
  }

  /** ATT044: ordinary events called exceptional. */
  public static String onlyRareEvents() {
    return "list only events that are rare, significant and unavoidable as exceptional circumstances";
  }

  /** ATT040: a code leave cannot be granted as; {@code group} is the code's group, or null. */
  public static String removeFromGrantedFor(String code, String group) {
    return group == null
        ? "remove it from 'grantedFor'"
        : "'" + code + "' is " + group + ", not leave: remove it from 'grantedFor'";
  }

  /** ATT041. */
  public static String leisureAndRecreation() {
    return writeQuoted("leisure and recreation");
  }

  /** ATT012: a local trigger that is not the threshold. */
  public static String useNationalThreshold(String national) {
    return "use the national threshold (" + national + ") and consider each case on its own";
  }

  /** ATT012: an escalation stage that requests a notice. */
  public static String triggerAt(String national) {
    return "trigger it at " + national;
  }

  /** ATT012: a text that requests a notice elsewhere than the threshold. */
  public static String requestOnlyAtThreshold(String national) {
    return "request a penalty notice only where the national threshold ("
        + national
        + ") is met, and consider each case";
  }

  /** ATT012: absence counted cumulatively. */
  public static String rollingWindow(int weeks) {
    return "describe the rolling window of " + weeks + " school weeks";
  }

  /** ATT042. */
  public static String medicalEvidenceOnlyInDoubt() {
    return "ask for medical evidence only where there is genuine and reasonable doubt that the illness is real,"
        + " and accept any reasonable form of it";
  }

  /** ATT005. */
  public static String addCodesOrDelete() {
    return "add them, or delete 'codes:' so the policy prints the national table";
  }

  /** ATT034: no channels. */
  public static String sayHowToReport(boolean document) {
    return document
        ? "say how parents tell the school about an absence: phone, email, app ..."
        : "add 'absenceReporting:' with 'channels:' (phone, email, app ...)";
  }

  /** ATT034: no deadline. */
  public static String sayReportingDeadline(boolean document) {
    return document
        ? "say by what time parents must report an absence"
        : "add 'deadline:' under 'absenceReporting:'";
  }

  /** ATT023. */
  public static String addAfternoonRegister(boolean document) {
    return document
        ? "say when the afternoon register opens and closes"
        : "add 'afternoonRegister:' with the times it opens and closes";
  }

  /** ATT036. */
  public static String addAttendanceGovernor() {
    return "add 'attendanceGovernor:' under 'contacts:'";
  }

  /** ATT095. */
  public static String addPromotingAttendance() {
    return "add 'promotingAttendance:' under 'prose:', in the school's own words: how it encourages good attendance"
        + " and how it recognises it";
  }

  /** ATT094. */
  public static String addFollowUp() {
    return "add 'followUp:' under 'absenceReporting:' with what the school does, one step a line"
        + " (e.g. '- We phone you on the first morning of absence if we have not heard from you.'),"
        + " or describe it in 'absenceProcedures:' under 'prose:'";
  }

  /** ATT035. */
  public static String sayHowToRequestLeave(boolean document) {
    return document
        ? "say how to ask for leave of absence: who to ask, how, and how far ahead"
        : "add 'howToRequest:' under 'leave:': who to ask, how, and how far ahead";
  }

  /** ATT097: a marked stage that does not say when. */
  public static String sayWhenReferred() {
    return "say when in 'text:' under this stage's 'trigger:', e.g. what attendance or how many sessions of"
        + " unauthorised absence lead to the referral";
  }

  /** ATT097: no escalation at all. */
  public static String addEscalationWithLegalIntervention() {
    return "add 'escalation:' with the school's stages of support, and mark the stage at which it refers the family"
        + " to the local authority with 'legalIntervention: true'";
  }

  /** ATT097: no stage marked. */
  public static String markLegalInterventionStage() {
    return "mark the stage under 'escalation:' at which the school refers the family to the local authority with"
        + " 'legalIntervention: true' (add that stage if there is none): its trigger says when, its actions say how";
  }

  /** ATT052. */
  public static String giveReviewDate(boolean document) {
    return document
        ? "give the date the policy will next be reviewed"
        : "add 'reviewDue:' under 'policy:', e.g. Autumn 2026";
  }

  /** ATT033: when the day starts. */
  public static String sayWhenDayStarts(boolean document) {
    return document
        ? "say when the school day starts"
        : "add 'morningRegister:' with the time it opens";
  }

  /** ATT033: when the day ends. */
  public static String sayWhenDayEnds(boolean document) {
    return document ? "say when the school day ends" : "add 'endOfDay:'";
  }

  /** ATT030. */
  public static String nameSeniorAttendanceChampion(boolean document) {
    return document
        ? "name the senior attendance champion, with their role and email or phone number"
        : "add 'seniorAttendanceChampion:' under 'contacts:' with their name, role and email or phone";
  }

  /** ATT096. */
  public static String addAbsenceData() {
    return "add 'absenceData:' under 'prose:', in the school's own words: what it looks at, how often,"
        + " and how that decides who gets support";
  }

  /** ATT011: what happens after the limit. */
  public static String sayWhatAfterLimit(int years) {
    return "say that no further notice is issued within "
        + years
        + " years and that other action, usually"
        + " considering prosecution, is taken instead";
  }

  /** ATT011: the limit stated in words. */
  public static String writeNoticeLimit(int max, int years) {
    return "write that at most "
        + max
        + " notices may be issued to a parent for a child in any "
        + years
        + " years";
  }

  /** ATT093: an element of the notice to improve the model leaves out, e.g. "supportGiven". */
  public static String addNoticeToImproveKey(String key) {
    return "add '" + key + ":' under 'penaltyNotices.noticeToImprove', in the school's words";
  }

  /**
   * ATT093: the improvement period, or one end of it; {@code keys} e.g. "'minWeeks:' and
   * 'maxWeeks:'".
   */
  public static String addImprovementPeriod(String keys, int min, int max) {
    return "add "
        + keys
        + " under 'penaltyNotices.noticeToImprove' (between "
        + min
        + " and "
        + max
        + " weeks; the same number twice for a fixed period)";
  }

  /** ATT093: the shortest period longer than the longest. */
  public static String swapImprovementPeriod() {
    return "swap 'minWeeks:' and 'maxWeeks:' under 'penaltyNotices.noticeToImprove'";
  }

  /**
   * ATT093: which letter is the notice; {@code likely} the one letter that looks like it, or null.
   */
  public static String addNoticeToImproveLetter(String likely) {
    return likely != null
        ? "add 'letter: " + likely + "' under 'penaltyNotices.noticeToImprove'"
        : "add 'letter:' under 'penaltyNotices.noticeToImprove' with the id of the notice-to-improve letter under 'letters:'";
  }

  /** ATT063, ATT093: a letter the school does not define, and it defines none. */
  public static String addLetter() {
    return "add the letter under 'letters:'";
  }

  /** ATT093: the attendance record the notice's letter lacks. */
  public static String addAttendanceRecordToLetter() {
    return "add {{AttendancePercent}}, {{SessionsMissed}} or {{UnauthorisedSessions}} to the letter's 'body:'";
  }

  /** ATT093: the parent's duty the notice's letter lacks. */
  public static String addParentalDutyToLetter() {
    return "add {{ParentalDuty}} to the letter's 'body:': it prints the duty in the words of the law";
  }

  /**
   * ATT093: a fact field the notice's letter lacks, which prints {@code key} of the notice to
   * improve.
   */
  public static String addNoticeToImproveFieldToLetter(String field, String key) {
    return "add {{"
        + field
        + "}} to the letter's 'body:': it prints '"
        + key
        + "' under 'penaltyNotices.noticeToImprove'";
  }

  /** ATT093: the improvement period the notice's letter lacks. */
  public static String addImprovementPeriodToLetter() {
    return "add {{NoticeToImprovePeriod}} (the period, from 'minWeeks' and 'maxWeeks' under 'penaltyNotices.noticeToImprove')"
        + " or {{ImprovementPeriodEnd}} (the date it ends) to the letter's 'body:'";
  }

  /** ATT093: the letter does not warn. */
  public static String warnOfPenaltyNotice() {
    return "say in the letter's 'body:' that a penalty notice may be issued if attendance does not improve enough";
  }

  /** ATT016: an improvement period out of range. */
  public static String improvementPeriodRange(int min, int max) {
    return "an improvement period runs for between " + min + " and " + max + " weeks";
  }

  /** ATT016: a period stated in words. */
  public static String givePeriod(int min, int max) {
    return "give a period of " + min + " to " + max + " weeks";
  }

  /** ATT045. */
  public static String partTimeTemporary(String code) {
    return "say it is temporary, agreed with the parent for exceptional circumstances, time-limited and reviewed (code "
        + code
        + ")";
  }

  /** ATT010. */
  public static String writeNationalAmounts(String national) {
    return "write the national amounts: " + national;
  }

  /** ATT061. */
  public static String oneAddressPerPerson() {
    return "use one address for each person everywhere";
  }

  /** ATT060. */
  public static String replacePlaceholderText() {
    return "replace it with the school's own words, or delete it";
  }

  /**
   * ATT014: both offences and their penalties, from the rulebook, amounts written as in the policy
   * ("£2,500"). (The check of the model's fields wrote them without the comma, "£2500".)
   */
  public static String bothOffences(
      int s444Section1MaxFine, int s444Section1AMaxFine, int s444Section1AMaxMonths) {
    return "s444(1), failing to secure regular attendance: a fine of up to £"
        + String.format(Locale.UK, "%,d", s444Section1MaxFine)
        + "; s444(1A), knowingly failing: up to £"
        + String.format(Locale.UK, "%,d", s444Section1AMaxFine)
        + " and/or "
        + s444Section1AMaxMonths
        + " months in prison";
  }

  /** ATT014: a penalty presented for the wrong offence. */
  public static String stateBothOffences(String both) {
    return "state both offences: " + both;
  }

  /** ATT051. */
  public static String checkBothDates() {
    return "check both dates: the review date should be after ratification";
  }

  /** ATT024. */
  public static String sayWhenRegisterCloses(boolean document) {
    return document ? "say when it closes" : "add 'closes:' under it";
  }

  /** ATT021: a register that closes before it opens. */
  public static String checkTwoTimes() {
    return "check the two times";
  }

  /** ATT021: a register open too long. */
  public static String closeAtTheLatest(String time) {
    return "close it at " + time + " at the latest";
  }

  /** ATT022. */
  public static String sameWindowEverySession() {
    return "the register should stay open for the same length of time in every session";
  }

  /** ATT025: a deadline after the register closes. */
  public static String deadlineNoLaterThan(String time) {
    return "set the deadline no later than " + time;
  }

  /** ATT025: a deadline before the register opens. */
  public static String deadlineWhileOpen() {
    return "set the deadline between the time the register opens and the time it closes";
  }

  /** ATT050: overdue. */
  public static String reviewWithGovernors() {
    return "review the policy with governors, then set the next review date";
  }

  /** ATT050: due soon. */
  public static String planReview() {
    return "plan the review with governors";
  }

  /** ATT026. */
  public static String weekRunsFrom() {
    return "the week runs from the morning register to the end of the day, breaks included";
  }

  /**
   * ATT020: a closing time in the text that differs from the school's.
   *
   * @param elsewhere for a document, "the policy gives 09:20 at line 166: ", otherwise ""
   * @param setAt for a school file, " (set at line 58)" or ""
   */
  public static String oneClosingTime(boolean document, String elsewhere, String setAt) {
    return elsewhere
        + (document
            ? "give one closing time everywhere"
            : "use one closing time everywhere: change the text, or the register times in 'schoolDay'"
                + setAt);
  }

  /**
   * ATT029: another time in the text that differs; {@code key} where the times are, e.g.
   * "schoolDay".
   */
  public static String oneTime(boolean document, String key) {
    return document
        ? "give one time everywhere: correct this sentence or the other place"
        : "use one time everywhere: change the text, or the times in '" + key + "'";
  }

  /** ATT013. */
  public static String listThresholdCodes() {
    return "list the codes as [G, N, O, U]";
  }

  /** ATT013: in words. */
  public static String thresholdCodesInWords() {
    return writeQuoted("G, N, O and U");
  }

  /** ATT001. */
  public static String theCodesAre(String codes) {
    return "the codes are: " + codes;
  }

  /** ATT064: an unknown band. */
  public static String bandsAreUnderThresholds() {
    return "the bands are under 'thresholds.bands'";
  }

  /** ATT064: a fact the model does not give. */
  public static String addFactOrReword() {
    return "add the fact to the school's model, or reword the letter";
  }

  /** ATT015: a section of the Education Act. */
  public static String theOffencesAre() {
    return "the offences are section 444(1) and the aggravated section 444(1A)";
  }

  /** ATT015: in words. */
  public static String theOffencesAndNotices() {
    return "the offences are section 444(1) and the aggravated section 444(1A); penalty notices are under section 444A";
  }

  /** ATT091. */
  public static String addContactDetails(String list) {
    return "add their 'email:' or 'phone:' under 'contacts."
        + list
        + "', or the office number as 'phone:' under 'school:'";
  }

  /** ATT092: how to name someone in a signing role; {@code list} for a role filled by a list. */
  public static String fillSigningRole(String key, boolean list) {
    return list
        ? "add '"
            + key
            + ":' under 'contacts:' with at least one person's name and role (the first one signs)"
        : "add '" + key + ":' under 'contacts:' with their name and role";
  }

  /** ATT092: a letter nobody signs. */
  public static String addSignedBy() {
    return "add 'signedBy:' to the letter (headteacher, senior-attendance-champion, day-to-day-contact,"
        + " individual-support-contact or attendance-governor), or 'signatory:' with the signer's name and role";
  }

  /** ATT092: a letter signed in a role nobody fills. */
  public static String fillSigningRoleOrSignatory(String key, boolean list) {
    return fillSigningRole(key, list)
        + ", or give the letter a 'signatory:' with the signer's name and role";
  }

  /** ATT090: a channel that needs the school's phone; {@code what} e.g. "the number to call". */
  public static String addOfficePhone(String what) {
    return "add the office number as 'phone:' under 'school:', or give this channel "
        + what
        + " as 'value:'";
  }

  /** ATT090: an email channel with no address. */
  public static String addOfficeEmail() {
    return "add the office address as 'email:' under 'school:', or give this channel the address to write to as 'value:'";
  }

  /** ATT090: a website channel with no address. */
  public static String addWebsite() {
    return "add the school's web address as 'website:' under 'school:', or give this channel the page's address as 'value:'";
  }

  /** ATT090: an app with no name. */
  public static String nameTheApp() {
    return "give this channel the app's name, as parents will find it in their app store, as 'value:'";
  }

  // ---- Rendering -----------------------------------------------------------------------------

  /** A federation's folder name taken by a school. */
  public static String differentTrustShortName() {
    return "give the trust a different shortName";
  }

  /** A logo that cannot be used. */
  public static String usePngOrJpeg() {
    return "use a PNG or JPEG file inside the schools folder";
  }

  /** An output folder that cannot be written. */
  public static String checkOutputFolderWritable() {
    return "check that the output folder can be written to";
  }

  /** Another build holds the output folder's lock. */
  public static String letTheOtherBuildFinish() {
    return "let the other build finish and run this one again, or give each build its own <outputDirectory>";
  }

  /** A Word document whose part inflates far beyond its stored size. */
  public static String wordDocumentInflates() {
    return "open the document in Word and save it again, or audit a PDF of it";
  }

  /** A Word document with a document type declaration. */
  public static String saveAsDocxAgain() {
    return "open the document in Word and save it again as a .docx";
  }

  /** A Word document with too many parts. */
  public static String realWordDocumentsHaveFewParts() {
    return "a real Word document has a few dozen parts: open it in Word and save it again";
  }

  /** A Word document too large uncompressed. */
  public static String removeLargePictures() {
    return "remove very large pictures or embedded files from the document, or audit a PDF of it";
  }

  /** A zip bomb. */
  public static String askForThePolicyAgain() {
    return "do not open this file: ask whoever sent it for the policy again";
  }

  /** A file that is not a Word document that can be read. */
  public static String saveAsDocx() {
    return "open it in Word and use 'Save As', 'Word Document (*.docx)'; an older .doc file must be saved as .docx";
  }

  /** A policy file too large, or one that needs too much memory. */
  public static String policyIsFarSmaller() {
    return "a school's attendance policy is far smaller: check this is the right file";
  }

  /** A policy with too many pages or characters. */
  public static String policyIsFarShorter() {
    return "a school's attendance policy is far shorter: check this is the right file";
  }

  /** An empty policy file, or one with no text. */
  public static String checkTheRightFile() {
    return "check this is the right file";
  }

  /** A PDF with no text. */
  public static String scannedPdf() {
    return "a scanned PDF holds pictures of pages, not text: audit the Word file it was made from";
  }

  /** A PDF protected with a password. */
  public static String auditWithoutPassword() {
    return "audit a copy without the password, or the Word file it was made from";
  }

  /** A file that is not a PDF that can be read. */
  public static String savePdfAgain() {
    return "open it and save or print it again as a PDF, or audit the Word file it was made from";
  }

  /** A template error. */
  public static String fixTemplate(String origin) {
    return "fix the template at this line (templates from " + origin + ")";
  }

  /** A school with errors and drafts not allowed. */
  public static String fixErrorsOrDraft() {
    return "fix the errors, or render it as a draft marked 'not ready to publish' with -Dattendance.allowDrafts=true";
  }

  // ---- Shards and merged reports -------------------------------------------------------------

  /** A shard not written K/N. */
  public static String writeShard() {
    return "write it as K/N, part K of N, with K from 1 to N: -Dattendance.shard=2/4 is the second of four parts";
  }

  /** A shard whose part is not one of the {@code count} parts. */
  public static String shardFromOneToCount(int count) {
    return "give a part from 1 to " + count + ", e.g. -Dattendance.shard=1/" + count;
  }

  /** Report folders that hold no check reports. */
  public static String pointToShardReports() {
    return "give the folders the shards' reports were downloaded to, or the folder that holds them,"
        + " with -Dattendance.reports=";
  }

  /** The same school, or the same shard, in two report folders; or shards split different ways. */
  public static String mergeEachShardOnce() {
    return "merge the reports of one run of each shard, all split the same way (the same N): each school is"
        + " checked by one shard only";
  }

  /** A shard whose reports are missing. */
  public static String downloadEveryShard() {
    return "download the reports of every shard; a shard whose job stopped before the check wrote none,"
        + " so look at that job's log";
  }

  /** Merged reports that would overwrite a shard's. */
  public static String mergeIntoOwnFolder() {
    return "write the merged reports to a folder of their own with -Dattendance.mergedReports=";
  }

  /** Shards that wrote different reports, or with different versions of the plugin. */
  public static String checkShardsAlike() {
    return "check every shard with the same version of the plugin and the same reportFormats";
  }

  // ---- Audit ---------------------------------------------------------------------------------

  /** A file audit does not read. */
  public static String saveAsPolicyFormat() {
    return "save the policy as a Word document (.docx), a PDF (.pdf), a web page (.html) or a text file (.txt)";
  }

  /** A text policy that is not UTF-8. */
  public static String resaveAsUtf8() {
    return "if letters such as £ or é look wrong in the findings, save the file again as UTF-8";
  }

  // ---- Import --------------------------------------------------------------------------------

  /** Two policies that would become the same school file. */
  public static String importOneAtATime() {
    return "import them one at a time, into different folders";
  }

  /** A school file that exists where an import would write one. */
  public static String moveSchoolFileAway() {
    return "move it away (or delete it) first, or import into another folder with -Dattendance.schoolsDirectory=<folder>";
  }

  /** A school file that appeared while an import was writing. */
  public static String importAgainWhenQuiet() {
    return "run the import again once nothing else is writing to the folder";
  }

  /** A schools folder that cannot be written. */
  public static String checkSchoolsFolderWritable() {
    return "check that the folder exists and you can write to it";
  }

  // ---- Did you mean ----------------------------------------------------------------------------

  /**
   * "did you mean 'x'?" when one candidate is close to what was written, otherwise the list of
   * allowed values.
   *
   * @param written what the user wrote
   * @param allowed what is allowed at that place
   * @param what what the allowed things are called, e.g. "keys" or "values"
   * @return a hint sentence
   */
  public static String didYouMean(String written, Collection<String> allowed, String what) {
    String best = closest(written, allowed);
    if (best != null) {
      return "did you mean '" + best + "'?";
    }
    return "the " + what + " allowed here are: " + String.join(", ", sorted(allowed));
  }

  /** The allowed value closest to {@code written}, if it is close enough to be a typo. */
  public static String closest(String written, Collection<String> allowed) {
    String w = written.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : sorted(allowed)) {
      int d = distance(w, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    int tolerance = Math.max(1, Math.min(3, written.length() / 3));
    return best != null && bestDistance <= tolerance ? best : null;
  }

  private static List<String> sorted(Collection<String> values) {
    return values.stream().sorted(Comparator.naturalOrder()).collect(Collectors.toList());
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  // attendance:evaluate: the rules.json, the register and the letters-sent log it reads

  /** A rules.json that has been edited or damaged. */
  public static String useRulesJsonUnchanged() {
    return "use the rules.json that attendance:render writes, unchanged";
  }

  /** A file that is not a school's rules.json. */
  public static String useTheSchoolsRulesJson() {
    return "use the rules.json that attendance:render writes for the school (target/attendance/<school>/rules.json)";
  }

  /** A rules.json written by an older version of the plugin. */
  public static String renderRulesJsonAgain() {
    return "run attendance:render again to write a new rules.json";
  }

  /** An export without its header row; {@code what} is "register" or "log". */
  public static String exportAgainWithHeader(String what) {
    return "export the " + what + " again, with its header row";
  }

  /** A letters-sent log of more than a year's letters. */
  public static String exportOnlyAttendanceLetters() {
    return "export only the attendance letters of the school year";
  }

  /** A register too big to read. */
  public static String exportLess() {
    return "export one school year at a time, or one year group at a time";
  }

  /** A register that spans more than one school year. */
  public static String exportOneYear() {
    return "export one school year at a time";
  }

  /** A register whose rows hold no marks. */
  public static String exportAgainWithMarks() {
    return "export the register again, with its marks";
  }

  /** The first of several rows left out, and why. */
  public static String theFirst(String first) {
    return "the first: " + first;
  }

  /** A file that does not exist. */
  public static String checkPathGivenTo(String parameter) {
    return "check the path given to "
        + parameter
        + " (relative paths start from the project folder)";
  }

  /** A folder given where a file was wanted. */
  public static String nameTheFileWith(String parameter) {
    return "name the file itself with " + parameter;
  }

  /** An Excel workbook given as a register. */
  public static String saveAsCsvUtf8() {
    return "open it in Excel and use File > Save As > CSV UTF-8 (Comma delimited), then name that file";
  }

  /** A PDF given as a register or log. */
  public static String exportAsCsv(String what) {
    return "export the " + what + " from the MIS as CSV";
  }

  /** A binary or UTF-16 file given as a register or log. */
  public static String exportAsCsvUtf8(String what) {
    return "export the " + what + " from the MIS as CSV UTF-8";
  }

  /** A compressed file given as a register or log. */
  public static String unpackFirst() {
    return "unpack it first";
  }

  /** A column named by a parameter that the header does not have. */
  public static String giveOneOfTheHeadersNames(String parameter) {
    return "give " + parameter + " one of the header's names";
  }

  /** Two columns with one name. */
  public static String renameOneInTheExport() {
    return "rename one of them in the export";
  }

  /** More than one column that could hold a value. */
  public static String chooseColumnWith(String parameter, String column) {
    return "choose one with " + parameter + "=\"" + column + "\"";
  }

  /** No column that could hold a value. */
  public static String nameTheColumn(String names, String parameter) {
    return "name the column one of " + names + ", or choose it with " + parameter + "=NAME";
  }

  /** A row with far more columns than any register. */
  public static String tooManyColumns() {
    return "check this is the right file (a mark grid has one column per session: 760 for two school years)";
  }

  /** A line far longer than any register row. */
  public static String lineTooLong() {
    return "check this is the right file: a register export has one short row per pupil per session, or per pupil";
  }

  /** A quote mark never closed. */
  public static String closeTheQuote() {
    return "close the quote (a quote mark inside a cell is written twice: \"\")";
  }
}
