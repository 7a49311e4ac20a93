package uk.org.attendance.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;

/**
 * A register export, read: every pupil's marks, one per session. Two layouts are read, with the
 * delimiter (comma, tab or semicolon) found from the header:
 *
 * <ul>
 *   <li>one row per pupil per session, with pupil, date, session and code columns found by name in
 *       any order;
 *   <li>a mark grid, as MIS registers show and export it: one row per pupil and one column per
 *       session, headed with the date and session ({@code Mon 08/09/2025 AM}), or with a row of
 *       dates over a row of AM/PM.
 * </ul>
 *
 * <p>Rows and cells that cannot be used are left out, never counted, and reported with their line
 * and column: an unknown code, a date that is not a date, a session that is neither morning nor
 * afternoon, or a second mark for a session (except that a later mark replaces a code N, R-REG-05).
 * A blank cell or {@code -} is a session with no mark. A file in which no row can be used, or whose
 * columns cannot be told apart, is an error. Limits on size and shape are in {@link InputLimits}.
 */
public final class Register {

  /**
   * One mark.
   *
   * @param row the file's line it came from (1 is the header)
   * @param pupil the pupil's id
   * @param date the day
   * @param afternoon false for the morning session
   * @param code the code
   */
  public record Mark(int row, String pupil, LocalDate date, boolean afternoon, String code) {}

  /**
   * A row left out, and why.
   *
   * @param row the file's line (1 is the header)
   * @param message what is wrong
   */
  public record BadRow(int row, String message) {}

  /**
   * A pupil, with what the export says about them.
   *
   * @param id the pupil's id, as the export writes it
   * @param name the name, or ""
   * @param yearGroup the year group, or ""
   * @param registrationGroup the registration group, or ""
   */
  public record Pupil(String id, String name, String yearGroup, String registrationGroup) {}

  /** What each kind of rejection means, for summaries. */
  static final Map<String, String> KINDS =
      Map.of(
          "pupil", "with no pupil id",
          "date", "with a date that cannot be read",
          "session", "with a session that is neither AM nor PM",
          "code", "with a code that is not a national attendance code",
          "duplicate", "a second mark for a session already marked");

  private final Path file;
  private final String layout;
  private final List<Pupil> pupils;
  private final String[] codes;
  private final MarkTable.Kept kept;
  private final Rejections rejected;
  private final int rows;
  private final List<Diagnostic> notes;
  private final Map<String, String> columnsUsed;

  private Register(
      Path file,
      String layout,
      List<Pupil> pupils,
      String[] codes,
      MarkTable.Kept kept,
      Rejections rejected,
      int rows,
      List<Diagnostic> notes,
      Map<String, String> columnsUsed) {
    this.file = file;
    this.layout = layout;
    this.pupils = pupils;
    this.codes = codes;
    this.kept = kept;
    this.rejected = rejected;
    this.rows = rows;
    this.notes = notes;
    this.columnsUsed = columnsUsed;
  }

  /**
   * Reads an export, finding every column by its name.
   *
   * @param file the export
   * @param codes the codes the rules know
   * @param unknownReason the code for a reason not yet established, which a second mark for the
   *     same session replaces (R-REG-05)
   * @throws EvaluateException if it cannot be read, breaks a limit, or has no usable row
   */
  public static Register read(Path file, Set<String> codes, String unknownReason)
      throws EvaluateException {
    return read(file, codes, unknownReason, ColumnChoice.NONE, InputLimits.DEFAULT);
  }

