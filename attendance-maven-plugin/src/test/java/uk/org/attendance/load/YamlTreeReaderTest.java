package uk.org.attendance.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reader splits a file into lines exactly as the expression {@code \R} would. */
class YamlTreeReaderTest {

  @Test
  void linesAreWhatSplittingAtEveryLineBreakGives() {
    List<String> cases =
        List.of(
            "",
            "one",
            "one\n",
            "\none",
            "one\r\ntwo\rthree\nfour",
            "a\r\r\nb\n\rc",
            "a\u000Bb\fc\u0085d\u2028e\u2029f",
            "\r\n\r\n",
            "last\r");
    for (String text : cases) {
      assertEquals(List.of(text.split("\\R", -1)), YamlTreeReader.lines(text), text);
    }
    // And on random text made of line breaks and letters.
    Random random = new Random(17);
    String alphabet = "ab \r\n\u000B\f\u0085\u2028\u2029";
    for (int i = 0; i < 2000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      assertEquals(List.of(text.split("\\R", -1)), YamlTreeReader.lines(text), text);
    }
  }
}
