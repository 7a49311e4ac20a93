package uk.org.attendance.evaluate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import uk.org.attendance.diagnostic.Hints;

/**
 * The marks as they are read, packed into arrays (about 17 bytes a mark, so two million marks fit
 * comfortably in a small heap), then sorted by pupil and session. Sorting finds every second mark
 * for a session: a later mark replaces a code N (reason not yet known, which is temporary:
 * R-REG-05), and any other second mark is left out and reported with the row of the first.
 */
final class MarkTable {

  /** The columns of the kept marks, grouped by pupil, each pupil's sorted by session. */
  record Kept(
      int[] pupilStart, int[] session, byte[] code, int[] line, int[] column, int replacedN) {}

  private final Path file;
  private final int maxMarks;
  private int size;
  private int[] pupil = new int[1024];
  private int[] session = new int[1024];
  private int[] line = new int[1024];
  private int[] column = new int[1024];
  private byte[] code = new byte[1024];

  MarkTable(Path file, int maxMarks) {
    this.file = file;
    this.maxMarks = maxMarks;
  }

  /**
   * Adds a mark.
   *
   * @param sessionKey epoch day × 2, plus 1 for the afternoon
   * @throws EvaluateException past the limit on marks
   */
  void add(int pupilIndex, int sessionKey, byte codeIndex, int atLine, int atColumn)
      throws EvaluateException {
    if (size == maxMarks) {
      throw Problems.error(
          Problems.LIMIT,
          file,
          atLine,
          atColumn,
          "the register has more than "
              + Problems.count(maxMarks)
              + " marks, more than a school's register for a year",
          Hints.exportLess());
    }
    if (size == pupil.length) {
      int n = size * 2;
      pupil = Arrays.copyOf(pupil, n);
      session = Arrays.copyOf(session, n);
      line = Arrays.copyOf(line, n);
      column = Arrays.copyOf(column, n);
      code = Arrays.copyOf(code, n);
    }
    pupil[size] = pupilIndex;
    session[size] = sessionKey;
    line[size] = atLine;
    column[size] = atColumn;
    code[size] = codeIndex;
    size++;
  }

  /** Marks added so far. */
  int size() {
    return size;
  }

  /**
   * Sorts the marks and settles second marks for a session.
   *
   * @param pupils how many pupils
   * @param ids the pupils' ids, by index
   * @param codeN the index of code N
   * @param rejected where second marks are reported
   */
  Kept finish(int pupils, List<String> ids, byte codeN, Rejections rejected) {
    long[] keys = new long[size];
    for (int i = 0; i < size; i++) {
      keys[i] = ((long) pupil[i] << 39) | ((long) session[i] << 22) | i;
    }
    Arrays.sort(keys);
    int[] start = new int[pupils + 1];
    int[] kSession = new int[size];
    int[] kLine = new int[size];
    int[] kColumn = new int[size];
    byte[] kCode = new byte[size];
    int n = 0;
    int replaced = 0;
    int lastPupil = -1;
    int lastSession = -1;
    for (long key : keys) {
      int i = (int) (key & 0x3FFFFF);
      int p = pupil[i];
      int s = session[i];
      if (p == lastPupil && s == lastSession) {
        if (kCode[n - 1] == codeN && code[i] != codeN) {
          kCode[n - 1] = code[i];
          kLine[n - 1] = line[i];
          kColumn[n - 1] = column[i];
          replaced++;
        } else {
          rejected.add(
              line[i],
              column[i],
              "duplicate",
              "a second mark for pupil "
                  + Problems.shown(ids.get(p))
                  + " on "
                  + LocalDate.ofEpochDay(s >> 1)
                  + ((s & 1) == 1 ? " PM" : " AM")
                  + " (the first is row "
                  + kLine[n - 1]
                  + ")");
        }
        continue;
      }
      kSession[n] = s;
      kLine[n] = line[i];
      kColumn[n] = column[i];
      kCode[n] = code[i];
      start[p + 1]++;
      n++;
      lastPupil = p;
      lastSession = s;
    }
    for (int p = 0; p < pupils; p++) {
      start[p + 1] += start[p];
    }
    return new Kept(
        start,
        Arrays.copyOf(kSession, n),
        Arrays.copyOf(kCode, n),
        Arrays.copyOf(kLine, n),
        Arrays.copyOf(kColumn, n),
        replaced);
  }
}