  /**
   * Reads an export.
   *
   * @param file the export
   * @param codes the codes the rules know
   * @param unknownReason the code for a reason not yet established, which a second mark for the
   *     same session replaces (R-REG-05)
   * @param choice columns a person named
   * @param limits how big it may be
   * @throws EvaluateException if it cannot be read, breaks a limit, or has no usable row
   */
  public static Register read(
      Path file, Set<String> codes, String unknownReason, ColumnChoice choice, InputLimits limits)
      throws EvaluateException {
    Charset charset = TextFile.check(file, "register", "-Dattendance.register", limits.maxBytes());
    try {
      return new Reading(file, codes, unknownReason, choice, limits).run(charset, true);
    } catch (CharacterCodingException e) {
      if (!charset.equals(StandardCharsets.UTF_8)) {
        throw Problems.error(
            Problems.FILE, file, 0, 0, "the file is not valid " + charset.name() + " text", null);
      }
      try {
        Register r =
            new Reading(file, codes, unknownReason, choice, limits)
                .run(TextFile.WINDOWS_1252, false);
        r.notes.add(
            0,
            Problems.note(
                Problems.FILE,
                file,
                "the file is not UTF-8, so it was read as Windows-1252 (what Excel's"
                    + " 'CSV (Comma delimited)' writes); if names look wrong, export it as CSV UTF-8"));
        return r;
      } catch (IOException again) {
        throw Problems.error(
            Problems.FILE, file, 0, 0, "the register cannot be read: " + again.getMessage(), null);
      }
    } catch (IOException e) {
      throw Problems.error(
          Problems.FILE, file, 0, 0, "the register cannot be read: " + e.getMessage(), null);
    }
  }

  /** The file read. */
  public Path file() {
    return file;
  }

  /** The layout and delimiter, in words. */
  public String layout() {
    return layout;
  }

  /** Which column played each part, by part. */
  public Map<String, String> columnsUsed() {
    return columnsUsed;
  }

  /** The pupils, in the order the export first names them. */
  public List<Pupil> pupils() {
    return pupils;
  }

  /** Index of the first mark of a pupil (marks of pupil p are [start(p), start(p + 1))). */
  int start(int pupil) {
    return kept.pupilStart()[pupil];
  }

  /** A mark's session: epoch day × 2, plus 1 for the afternoon. */
  int session(int mark) {
    return kept.session()[mark];
  }

  /** A mark's code. */
  String code(int mark) {
    return codes[kept.code()[mark]];
  }

  /** A mark's code, as an index into {@link #codeTable()}. */
  int codeIndex(int mark) {
    return kept.code()[mark];
  }

  /** Every code the rules know, sorted: what {@link #codeIndex} points into. */
  String[] codeTable() {
    return codes.clone();
  }

  /** A mark's line in the file. */
  int line(int mark) {
    return kept.line()[mark];
  }

  /** A mark's column in the file. */
  int column(int mark) {
    return kept.column()[mark];
  }

  /** The marks that were read, one per pupil per session, pupil by pupil. */
  public List<Mark> marks() {
    int[] start = kept.pupilStart();
    return new AbstractList<>() {
      @Override
      public Mark get(int i) {
        int p = Arrays.binarySearch(start, i);
        p = p >= 0 ? lastStarting(start, p) : -p - 2;
        int s = kept.session()[i];
        return new Mark(
            kept.line()[i],
            pupils.get(p).id(),
            LocalDate.ofEpochDay(s >> 1),
            (s & 1) == 1,
            codes[kept.code()[i]]);
      }

      @Override
      public int size() {
        return kept.session().length;
      }
    };
  }

  /** The first ten rows left out (all of them are counted in {@link #rejected()}). */
  public List<BadRow> badRows() {
    return rejected.first().stream().map(r -> new BadRow(r.line(), r.message())).toList();
  }

  /** Every row or cell left out: counted by kind, the first ten in full. */
  public Rejections rejected() {
    return rejected;
  }

  /** Data rows read (not counting the header). */
  public int rows() {
    return rows;
  }

  /** Code N marks replaced by a later mark for the same session. */
  public int replacedN() {
    return kept.replacedN();
  }

  /** Things about the file worth knowing (its encoding, a pupil column that looks like names). */
  public List<Diagnostic> notes() {
    return List.copyOf(notes);
  }

  private static int lastStarting(int[] start, int p) {
    while (p + 1 < start.length && start[p + 1] == start[p]) {
      p++;
    }
    return p;
  }

  /** One reading of one file. */
  private static final class Reading {
    private final Path file;
    private final ColumnChoice choice;
    private final InputLimits limits;
    private final String[] codeTable;
    private final String unknownReason;
    private final Map<String, Byte> codeIndex = new HashMap<>();
    private final Map<String, Integer> dates = new HashMap<>();
    private final Map<String, Optional<Boolean>> sessions = new HashMap<>();
    private final Map<String, Integer> pupilIndex = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String[]> details = new ArrayList<>();
    private final Rejections rejected = new Rejections();
    private final List<Diagnostic> notes = new ArrayList<>();
    private final MarkTable table;
    private int rows;

