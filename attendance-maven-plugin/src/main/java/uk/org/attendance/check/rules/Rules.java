package uk.org.attendance.check.rules;

import java.util.List;
import uk.org.attendance.check.Rule;

/** Every rule the checker runs, in id order. Adding a rule means adding it here. */
public final class Rules {

  private Rules() {}

  // keep-sorted start (by id)
  public static final List<Rule> ALL =
      List.of(
          new UnknownCode(), // ATT001
          new WithdrawnCodeListed(), // ATT002
          new CodeInWrongCategory(), // ATT003
          new CodeMeaningContradicted(), // ATT004
          new NationalCodesMissing(), // ATT005
          new CodeOldMeaning(), // ATT006
          new PenaltyAmountMismatch(), // ATT010
          new NoticeLimitMismatch(), // ATT011
          new LocalPenaltyTrigger(), // ATT012
          new ThresholdCodesIncomplete(), // ATT013
          new ProsecutionPenaltyMisstated(), // ATT014
          new UnknownSectionCited(), // ATT015
          new NoticeToImprovePeriod(), // ATT016
          new ExclusionNoticeAmount(), // ATT017
          new ConflictingRegisterClose(), // ATT020
          new RegisterWindowTooLong(), // ATT021
          new RegisterWindowsDiffer(), // ATT022
          new NoAfternoonRegister(), // ATT023
          new RegisterCloseMissing(), // ATT024
          new ReportingDeadlineAfterClose(), // ATT025
          new ShortSchoolWeek(), // ATT026
          new RegisterRetention(), // ATT027
          new UnknownReasonDeadline(), // ATT028
          new SchoolTimeContradicted(), // ATT029
          new NoSeniorAttendanceChampion(), // ATT030
          new NoDayToDayContact(), // ATT031
          new NoIndividualSupportContact(), // ATT032
          new NoSchoolDayTimes(), // ATT033
          new NoAbsenceReporting(), // ATT034
          new NoLeaveProcedure(), // ATT035
          new NoAttendanceGovernor(), // ATT036
          new LeaveOutsideRegulation11(), // ATT040
          new LeisureOrEducation(), // ATT041
          new MedicalEvidenceDemand(), // ATT042
          new HolidayDiscretion(), // ATT043
          new LeaveGroundsConfused(), // ATT044
          new PartTimeTimetableNotTemporary(), // ATT045
          new ReviewOverdue(), // ATT050
          new RatifiedAfterReview(), // ATT051
          new NoReviewDate(), // ATT052
          new PlaceholderText(), // ATT060
          new PersonWithTwoEmails(), // ATT061
          new BandsOverlapOrGap(), // ATT062
          new UndefinedLetter(), // ATT063
          new UnknownMergeField(), // ATT064
          new AbsenceDefinitionMismatch(), // ATT070
          new RevokedLawCited(), // ATT080
          new LawMisattributed(), // ATT081
          new AbsenceCalledMissingEducation(), // ATT082
          new LaReturnMisdescribed(), // ATT083
          new UnusableReportingChannel(), // ATT090
          new UnreachableContact(), // ATT091
          new UnsignedLetter(), // ATT092
          new NoticeToImproveIncomplete(), // ATT093
          new NoFirstDayFollowUp(), // ATT094
          new NoAttendancePromotion(), // ATT095
          new NoUseOfData(), // ATT096
          new NoLegalInterventionRoute()); // ATT097
  // keep-sorted end
}
