package uk.org.attendance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How a time is kept to the clause of its cue, read once however long the sentence. */
class TimesTest {

  /** The clause break as one expression over the text between, as it was first written. */
  static final Pattern WHOLE =
      Pattern.compile("(?s).*\\b(and|but|or)\\b.*\\b(regist|close|open).*");

  static boolean breaks(String between) {
    return between.contains(";") || between.contains("\t") || WHOLE.matcher(between).matches();
  }

  @Test
  void theClauseBreaksWhereTheWholeTextBetweenSaysItDoes() {
    String[] words = {
      "and",
      "but",
      "or",
      "andy",
      "orbit",
      "register",
      "closes",
      "opens",
      "reopen",
      "close",
      "9.20am",
      "by",
      ";",
      "\t",
      ",",
      "x",
      "1"
    };
    Random random = new Random(15);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        b.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String s = b.toString();
      int from = random.nextInt(s.length() + 1);
      int to = from + random.nextInt(s.length() - from + 1);
      String between = s.substring(from, to);
      // Reading only as far as `to`, and reading to the end: a stretch to `to` breaks exactly when
      // `to` is at or past the end found.
      assertEquals(breaks(between), Times.clauseBreakEnd(s, from, to) >= 0, "'" + between + "'");
      int end = Times.clauseBreakEnd(s, from, s.length());
      assertEquals(
          breaks(between), end >= 0 && to >= end, "'" + s + "' from " + from + " to " + to);
    }
  }
}