    /** Pupil ids that look like names, and the first of them. */
    private int namelike;

    private String namelikeExample = "";
    private int pupilColumn;

    /**
     * For a mark grid headed by a row of dates over a row of AM/PM: the second row, and each
     * column's session.
     */
    private CsvReader.Row twoRowHeader;

    private int[] twoRowSessions;

    /** A row read to look for a second header row that turned out to be data. */
    private CsvReader.Row pending;

    Reading(
        Path file,
        Set<String> codes,
        String unknownReason,
        ColumnChoice choice,
        InputLimits limits) {
      this.unknownReason = unknownReason;
      this.file = file;
      this.choice = choice;
      this.limits = limits;
      this.codeTable = new TreeSet<>(codes).toArray(new String[0]);
      for (int i = 0; i < codeTable.length; i++) {
        codeIndex.put(codeTable[i], (byte) i);
      }
      this.table = new MarkTable(file, limits.maxMarks());
    }

    Register run(Charset charset, boolean strict) throws IOException, EvaluateException {
      try (Reader in = TextFile.open(file, charset, strict)) {
        CsvReader csv = new CsvReader(in, file, limits);
        csv.detectDelimiter();
        CsvReader.Row header = nextNonBlank(csv);
        if (header == null) {
          throw Problems.error(
              Problems.FILE,
              file,
              1,
              1,
              "the file has no rows, only blank lines",
              Hints.exportAgainWithHeader("register"));
        }
        String delimited = csv.delimiterName() + "-separated";
        int[] sessionOf = new int[header.cells().length];
        int grid = 0;
        for (int i = 0; i < sessionOf.length; i++) {
          sessionOf[i] = RegisterDates.dateAndSession(header.cells()[i]);
          grid += sessionOf[i] >= 0 ? 1 : 0;
        }
        Map<Columns.Role, String> chosen = choice.byRole();
        boolean longLayout =
            chosen.containsKey(Columns.Role.DATE)
                || chosen.containsKey(Columns.Role.CODE)
                || grid == 0 && has(header, Columns.Role.DATE) && has(header, Columns.Role.CODE);
        String layout;
        Map<String, String> used = new LinkedHashMap<>();
        if (longLayout || grid == 0 && !twoRowGrid(csv, header, sessionOf)) {
          layout = "one row per pupil per session, " + delimited;
          readLong(csv, header, chosen, used);
        } else {
          layout =
              (twoRowHeader != null
                      ? "a mark grid (a row of dates over a row of AM/PM), "
                      : "a mark grid (one column per session), ")
                  + delimited;
          readGrid(csv, header, sessionOf, chosen, used);
        }
        if (namelike * 2 > ids.size() && ids.size() > 1) {
          notes.add(
              Problems.warning(
                  Problems.COLUMNS,
                  file,
                  header.line(),
                  header.column(pupilColumn),
                  "the pupil column '"
                      + Problems.shown(used.get("pupil"))
                      + "' holds names (for example '"
                      + Problems.shown(namelikeExample)
                      + "'): two children with the same name would be counted as one; choose a column of ids with -Dattendance.pupilColumn"));
        }
        byte n = codeIndex.getOrDefault(unknownReason, (byte) -1);
        MarkTable.Kept kept = table.finish(ids.size(), ids, n, rejected);
        if (kept.session().length == 0) {
          throw nothingUsable();
        }
        checkSpan(kept);
        List<Pupil> pupils = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
          String[] d = details.get(i);
          pupils.add(new Pupil(ids.get(i), d[0], d[1], d[2]));
        }
        return new Register(
            file, layout, List.copyOf(pupils), codeTable, kept, rejected, rows, notes, used);
      }
    }

