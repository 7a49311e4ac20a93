package uk.org.attendance.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.nio.file.Path;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.model.SourceRef;

/** Turns the YAML parser's errors into plain-English, located findings. */
final class YamlSyntax {

  private YamlSyntax() {}

  static Diagnostic describe(Path file, JsonProcessingException e, String text) {
    Diagnostic d = describe(file, e);
    if (d.ruleId().equals(LoadIds.SYNTAX) && d.at().line() > 0) {
      SourceRef quote = unclosedQuote(file, text, d.at().line());
      if (quote != null) {
        return Diagnostic.error(
            LoadIds.SYNTAX,
            quote,
            "this quoted value is never closed",
            Hints.addClosingDoubleQuote());
      }
    }
    return d;
  }

  /**
   * The first double quote, on or before {@code untilLine}, that opens a value and is not closed on
   * its line: the usual cause of a confusing error further down.
   */
  static SourceRef unclosedQuote(Path file, String text, int untilLine) {
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < Math.min(untilLine, lines.length); i++) {
      String line = lines[i];
      int hash = line.indexOf(" #");
      String code = hash >= 0 ? line.substring(0, hash) : line;
      int open = code.indexOf(": \"");
      if (open < 0 && code.stripLeading().startsWith("- \"")) {
        open = code.indexOf("- \"");
      }
      if (open < 0) {
        continue;
      }
      int start = code.indexOf('"', open);
      int quotes = 0;
      for (int c = start; c < code.length(); c++) {
        if (code.charAt(c) == '"' && code.charAt(c - 1 < start ? c : c - 1) != '\\') {
          quotes++;
        }
      }
      if (quotes % 2 == 1) {
        return new SourceRef(file, i + 1, start + 1);
      }
    }
    return null;
  }

  static Diagnostic describe(Path file, JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return Diagnostic.error(
          LoadIds.YAML_FEATURE,
          YamlTreeReader.ref(
              file,
              e.getLocation() == null
                  ? com.fasterxml.jackson.core.JsonLocation.NA
                  : e.getLocation()),
          "the file is too large or too deeply nested to be a school file",
          Hints.checkIndentationAndFile());
    }
    Throwable cause = e.getCause();
    if (cause instanceof MarkedYAMLException) {
      MarkedYAMLException y = (MarkedYAMLException) cause;
      Mark mark = y.getProblemMark() != null ? y.getProblemMark() : y.getContextMark();
      SourceRef at =
          mark == null
              ? SourceRef.of(file)
              // SnakeYAML marks are 0-based; SourceRef is 1-based. Converted here, once.
              : new SourceRef(file, mark.getLine() + 1, mark.getColumn() + 1);
      String problem = y.getProblem() == null ? "" : y.getProblem();
      String context = y.getContext() == null ? "" : y.getContext();
      return explain(at, problem, context);
    }
    SourceRef at =
        e.getLocation() == null ? SourceRef.of(file) : YamlTreeReader.ref(file, e.getLocation());
    return Diagnostic.error(
        LoadIds.SYNTAX, at, "the YAML cannot be read: " + e.getOriginalMessage(), null);
  }

  private static Diagnostic explain(SourceRef at, String problem, String context) {
    String p = problem.toLowerCase(Locale.ROOT);
    String c = context.toLowerCase(Locale.ROOT);
    String message;
    String hint;
    if (p.contains("'\\t'") || p.contains("tab")) {
      message = "there is a tab character here; YAML indentation must use spaces";
      hint = Hints.replaceTab();
    } else if (p.contains("mapping values are not allowed")) {
      message = "a colon followed by a space appears where YAML does not expect a new key";
      hint = Hints.quoteValueWithColon();
    } else if (p.contains("could not find expected ':'")) {
      message = "a key is missing its colon, or the line above is indented wrongly";
      hint = Hints.writeKeyWithColon();
    } else if (p.contains("expected <block end>")
        || p.contains("did not find expected key")
        || p.contains("did not find expected '-'")) {
      message = "this line is not indented in line with the lines above it";
      hint = Hints.lineUpKey();
    } else if (p.contains("found unexpected end of stream") && c.contains("quoted")) {
      message = "a quoted value is never closed";
      hint = Hints.addClosingQuote();
    } else if (p.contains("found undefined alias") || c.contains("alias")) {
      message = "YAML aliases (*name) are not supported";
      hint = Hints.writeOutInFull();
    } else if (p.contains("found character '@'") || p.contains("found character '`'")) {
      message = "a value cannot start with @ or ` in YAML";
      hint = Hints.quoteWholeValue();
    } else if (p.contains("cannot start any token")) {
      message = "this character cannot start a value in YAML";
      hint = Hints.quoteWholeValue();
    } else if (c.contains("flow")) {
      message = "a list or map written with [ ] or { } is not closed properly";
      hint = Hints.checkBrackets();
    } else {
      message = "the YAML cannot be read: " + problem.strip();
      hint = Hints.checkPunctuation();
    }
    return Diagnostic.error(LoadIds.SYNTAX, at, message, hint);
  }
}
