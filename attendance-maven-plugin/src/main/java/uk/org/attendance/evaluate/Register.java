package uk.org.attendance.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A register export (CSV): one row per pupil per session. Columns are found by name, in any
 * order, accepting the names common MIS exports use; dates may be 2025-09-08 or 08/09/2025;
 * sessions AM/PM (or Morning/Afternoon, A/P). Bad rows are reported with their row numbers and
 * left out: an unknown code, a date that is not a date, a session that is neither morning nor
 * afternoon, or a second mark for a session (unless it replaces a code N, which is what N is for).
 */
public final class Register {

  /** Accepted column names, lower case with spaces, underscores and hyphens removed. */
  static final Map<String, Set<String>> COLUMNS = Map.of(
      "pupil", Set.of("pupil", "pupilid", "upn", "adno", "admissionnumber", "studentid", "id", "pupilreference"),
      "date", Set.of("date", "attendancedate", "sessiondate", "day"),
      "session", Set.of("session", "ampm", "period", "sessionname", "amorpm"),
      "code", Set.of("code", "mark", "attendancecode", "attendancemark", "markcode"));

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /**
   * One mark.
   *
   * @param row the CSV row it came from (1 is the header)
   * @param pupil the pupil's id
   * @param date the day
   * @param afternoon false for the morning session
   * @param code the code
   */
  public record Mark(int row, String pupil, LocalDate date, boolean afternoon, String code) {}

  /**
   * A row left out, and why.
   *
   * @param row the CSV row (1 is the header)
   * @param message what is wrong
   */
  public record BadRow(int row, String message) {}

  private final List<Mark> marks;
  private final List<BadRow> bad;
  private final int rows;
  private final int replacedN;

  private Register(List<Mark> marks, List<BadRow> bad, int rows, int replacedN) {
    this.marks = marks;
    this.bad = bad;
    this.rows = rows;
    this.replacedN = replacedN;
  }

  /** The marks that were read, one per pupil per session. */
  public List<Mark> marks() {
    return marks;
  }

  /** Rows left out. */
  public List<BadRow> badRows() {
    return bad;
  }

  /** Data rows read (not counting the header). */
  public int rows() {
    return rows;
  }

  /** Code N marks replaced by a later mark for the same session. */
  public int replacedN() {
    return replacedN;
  }

  /**
   * Reads an export.
   *
   * @param file the CSV
   * @param codes the codes the rules know
   * @throws IOException if the file cannot be read, or its header lacks a needed column
   */
  public static Register read(Path file, Set<String> codes) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String headerLine = in.readLine();
      if (headerLine == null) {
        throw new IOException(file + " is empty: it needs a header row (pupil, date, session, code)");
      }
      List<String> header = split(headerLine.replace("\uFEFF", ""));
      Map<String, Integer> at = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i).toLowerCase(Locale.ROOT).replaceAll("[\\s_/\\-]", "");
        for (Map.Entry<String, Set<String>> c : COLUMNS.entrySet()) {
          if (c.getValue().contains(h) && !at.containsKey(c.getKey())) {
            at.put(c.getKey(), i);
          }
        }
      }
      for (String needed : List.of("pupil", "date", "session", "code")) {
        if (!at.containsKey(needed)) {
          throw new IOException(file + " has no " + needed + " column (found: " + String.join(", ", header)
              + "); accepted names: " + String.join(", ", COLUMNS.get(needed)));
        }
      }
      List<Mark> marks = new ArrayList<>();
      Map<String, Integer> index = new HashMap<>();
      List<BadRow> bad = new ArrayList<>();
      int row = 1;
      int replaced = 0;
      String line;
      while ((line = in.readLine()) != null) {
        row++;
        if (line.isBlank()) {
          continue;
        }
        List<String> cells = split(line);
        String pupil = cell(cells, at.get("pupil"));
        String dateText = cell(cells, at.get("date"));
        String sessionText = cell(cells, at.get("session")).toLowerCase(Locale.ROOT);
        String code = cell(cells, at.get("code")).toUpperCase(Locale.ROOT);
        if (pupil.isEmpty()) {
          bad.add(new BadRow(row, "no pupil id"));
          continue;
        }
        LocalDate date = date(dateText);
        if (date == null) {
          bad.add(new BadRow(row, "'" + dateText + "' is not a date (use 2025-09-08 or 08/09/2025)"));
          continue;
        }
        Boolean afternoon = switch (sessionText) {
          case "am", "a", "morning", "m" -> false;
          case "pm", "p", "afternoon" -> true;
          default -> null;
        };
        if (afternoon == null) {
          bad.add(new BadRow(row, "'" + sessionText + "' is not a session (use AM or PM)"));
          continue;
        }
        if (!codes.contains(code)) {
          bad.add(new BadRow(row, "'" + code + "' is not a national attendance code"));
          continue;
        }
        String key = pupil + "|" + date + "|" + afternoon;
        Integer earlier = index.get(key);
        Mark mark = new Mark(row, pupil, date, afternoon, code);
        if (earlier == null) {
          index.put(key, marks.size());
          marks.add(mark);
        } else if (marks.get(earlier).code().equals("N") && !code.equals("N")) {
          marks.set(earlier, mark); // N is temporary: the later mark replaces it
          replaced++;
        } else {
          bad.add(new BadRow(row, "a second mark for pupil " + pupil + " on " + date + (afternoon ? " PM" : " AM")
              + " (the first is row " + marks.get(earlier).row() + ")"));
        }
      }
      return new Register(List.copyOf(marks), List.copyOf(bad), row - 1, replaced);
    }
  }

  private static String cell(List<String> cells, int i) {
    return i < cells.size() ? cells.get(i).strip() : "";
  }

  private static LocalDate date(String s) {
    try {
      return s.contains("/") ? LocalDate.parse(s, UK) : LocalDate.parse(s, ISO);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** RFC 4180 fields: commas, and quotes doubled inside quoted fields. */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