    /** Whether the header is a row of dates over a row of sessions (the second row is read). */
    private boolean twoRowGrid(CsvReader csv, CsvReader.Row header, int[] sessionOf)
        throws IOException, EvaluateException {
      CsvReader.Row second = nextNonBlank(csv);
      if (second == null) {
        return false;
      }
      int found = 0;
      int carried = RegisterDates.NONE;
      int[] combined = new int[Math.max(header.cells().length, second.cells().length)];
      for (int i = 0; i < combined.length; i++) {
        String top = header.cell(i);
        int d = top.isEmpty() ? carried : RegisterDates.date(top);
        carried = top.isEmpty() ? carried : d;
        Boolean pm = RegisterDates.session(second.cell(i));
        combined[i] = d != RegisterDates.NONE && pm != null ? d * 2 + (pm ? 1 : 0) : -1;
        found += combined[i] >= 0 ? 1 : 0;
      }
      if (found == 0) {
        pending = second;
        return false;
      }
      twoRowHeader = second;
      twoRowSessions = combined;
      return true;
    }

    private void readLong(
        CsvReader csv,
        CsvReader.Row header,
        Map<Columns.Role, String> chosen,
        Map<String, String> used)
        throws IOException, EvaluateException {
      List<Columns.Role> roles =
          List.of(
              Columns.Role.PUPIL,
              Columns.Role.DATE,
              Columns.Role.SESSION,
              Columns.Role.CODE,
              Columns.Role.NAME,
              Columns.Role.FORENAME,
              Columns.Role.SURNAME,
              Columns.Role.YEAR_GROUP,
              Columns.Role.REGISTRATION_GROUP);
      Map<Columns.Role, Integer> at =
          Columns.find(
              file,
              header.line(),
              header.cells(),
              header.columns(),
              roles,
              List.of(
                  Columns.Role.PUPIL, Columns.Role.DATE, Columns.Role.SESSION, Columns.Role.CODE),
              chosen);
      describe(header.cells(), at, used);
      int p = at.get(Columns.Role.PUPIL);
      int d = at.get(Columns.Role.DATE);
      int s = at.get(Columns.Role.SESSION);
      int c = at.get(Columns.Role.CODE);
      pupilColumn = p;
      csv.only(at.values());
      CsvReader.Row row = pending;
      pending = null;
      if (row == null) {
        row = csv.next();
      }
      for (; row != null; row = csv.next()) {
        if (row.blank()) {
          continue;
        }
        countRow(row);
        String id = row.cell(p);
        if (id.isEmpty()) {
          rejected.add(row.lineOf(p), row.column(p), "pupil", "no pupil id");
          continue;
        }
        String dateText = row.cell(d);
        int day = date(dateText);
        if (day == RegisterDates.NONE) {
          rejected.add(row.lineOf(d), row.column(d), "date", RegisterDates.whyNotADate(dateText));
          continue;
        }
        String sessionText = row.cell(s);
        Boolean pm = session(sessionText);
        if (pm == null) {
          rejected.add(
              row.lineOf(s),
              row.column(s),
              "session",
              "'"
                  + Problems.shown(sessionText.toLowerCase(Locale.ROOT))
                  + "' is not a session (use AM or PM)");
          continue;
        }
        String code = row.cell(c).toUpperCase(Locale.ROOT);
        if (code.isEmpty() || code.equals("-")) {
          pupil(id, row, at); // no mark: reported as a session with no mark if the school was open
          continue;
        }
        Byte ci = codeIndex.get(code);
        if (ci == null) {
          rejected.add(
              row.lineOf(c),
              row.column(c),
              "code",
              "'" + Problems.shown(code) + "' is not a national attendance code");
          continue;
        }
        table.add(pupil(id, row, at), day * 2 + (pm ? 1 : 0), ci, row.lineOf(c), row.column(c));
      }
    }

