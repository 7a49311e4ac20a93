package uk.org.attendance.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.model.SourceRef;

/**
 * Reads a text file: UTF-8 (a byte-order mark is dropped), or Windows-1252 when it is not UTF-8
 * (what Word's "plain text" gives on Windows). Each non-blank line is a block. Policies saved as
 * text from Word or a web page often keep HTML markup such as {@code <p>} or {@code &lt;}: known
 * HTML tags are taken out (block tags end a block) and entities decoded, so that a template
 * placeholder such as {@code <Name of Parent>} is kept but {@code <sup>} is not read as one. A line
 * with a tab is a table row (cells separated by tabs): it stays one block, whatever tags its cells
 * hold.
 */
final class TextFileReader {

  private static final Pattern TAG =
      Pattern.compile(
          "</?(p|b|i|u|s|em|strong|sup|sub|span|div|ul|ol|li|br|a|table|tr|td|th|thead|tbody|tfoot|caption|h[1-6]|font|hr|blockquote|small|big|mark|code|pre)(\\s[^<>]{0,500})?/?>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BLOCK_TAG =
      Pattern.compile("(?i)</?(p|div|ul|ol|li|br|table|tr|h[1-6]|hr|blockquote|pre)\\b.*");
  private static final Pattern ENTITY =
      Pattern.compile("&(lt|gt|amp|quot|apos|nbsp|#\\d{1,6}|#x[0-9a-fA-F]{1,5});");
  private static final Map<String, Character> NAMED =
      Map.of("lt", '<', "gt", '>', "amp", '&', "quot", '"', "apos", '\'', "nbsp", ' ');

  private TextFileReader() {}

  static PolicyText read(Path file, Limits limits, List<Diagnostic> warnings) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      text = new String(bytes, Charset.forName("windows-1252"));
      warnings.add(
          new Diagnostic(
              PolicyReader.FILE,
              Severity.WARNING,
              SourceRef.of(file),
              "the file is not UTF-8 text; it was read as Windows-1252 (Western European)",
              Hints.resaveAsUtf8(),
              null));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Block> blocks = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int n = 0; n < lines.length; n++) {
      addLine(lines[n], n + 1, blocks);
    }
    return new PolicyText(file, PolicyText.Format.TEXT, blocks, line -> "line " + line);
  }

  private static void addLine(String line, int number, List<Block> blocks) {
    Block.Builder b = new Block.Builder();
    int i = 0;
    Matcher tag = TAG.matcher(line);
    Matcher entity = ENTITY.matcher(line);
    // A table row saved as text keeps its cells' paragraphs as <p> tags: the row stays one block.
    boolean row = TAG.matcher(line).replaceAll("").contains("\t");
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '<' && tag.find(i) && tag.start() == i) {
        if (!row && BLOCK_TAG.matcher(tag.group()).matches()) {
          add(b.build(), blocks);
          b.clear();
        } else if (b.length() > 0 && b.last() != ' ') {
          b.add(' ', number, i + 1);
        }
        i = tag.end();
        continue;
      }
      if (c == '&' && entity.find(i) && entity.start() == i) {
        b.add(decode(entity.group(1)), number, i + 1);
        i = entity.end();
        continue;
      }
      b.add(c, number, i + 1);
      i++;
    }
    add(b.build(), blocks);
  }

  private static char decode(String name) {
    if (name.startsWith("#x")) {
      return (char) Integer.parseInt(name.substring(2), 16);
    }
    if (name.startsWith("#")) {
      int cp = Integer.parseInt(name.substring(1));
      return cp > 0xFFFF ? '?' : (char) cp;
    }
    return NAMED.get(name);
  }

  private static void add(Block block, List<Block> blocks) {
    if (block != null) {
      blocks.add(block);
    }
  }
}
