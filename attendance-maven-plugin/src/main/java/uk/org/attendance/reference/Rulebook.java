package uk.org.attendance.reference;

import java.time.LocalDate;
import java.util.List;
import uk.org.attendance.text.Formats;

/**
 * One version of the national rules, as data. Every value cites its rule id in {@code
 * dfe-2024-rules.md}; points marked UNCONFIRMED there are enforced as warnings.
 *
 * <p>A later rule set sits beside this one with its own {@code effectiveFrom}; see {@link
 * Rulebooks#inForceOn(LocalDate)}. Immutable and thread-safe.
 *
 * @param name what the rule set is
 * @param effectiveFrom the day it came into force
 * @param verifiedAsOf the day its values were last checked against the sources
 * @param penalties the national penalty-notice framework
 * @param absence persistent and severe absence
 * @param registers register rules
 * @param returns returns to the local authority
 * @param schoolYear sessions, the school week, suspension
 * @param prosecution court penalties
 * @param leaveGrounds the codes leave of absence may be granted for (R-LOA-01)
 * @param codeRoles which code stands for what the plugin acts on (§1.1 code table)
 * @param links where to read more
 * @param statements the statements of law documents print, each with its rule ids
 */
public record Rulebook(
    String name,
    LocalDate effectiveFrom,
    LocalDate verifiedAsOf,
    Penalties penalties,
    Absence absence,
    Registers registers,
    Returns returns,
    SchoolYear schoolYear,
    Prosecution prosecution,
    List<AttendanceCode> leaveGrounds,
    java.util.Map<CodeRole, AttendanceCode> codeRoles,
    Links links,
    Statements statements) {

  /**
   * Every value of the rule set by name, for the placeholders of its statements: each component of
   * the nested records ({@code thresholdSessions}, {@code firstReducedAmount}, ...) and the values
   * derived from them ({@code persistentSessions}, {@code persistentDays}, {@code thresholdDays}).
   */
  public java.util.Map<String, Object> values() {
    java.util.Map<String, Object> out = new java.util.TreeMap<>();
    for (Record part :
        List.<Record>of(penalties, absence, registers, returns, schoolYear, prosecution, links)) {
      for (java.lang.reflect.RecordComponent c : part.getClass().getRecordComponents()) {
        try {
          Object previous = out.put(c.getName(), c.getAccessor().invoke(part));
          if (previous != null) {
            throw new IllegalStateException("two rule-set values are called " + c.getName());
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + c, e);
        }
      }
    }
    out.put("persistentSessions", persistentSessions());
    out.put("persistentDays", persistentSessions() / schoolYear.sessionsPerDay());
    out.put("thresholdDays", penalties.thresholdSessions() / schoolYear.sessionsPerDay());
    out.put("persistentAttendancePercent", 100 - absence.persistentPercent());
    out.put("weekHours", schoolYear.weekMinutes() / 60.0);
    for (java.util.Map.Entry<CodeRole, AttendanceCode> r : codeRoles.entrySet()) {
      out.put(r.getKey().placeholder(), r.getValue().code());
    }
    return out;
  }

  /**
   * Fills a template's placeholders ({@link Statements#PLACEHOLDER}: {@code {name}} or {@code
   * {name|format}}) with this rule set's {@link #values()}. The formats are {@code money} (£80),
   * {@code words} (ten), {@code ordinal} (tenth), {@code percent} (90%) and {@code codes} (G, N, O
   * and U); with none, a whole number prints as one and a code as its letter.
   *
   * @param template words with placeholders
   * @param what what the template is, for the error
   * @return the words with this rule set's values
   * @throws IllegalStateException if a placeholder names a value or format the rule set does not
   *     have
   */
  public String fill(String template, String what) {
    return fill(template, what, values());
  }

  /**
   * As {@link #fill(String, String)}, with this rule set's {@link #values()} worked out once by the
   * caller.
   */
  public static String fill(String template, String what, java.util.Map<String, Object> values) {
    java.util.regex.Matcher m = Statements.PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (!values.containsKey(m.group(1))) {
        throw new IllegalStateException(
            what + " names '" + m.group(1) + "', which the rule set does not have");
      }
      m.appendReplacement(
          out,
          java.util.regex.Matcher.quoteReplacement(
              format(values.get(m.group(1)), m.group(2), what)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String format(Object value, String format, String what) {
    if (format == null) {
      return value instanceof Double ? Formats.number((Double) value) : String.valueOf(value);
    }
    switch (format) {
      case "money":
        return Formats.money((Integer) value);
      case "words":
        return Formats.words((Integer) value);
      case "ordinal":
        return Formats.ordinal((Integer) value);
      case "percent":
        return Formats.percent(((Number) value).doubleValue());
      case "codes":
        @SuppressWarnings("unchecked")
        List<AttendanceCode> codes = (List<AttendanceCode>) value;
        return Formats.list(codes.stream().map(AttendanceCode::code).toList());
      default:
        throw new IllegalStateException(what + " uses the unknown format '" + format + "'");
    }
  }

  /**
   * @param role what the code stands for
   * @return the code this rule set gives it
   */
  public AttendanceCode code(CodeRole role) {
    AttendanceCode c = codeRoles.get(role);
    if (c == null) {
      throw new IllegalStateException(name + " gives no code for " + role);
    }
    return c;
  }

  /** Sessions missed in a full year at which a pupil becomes persistently absent (R-ABS-01: 38). */
  public int persistentSessions() {
    return (int) Math.round(schoolYear.sessionsPerYear() * absence.persistentPercent() / 100.0);
  }

  /**
   * The national framework for penalty notices.
   *
   * @param thresholdSessions sessions of unauthorised absence (R-PN-01)
   * @param thresholdSchoolWeeks within a rolling number of school weeks (R-PN-01)
   * @param thresholdCodes codes that count (R-PN-01)
   * @param firstReducedAmount first notice, paid early, pounds (R-PN-04)
   * @param firstReducedDays days to pay the reduced amount (R-PN-04)
   * @param firstFullAmount first notice, pounds (R-PN-04)
   * @param firstFullDays days to pay (R-PN-04)
   * @param secondAmount second notice, flat, pounds (R-PN-05)
   * @param secondDays days to pay (R-PN-05)
   * @param maxNotices notices per parent per child (R-PN-06)
   * @param perYears in a rolling number of years (R-PN-06)
   * @param noticeToImproveMinWeeks shortest improvement period (R-PN-10)
   * @param noticeToImproveMaxWeeks longest improvement period (R-PN-10)
   * @param exclusionReducedAmount s105 notice, paid early, pounds (R-PN-11, confidence M)
   * @param exclusionFullAmount s105 notice, pounds (R-PN-11, confidence M)
   */
  public record Penalties(
      int thresholdSessions,
      int thresholdSchoolWeeks,
      List<AttendanceCode> thresholdCodes,
      int firstReducedAmount,
      int firstReducedDays,
      int firstFullAmount,
      int firstFullDays,
      int secondAmount,
      int secondDays,
      int maxNotices,
      int perYears,
      int noticeToImproveMinWeeks,
      int noticeToImproveMaxWeeks,
      int exclusionReducedAmount,
      int exclusionFullAmount) {}

  /**
   * Absence levels.
   *
   * @param persistentPercent missing this per cent or more of possible sessions (R-ABS-01)
   * @param severePercent missing this per cent or more (R-ABS-02)
   */
  public record Absence(double persistentPercent, double severePercent) {}

  /**
   * Registers.
   *
   * @param maxWindowMinutes longest a register may stay open (R-REG-03)
   * @param unknownReasonDays school days to replace N (R-REG-05)
   * @param retentionYears years entries are kept (R-REG-07)
   */
  public record Registers(int maxWindowMinutes, int unknownReasonDays, int retentionYears) {}

  /**
   * Returns to the local authority.
   *
   * @param newPupilDays days to send a new-pupil return (R-LA-01)
   * @param continuousUnauthorisedDays continuous school days of unauthorised absence (R-LA-03)
   * @param illnessDays school days of expected illness absence (R-LA-04)
   * @param deletionAfterDays continuous school days before deletion after joint enquiries (R-LA-06)
   */
  public record Returns(
      int newPupilDays, int continuousUnauthorisedDays, int illnessDays, int deletionAfterDays) {}

  /**
   * The school year and week.
   *
   * @param sessionsPerDay sessions a day, morning and afternoon (R-DAY-01)
   * @param sessionsPerYear sessions a year (R-DAY-02)
   * @param weekMinutes minimum school week, minutes, from morning register to end of day (R-DAY-03;
   *     a non-statutory expectation; whether it covers Reception is UNCONFIRMED)
   * @param suspensionProvisionFromDay school day from which provision is due (R-EXC-01)
   */
  public record SchoolYear(
      int sessionsPerDay, int sessionsPerYear, int weekMinutes, int suspensionProvisionFromDay) {}

  /**
   * Prosecution under the Education Act 1996.
   *
   * @param s444Section1MaxFine s444(1), level 3 (R-LEG-01)
   * @param s444Section1AMaxFine s444(1A), level 4 (R-LEG-02)
   * @param s444Section1AMaxMonths s444(1A) imprisonment (R-LEG-02)
   * @param sections the sections a policy may rightly cite about attendance
   */
  public record Prosecution(
      int s444Section1MaxFine,
      int s444Section1AMaxFine,
      int s444Section1AMaxMonths,
      List<String> sections) {

    /**
     * Whether a section of the Education Act 1996 cited about attendance exists for it.
     *
     * @param cited e.g. "444(1A)", "444A" or "44"
     * @return true if it is one of {@link #sections}, or a subsection of one listed without
     *     subsections
     */
    public boolean isAttendanceSection(String cited) {
      String c = cited.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
      if (sections.stream().anyMatch(s -> s.equalsIgnoreCase(c))) {
        return true;
      }
      int bracket = c.indexOf('(');
      return bracket > 0
          && sections.contains(c.substring(0, bracket))
          && sections.stream().noneMatch(s -> s.startsWith(c.substring(0, bracket) + "("));
    }
  }

  /**
   * Where to read more.
   *
   * @param guidance Working together to improve school attendance
   * @param registrationRegulations SI 2024/208
   * @param penaltyRegulations SI 2024/210
   * @param educationAct section 444 of the Education Act 1996
   * @param schoolWeek Length of the school week
   * @param illnessAdvice the NHS page that helps parents decide whether a child is too ill for
   *     school
   */
  public record Links(
      String guidance,
      String registrationRegulations,
      String penaltyRegulations,
      String educationAct,
      String schoolWeek,
      String illnessAdvice) {}
}
