package uk.org.attendance.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch reading ease, for keeping what parents read in plain English (60 or above is plain
 * English; most adults read it easily). Syllables are counted with the usual vowel-group rule.
 */
public final class Readability {

  private static final Pattern BLOCK = Pattern.compile("(?s)<(p|li)\\b[^>]*>(.*?)</\\1>");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9£%:'’.-]+");

  private Readability() {}

  /**
   * @param html a document's HTML body
   * @return the text of its running prose (paragraphs and list items; not tables or headings, whose
   *     short cells would flatter the score), one entry per block
   */
  public static List<String> blocks(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(html);
    while (m.find()) {
      String text =
          TAG.matcher(m.group(2))
              .replaceAll(" ")
              .replace("&amp;", "&")
              .replace("&#39;", "'")
              .replace("&quot;", "\"")
              .replaceAll("\\s+", " ")
              .strip();
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    return out;
  }

  /**
   * Flesch reading ease of text made of blocks; each block ends at least one sentence.
   *
   * @param blocks paragraphs and list items
   * @return the score (higher is easier)
   */
  public static double fleschReadingEase(List<String> blocks) {
    int sentences = 0;
    int words = 0;
    int syllables = 0;
    for (String block : blocks) {
      for (String sentence : block.split("(?<=[.!?])\\s+")) {
        Matcher w = WORD.matcher(sentence);
        int inSentence = 0;
        while (w.find()) {
          String word = w.group().replaceAll("^[.'’-]+|[.'’-]+$", "");
          if (word.isEmpty()) {
            continue;
          }
          inSentence++;
          syllables += syllables(word);
        }
        if (inSentence > 0) {
          sentences++;
          words += inSentence;
        }
      }
    }
    if (words == 0) {
      return 0;
    }
    return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
  }

  /** Vowel groups, less a silent final e; at least one. Numbers and times count as one. */
  static int syllables(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!w.matches(".*[a-z].*") || w.matches(".*\\d.*")) {
      return 1;
    }
    w = w.replaceAll("[^a-z]", "");
    int count = 0;
    boolean vowel = false;
    for (char c : w.toCharArray()) {
      boolean v = "aeiouy".indexOf(c) >= 0;
      if (v && !vowel) {
        count++;
      }
      vowel = v;
    }
    if (w.endsWith("e") && !w.endsWith("le") && count > 1) {
      count--;
    }
    return Math.max(1, count);
  }
}