    private void readGrid(
        CsvReader csv,
        CsvReader.Row header,
        int[] sessionOf,
        Map<Columns.Role, String> chosen,
        Map<String, String> used)
        throws IOException, EvaluateException {
      int[] sessions = twoRowHeader != null ? twoRowSessions : sessionOf;
      String[] names = new String[sessions.length];
      int[] nameColumns = new int[sessions.length];
      for (int i = 0; i < names.length; i++) {
        String top = header.cell(i);
        boolean topIsName =
            !top.isEmpty() && RegisterDates.date(top) == RegisterDates.NONE && sessions[i] < 0;
        CsvReader.Row from = twoRowHeader == null || topIsName ? header : twoRowHeader;
        names[i] = sessions[i] >= 0 ? "" : from.cell(i);
        nameColumns[i] = from.column(i);
      }
      List<Columns.Role> roles =
          List.of(
              Columns.Role.PUPIL,
              Columns.Role.NAME,
              Columns.Role.FORENAME,
              Columns.Role.SURNAME,
              Columns.Role.YEAR_GROUP,
              Columns.Role.REGISTRATION_GROUP);
      Map<Columns.Role, Integer> at =
          Columns.find(
              file, header.line(), names, nameColumns, roles, List.of(Columns.Role.PUPIL), chosen);
      describe(names, at, used);
      int p = at.get(Columns.Role.PUPIL);
      pupilColumn = p;
      String[] headings = new String[sessions.length];
      for (int i = 0; i < sessions.length; i++) {
        if (sessions[i] >= 0) {
          headings[i] =
              LocalDate.ofEpochDay(sessions[i] >> 1) + ((sessions[i] & 1) == 1 ? " PM" : " AM");
        }
      }
      for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
        if (row.blank()) {
          continue;
        }
        countRow(row);
        String id = row.cell(p);
        if (id.isEmpty()) {
          rejected.add(row.lineOf(p), row.column(p), "pupil", "no pupil id");
          continue;
        }
        int index = pupil(id, row, at);
        for (int i = 0; i < sessions.length; i++) {
          if (sessions[i] < 0) {
            continue;
          }
          String code = row.cell(i).toUpperCase(Locale.ROOT);
          if (code.isEmpty() || code.equals("-")) {
            continue;
          }
          Byte ci = codeIndex.get(code);
          if (ci == null) {
            rejected.add(
                row.lineOf(i),
                row.column(i),
                "code",
                "'"
                    + Problems.shown(code)
                    + "' is not a national attendance code ("
                    + headings[i]
                    + ")");
            continue;
          }
          table.add(index, sessions[i], ci, row.lineOf(i), row.column(i));
        }
      }
    }

    private void countRow(CsvReader.Row row) throws EvaluateException {
      if (++rows > limits.maxRows()) {
        throw Problems.error(
            Problems.LIMIT,
            file,
            row.line(),
            1,
            "the register has more than "
                + Problems.count(limits.maxRows())
                + " rows, more than a school's register for a year",
            Hints.exportLess());
      }
    }

    private int pupil(String id, CsvReader.Row row, Map<Columns.Role, Integer> at) {
      Integer index = pupilIndex.get(id);
      if (index == null) {
        index = ids.size();
        pupilIndex.put(id, index);
        ids.add(id);
        details.add(new String[] {"", "", ""});
        if (looksLikeAName(id)) {
          if (namelike++ == 0) {
            namelikeExample = id;
          }
        }
      }
      String[] d = details.get(index);
      if (d[0].isEmpty()) {
        d[0] = name(row, at);
      }
      if (d[1].isEmpty() && at.containsKey(Columns.Role.YEAR_GROUP)) {
        d[1] = row.cell(at.get(Columns.Role.YEAR_GROUP));
      }
      if (d[2].isEmpty() && at.containsKey(Columns.Role.REGISTRATION_GROUP)) {
        d[2] = row.cell(at.get(Columns.Role.REGISTRATION_GROUP));
      }
      return index;
    }

    private static String name(CsvReader.Row row, Map<Columns.Role, Integer> at) {
      if (at.containsKey(Columns.Role.NAME)) {
        return row.cell(at.get(Columns.Role.NAME));
      }
      String fore =
          at.containsKey(Columns.Role.FORENAME) ? row.cell(at.get(Columns.Role.FORENAME)) : "";
      String sur =
          at.containsKey(Columns.Role.SURNAME) ? row.cell(at.get(Columns.Role.SURNAME)) : "";
      return sur.isEmpty() ? fore : fore.isEmpty() ? sur : sur + ", " + fore;
    }

    /**
     * Letters with a space or comma between them, and no digit: "Smith, John", not "A123456789012".
     */
    private static boolean looksLikeAName(String id) {
      boolean letter = false;
      boolean gap = false;
      for (int i = 0; i < id.length(); i++) {
        char c = id.charAt(i);
        if (Character.isDigit(c)) {
          return false;
        }
        letter |= Character.isLetter(c);
        gap |= c == ' ' || c == ',';
      }
      return letter && gap;
    }

    private Boolean session(String text) {
      Optional<Boolean> cached = sessions.get(text);
      if (cached != null) {
        return cached.orElse(null);
      }
      Boolean pm = RegisterDates.session(text);
      if (sessions.size() < 1_000) {
        sessions.put(text, Optional.ofNullable(pm));
      }
      return pm;
    }

    private int date(String text) {
      Integer cached = dates.get(text);
      if (cached != null) {
        return cached;
      }
      int d = RegisterDates.date(text);
      if (dates.size() < 100_000) {
        dates.put(text, d);
      }
      return d;
    }

    /**
     * Days with marks, and pupils times days, within the limits (each pupil is evaluated day by
     * day).
     */
    private void checkSpan(MarkTable.Kept kept) throws EvaluateException {
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      for (int s : kept.session()) {
        min = Math.min(min, s >> 1);
        max = Math.max(max, s >> 1);
      }
      java.util.BitSet days = new java.util.BitSet(max - min + 1);
      for (int s : kept.session()) {
        days.set((s >> 1) - min);
      }
      int n = days.cardinality();
      if (n > limits.maxDays()) {
        throw Problems.error(
            Problems.LIMIT,
            file,
            0,
            0,
            "the register has marks on "
                + Problems.count(n)
                + " days; it may cover"
                + " at most "
                + Problems.count(limits.maxDays())
                + " (about five school years)",
            Hints.exportOneYear());
      }
      long pupilDays = (long) ids.size() * n;
      if (pupilDays > limits.maxPupilDays()) {
        throw Problems.error(
            Problems.LIMIT,
            file,
            0,
            0,
            "the register has "
                + Problems.plural(ids.size(), "pupil")
                + " and marks on "
                + Problems.plural(n, "day")
                + ": "
                + Problems.count(pupilDays)
                + " pupil-days, more than the "
                + Problems.count(limits.maxPupilDays())
                + " one evaluation handles",
            Hints.exportLess());
      }
    }

    private EvaluateException nothingUsable() {
      StringBuilder why = new StringBuilder();
      for (Map.Entry<String, Integer> e : rejected.byKind().entrySet()) {
        why.append(why.length() == 0 ? "" : ", ")
            .append(Problems.count(e.getValue()))
            .append(' ')
            .append(KINDS.getOrDefault(e.getKey(), e.getKey()));
      }
      StringBuilder first = new StringBuilder();
      for (Rejections.Rejection r :
          rejected.first().subList(0, Math.min(3, rejected.first().size()))) {
        first
            .append(first.length() == 0 ? "" : "; ")
            .append("line ")
            .append(r.line())
            .append(": ")
            .append(r.message());
      }
      String message =
          rows == 0
              ? "the register has a header but no rows of marks"
              : "none of the "
                  + Problems.plural(rows, "row")
                  + " could be used"
                  + (why.length() == 0 ? " (every mark is blank)" : " (" + why + ")")
                  + ", so there is nothing to evaluate";
      return Problems.error(
          Problems.ROWS,
          file,
          0,
          0,
          message,
          first.length() == 0 ? Hints.exportAgainWithMarks() : Hints.theFirst(first.toString()));
    }

    private static boolean has(CsvReader.Row header, Columns.Role role) {
      for (String h : header.cells()) {
        if (role.accepts(h)) {
          return true;
        }
      }
      return false;
    }

    private static void describe(
        String[] header, Map<Columns.Role, Integer> at, Map<String, String> used) {
      at.forEach((role, i) -> used.put(role.label, header[i].strip()));
    }

    private static CsvReader.Row nextNonBlank(CsvReader csv) throws IOException, EvaluateException {
      CsvReader.Row r;
      while ((r = csv.next()) != null && r.blank()) {
        // skip
      }
      return r;
    }
  }
}
