package uk.org.attendance.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A made-up but realistic register for one school year (2024 to 2025: 190 school days, 380
 * sessions, half terms and holidays, five INSET days marked #), the same for the same pupil count
 * and seed, written in each layout MIS exports use. Pupils have the mix a secondary school sees:
 * most attend well, some are persistently or severely absent, some take term-time holidays, some
 * are often late, a few leave or join during the year; some absences are first marked N and
 * replaced, and a few N marks are never replaced. Names repeat (two pupils may share one), ids
 * never do.
 */
public final class SyntheticRegister {

  /** The layouts a register can be written in. */
  public enum Layout {
    /**
     * One row per pupil per session, comma-separated, ISO dates, AM/PM, forename and surname
     * columns.
     */
    LONG_COMMA,
    /**
     * One row per pupil per session, tab-separated, in date order, dd/mm/yyyy, Morning/Afternoon.
     */
    LONG_TAB,
    /** One row per pupil per session, semicolon-separated, dd/mm/yy with a time, A/P. */
    LONG_SEMICOLON,
    /** One row per pupil per session, comma-separated, Excel serial dates. */
    LONG_EXCEL_SERIAL,
    /** A mark grid: one row per pupil, one column per session headed "Mon 02/09/2024 AM". */
    GRID,
    /** A mark grid with a row of dates over a row of AM/PM. */
    GRID_TWO_ROWS
  }

  /** The codes the synthetic register uses, indexed by the bytes in {@link #codes}. */
  static final String[] CODES = {
    "/", "\\", "L", "U", "I", "M", "O", "G", "N", "C", "D", "B", "E", "#"
  };

  private static final byte PRESENT_AM = 0;
  private static final byte PRESENT_PM = 1;
  private static final byte LATE = 2;
  private static final byte LATE_AFTER_CLOSE = 3;
  private static final byte ILLNESS = 4;
  private static final byte MEDICAL = 5;
  private static final byte OTHER = 6;
  private static final byte HOLIDAY = 7;
  private static final byte UNKNOWN = 8;
  private static final byte EXCEPTIONAL = 9;
  private static final byte DUAL = 10;
  private static final byte OFF_SITE = 11;
  private static final byte SUSPENDED = 12;
  private static final byte CLOSED = 13;

  /** No mark: the pupil was not on roll (or, rarely, the mark is missing). */
  private static final byte NONE = -1;

  private static final String[] FORENAMES = {
    "Oliver",
    "Amelia",
    "George",
    "Isla",
    "Noah",
    "Ava",
    "Arthur",
    "Mia",
    "Leo",
    "Ivy",
    "Harry",
    "Lily",
    "Oscar",
    "Freya",
    "Archie",
    "Florence",
    "Muhammad",
    "Sophia",
    "Jack",
    "Grace"
  };
  private static final String[] SURNAMES = {
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Patel",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Khan",
    "Lewis"
  };

  private final List<LocalDate> days;
  private final Set<LocalDate> inset;
  private final List<String[]> pupils;
  private final byte[][] codes;
  private final List<int[]> replacedN;

  private SyntheticRegister(
      List<LocalDate> days,
      Set<LocalDate> inset,
      List<String[]> pupils,
      byte[][] codes,
      List<int[]> replacedN) {
    this.days = days;
    this.inset = inset;
    this.pupils = pupils;
    this.codes = codes;
    this.replacedN = replacedN;
  }

  /**
   * Makes a register.
   *
   * @param pupilCount how many pupils
   * @param seed the same seed gives the same register
   */
  public static SyntheticRegister generate(int pupilCount, long seed) {
    List<LocalDate> days = calendar();
    Set<LocalDate> inset =
        Set.of(days.get(0), days.get(41), days.get(80), days.get(130), days.get(194));
    int sessions = days.size() * 2;
    List<String[]> pupils = new ArrayList<>();
    byte[][] codes = new byte[pupilCount][sessions];
    List<int[]> replaced = new ArrayList<>();
    for (int p = 0; p < pupilCount; p++) {
      SplittableRandom r = new SplittableRandom(seed * 1_000_003L + p);
      int year = 7 + p % 5;
      String reg = year + String.valueOf((char) ('A' + (p / 5) % 8));
      String upn = String.format(Locale.ROOT, "A%012d", 800_000_000_000L + seed * 10_000 + p);
      pupils.add(
          new String[] {
            upn,
            FORENAMES[r.nextInt(FORENAMES.length)],
            SURNAMES[r.nextInt(SURNAMES.length)],
            "Year " + year,
            reg
          });
      double kind = r.nextDouble();
      double absence =
          kind < 0.03
              ? 0.5 + r.nextDouble() * 0.3
              : kind < 0.15 ? 0.1 + r.nextDouble() * 0.15 : r.nextDouble() * 0.06;
      double late = r.nextDouble() < 0.1 ? 0.08 : 0.01;
      int start = r.nextDouble() < 0.02 ? r.nextInt(sessions / 2) : 0;
      int end = r.nextDouble() < 0.02 ? sessions / 2 + r.nextInt(sessions / 2) : sessions;
      int holidayAt = r.nextDouble() < 0.12 ? r.nextInt(sessions - 12) & ~1 : -1;
      int holidayLength = 2 + 2 * r.nextInt(5);
      int run = 0;
      for (int s = 0; s < sessions; s++) {
        LocalDate day = days.get(s / 2);
        byte code;
        if (s < start || s >= end) {
          code = NONE;
        } else if (inset.contains(day)) {
          code = CLOSED;
        } else if (holidayAt >= 0 && s >= holidayAt && s < holidayAt + holidayLength) {
          code = HOLIDAY;
        } else if (run > 0) {
          code = ILLNESS;
          run--;
        } else if (r.nextDouble() < absence) {
          double why = r.nextDouble();
          code =
              why < 0.6
                  ? ILLNESS
                  : why < 0.72
                      ? MEDICAL
                      : why < 0.92
                          ? OTHER
                          : why < 0.96 ? EXCEPTIONAL : why < 0.99 ? SUSPENDED : UNKNOWN;
          if (code == ILLNESS && r.nextDouble() < 0.05) {
            run = 2 + r.nextInt(12);
          }
        } else if (r.nextDouble() < late) {
          code = r.nextDouble() < 0.2 ? LATE_AFTER_CLOSE : LATE;
        } else if (r.nextDouble() < 0.003) {
          code = r.nextBoolean() ? DUAL : OFF_SITE;
        } else if (r.nextDouble() < 0.0005) {
          code = NONE;
        } else {
          code = s % 2 == 0 ? PRESENT_AM : PRESENT_PM;
        }
        // Absences first recorded as N and replaced once the reason was known; an N in the last
        // week stays N.
        if ((code == ILLNESS || code == OTHER || code == MEDICAL) && r.nextDouble() < 0.15) {
          if (s >= sessions - 10) {
            code = UNKNOWN;
          } else {
            replaced.add(new int[] {p, s});
          }
        }
        codes[p][s] = code;
      }
    }
    return new SyntheticRegister(
        List.copyOf(days), inset, List.copyOf(pupils), codes, List.copyOf(replaced));
  }

  /** The 195 weekdays of 2024 to 2025 the school meets or holds INSET on, in order. */
  static List<LocalDate> calendar() {
    Set<LocalDate> holidayWeeks =
        Set.of(
            LocalDate.of(2024, 10, 28),
            LocalDate.of(2024, 12, 23),
            LocalDate.of(2024, 12, 30),
            LocalDate.of(2025, 2, 17),
            LocalDate.of(2025, 4, 7),
            LocalDate.of(2025, 4, 14),
            LocalDate.of(2025, 5, 26));
    Set<LocalDate> bankHolidays = Set.of(LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5));
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2024, 9, 2); out.size() < 195; d = d.plusDays(1)) {
      LocalDate monday = d.minusDays(d.getDayOfWeek().getValue() - 1L);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY
          && d.getDayOfWeek() != DayOfWeek.SUNDAY
          && !holidayWeeks.contains(monday)
          && !bankHolidays.contains(d)) {
        out.add(d);
      }
    }
    return out;
  }

  /** How many pupils. */
  public int pupils() {
    return pupils.size();
  }

  /** School sessions (not counting INSET days). */
  public int sessions() {
    return (days.size() - inset.size()) * 2;
  }

  /** Marks written in the one-row-per-session layouts (replaced N marks included). */
  public long rows() {
    long n = replacedN.size();
    for (byte[] c : codes) {
      for (byte b : c) {
        n += b == NONE ? 0 : 1;
      }
    }
    return n;
  }

  /**
   * Writes the register.
   *
   * @param file where
   * @param layout how
   */
  public void write(Path file, Layout layout) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer w =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      switch (layout) {
        case LONG_COMMA ->
            longLayout(
                w,
                ",",
                "UPN,Legal Surname,Legal Forename,Year Group,Reg Group,Attendance Date,AM/PM,Mark",
                false,
                d -> d.toString(),
                s -> s ? "PM" : "AM");
        case LONG_TAB ->
            longLayout(
                w,
                "\t",
                "Adno\tName\tYear\tForm\tDate\tSession\tCode",
                true,
                d -> DateTimeFormatter.ofPattern("dd/MM/uuuu").format(d),
                s -> s ? "Afternoon" : "Morning");
        case LONG_SEMICOLON ->
            longLayout(
                w,
                ";",
                "Pupil ID;Name;NC Year;Registration Group;Session Date;Period;Attendance Mark",
                false,
                d -> DateTimeFormatter.ofPattern("dd/MM/yy").format(d) + " 00:00:00",
                s -> s ? "P" : "A");
        case LONG_EXCEL_SERIAL ->
            longLayout(
                w,
                ",",
                "Student ID,Student Name,Year,Class,Date,Session,Code",
                false,
                d -> Long.toString(d.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay()),
                s -> s ? "PM" : "AM");
        case GRID -> grid(w, false);
        case GRID_TWO_ROWS -> grid(w, true);
      }
    }
  }

  private void longLayout(
      Writer w,
      String sep,
      String header,
      boolean byDate,
      java.util.function.Function<LocalDate, String> date,
      java.util.function.Function<Boolean, String> session)
      throws IOException {
    w.write(header);
    w.write('\n');
    boolean names = header.contains("Surname");
    boolean[][] replaced = new boolean[pupils.size()][];
    for (int[] rn : replacedN) {
      if (replaced[rn[0]] == null) {
        replaced[rn[0]] = new boolean[days.size() * 2];
      }
      replaced[rn[0]][rn[1]] = true;
    }
    // Each day's date as the layout writes it, formatted once, not once for each of its rows.
    String[] dates = new String[days.size()];
    for (int d = 0; d < dates.length; d++) {
      dates[d] = date.apply(days.get(d));
    }
    int sessions = days.size() * 2;
    int outer = byDate ? sessions : pupils.size();
    int inner = byDate ? pupils.size() : sessions;
    List<String> late = new ArrayList<>();
    for (int a = 0; a < outer; a++) {
      for (int b = 0; b < inner; b++) {
        int p = byDate ? b : a;
        int s = byDate ? a : b;
        byte c = codes[p][s];
        if (c == NONE) {
          continue;
        }
        String[] who = pupils.get(p);
        String prefix =
            who[0]
                + sep
                + (names ? who[2] + sep + who[1] : quote(who[2] + ", " + who[1], sep))
                + sep
                + who[3]
                + sep
                + who[4]
                + sep
                + dates[s / 2]
                + sep
                + session.apply(s % 2 == 1)
                + sep;
        if (replaced[p] != null && replaced[p][s]) {
          w.write(prefix + "N\n");
          late.add(prefix + CODES[c] + "\n"); // the replacement comes later in the export
        } else {
          w.write(prefix + CODES[c] + "\n");
        }
      }
    }
    for (String l : late) {
      w.write(l);
    }
  }

  private void grid(Writer w, boolean twoRows) throws IOException {
    StringBuilder h = new StringBuilder("UPN,Name,Year,Reg");
    StringBuilder h2 = new StringBuilder(",,,");
    DateTimeFormatter withDay = DateTimeFormatter.ofPattern("EEE dd/MM/uuuu", Locale.UK);
    DateTimeFormatter plain = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    for (int s = 0; s < days.size() * 2; s++) {
      LocalDate d = days.get(s / 2);
      if (twoRows) {
        h.append(',').append(s % 2 == 0 ? plain.format(d) : "");
        h2.append(',').append(s % 2 == 0 ? "AM" : "PM");
      } else {
        h.append(',').append(withDay.format(d)).append(s % 2 == 0 ? " AM" : " PM");
      }
    }
    w.write(h.append('\n').toString());
    if (twoRows) {
      w.write(h2.append('\n').toString());
    }
    for (int p = 0; p < pupils.size(); p++) {
      String[] who = pupils.get(p);
      StringBuilder row =
          new StringBuilder(who[0])
              .append(',')
              .append(quote(who[2] + ", " + who[1], ","))
              .append(',')
              .append(who[3])
              .append(',')
              .append(who[4]);
      for (byte c : codes[p]) {
        row.append(',').append(c == NONE ? "" : CODES[c]);
      }
      w.write(row.append('\n').toString());
    }
  }

  private static String quote(String s, String sep) {
    return s.contains(sep) || s.contains(",") ? '"' + s + '"' : s;
  }
}
