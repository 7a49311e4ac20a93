package uk.org.attendance.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;

/**
 * The letters a school has already sent, from a CSV such as an MIS exports as its communication
 * log: one row per letter, with the pupil, the letter (its id in the policy, or its title) and the
 * date it was sent. Found by column name like the register, with the same delimiters, dates and
 * limits; rows that cannot be used are left out and reported.
 */
public final class LettersSent {

  private final Map<String, Map<String, int[]>> sent;
  private final Rejections rejected;
  private final int rows;
  private final List<Diagnostic> notes;

  private LettersSent(
      Map<String, Map<String, int[]>> sent, Rejections rejected, int rows, List<Diagnostic> notes) {
    this.sent = sent;
    this.rejected = rejected;
    this.rows = rows;
    this.notes = notes;
  }

  /** No letters sent: every letter a trigger calls for is due. */
  public static LettersSent none() {
    return new LettersSent(Map.of(), new Rejections(), 0, List.of());
  }

  /**
   * Reads a log of letters sent.
   *
   * @param file the CSV
   * @param rules the school's letters, by id and title
   * @param pupils the register's pupil ids (letters to other pupils are counted and left out)
   * @param choice the pupil column, if a person named one and the log has it
   * @param limits how big it may be
   * @throws EvaluateException if it cannot be read, or its columns cannot be found
   */
  public static LettersSent read(
      Path file, PolicyRules rules, Set<String> pupils, ColumnChoice choice, InputLimits limits)
      throws EvaluateException {
    Charset charset =
        TextFile.check(file, "letters-sent log", "-Dattendance.lettersSent", limits.maxBytes());
    try {
      return parse(file, charset, true, rules, pupils, choice, limits);
    } catch (CharacterCodingException e) {
      if (!charset.equals(StandardCharsets.UTF_8)) {
        throw Problems.error(
            Problems.FILE, file, 0, 0, "the file is not valid " + charset.name() + " text", null);
      }
      try {
        return parse(file, TextFile.WINDOWS_1252, false, rules, pupils, choice, limits);
      } catch (IOException again) {
        throw Problems.error(
            Problems.FILE,
            file,
            0,
            0,
            "the letters-sent log cannot be read: " + again.getMessage(),
            null);
      }
    } catch (IOException e) {
      throw Problems.error(
          Problems.FILE,
          file,
          0,
          0,
          "the letters-sent log cannot be read: " + e.getMessage(),
          null);
    }
  }

  private static LettersSent parse(
      Path file,
      Charset charset,
      boolean strict,
      PolicyRules rules,
      Set<String> pupils,
      ColumnChoice choice,
      InputLimits limits)
      throws IOException, EvaluateException {
    Map<String, String> letterIds = new HashMap<>();
    rules
        .letterTitles()
        .forEach(
            (id, title) -> {
              letterIds.put(title.strip().toLowerCase(Locale.ROOT), id);
              letterIds.put(id.strip().toLowerCase(Locale.ROOT), id);
            });
    try (Reader in = TextFile.open(file, charset, strict)) {
      CsvReader csv = new CsvReader(in, file, limits);
      csv.detectDelimiter();
      CsvReader.Row header = csv.next();
      while (header != null && header.blank()) {
        header = csv.next();
      }
      if (header == null) {
        throw Problems.error(
            Problems.FILE, file, 1, 1, "the file has no rows", Hints.exportAgainWithHeader("log"));
      }
      Map<Columns.Role, String> chosen = new java.util.EnumMap<>(Columns.Role.class);
      if (choice.pupil() != null
          && Arrays.stream(header.cells())
              .anyMatch(h -> h.strip().equalsIgnoreCase(choice.pupil().strip()))) {
        chosen.put(Columns.Role.PUPIL, choice.pupil());
      }
      List<Columns.Role> roles =
          List.of(Columns.Role.PUPIL, Columns.Role.LETTER, Columns.Role.SENT);
      Map<Columns.Role, Integer> at =
          Columns.find(file, header.line(), header.cells(), header.columns(), roles, roles, chosen);
      int p = at.get(Columns.Role.PUPIL);
      int l = at.get(Columns.Role.LETTER);
      int d = at.get(Columns.Role.SENT);
      Map<String, Map<String, List<Integer>>> found = new HashMap<>();
      Rejections rejected = new Rejections();
      int rows = 0;
      int elsewhere = 0;
      for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
        if (row.blank()) {
          continue;
        }
        if (++rows > limits.maxRows()) {
          throw Problems.error(
              Problems.LIMIT,
              file,
              row.line(),
              1,
              "the log has more than " + Problems.count(limits.maxRows()) + " rows",
              Hints.exportOnlyAttendanceLetters());
        }
        String pupil = row.cell(p);
        if (pupil.isEmpty()) {
          rejected.add(row.line(), row.column(p), "pupil", "no pupil id");
          continue;
        }
        String letter = letterIds.get(row.cell(l).toLowerCase(Locale.ROOT));
        if (letter == null) {
          rejected.add(
              row.line(),
              row.column(l),
              "letter",
              "'"
                  + Problems.shown(row.cell(l))
                  + "' is not one of the policy's"
                  + " letters ("
                  + String.join(", ", rules.letterTitles().keySet())
                  + ")");
          continue;
        }
        int day = RegisterDates.date(row.cell(d));
        if (day == RegisterDates.NONE) {
          rejected.add(row.line(), row.column(d), "date", RegisterDates.whyNotADate(row.cell(d)));
          continue;
        }
        if (!pupils.contains(pupil)) {
          elsewhere++;
          continue;
        }
        found
            .computeIfAbsent(pupil, k -> new HashMap<>())
            .computeIfAbsent(letter, k -> new ArrayList<>())
            .add(day);
      }
      Map<String, Map<String, int[]>> sent = new HashMap<>();
      found.forEach(
          (pupil, letters) -> {
            Map<String, int[]> byLetter = new HashMap<>();
            letters.forEach(
                (letter, days) ->
                    byLetter.put(
                        letter, days.stream().mapToInt(Integer::intValue).sorted().toArray()));
            sent.put(pupil, byLetter);
          });
      List<Diagnostic> notes = new ArrayList<>();
      if (elsewhere > 0) {
        notes.add(
            Problems.note(
                Problems.DATA,
                file,
                Problems.plural(elsewhere, "letter")
                    + " in the log went to pupils who are"
                    + " not in the register, and were not used"));
      }
      return new LettersSent(sent, rejected, rows, notes);
    }
  }

  /**
   * The last time a letter was sent to a pupil.
   *
   * @return the day, or null if it never was
   */
  LocalDate lastSent(String pupil, String letter) {
    int[] days = sent.getOrDefault(pupil, Map.of()).get(letter);
    return days == null ? null : LocalDate.ofEpochDay(days[days.length - 1]);
  }

  /**
   * The last time a letter was sent to a pupil on or before a day.
   *
   * @return the day, or null
   */
  LocalDate lastSentBy(String pupil, String letter, LocalDate by) {
    int[] days = sent.getOrDefault(pupil, Map.of()).get(letter);
    if (days == null) {
      return null;
    }
    LocalDate best = null;
    for (int d : days) {
      if (d <= by.toEpochDay()) {
        best = LocalDate.ofEpochDay(d);
      }
    }
    return best;
  }

  /** Rows left out. */
  public Rejections rejected() {
    return rejected;
  }

  /** Rows read. */
  public int rows() {
    return rows;
  }

  /** Things worth knowing about the log. */
  public List<Diagnostic> notes() {
    return notes;
  }
}
