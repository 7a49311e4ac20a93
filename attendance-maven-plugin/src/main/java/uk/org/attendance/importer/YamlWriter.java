package uk.org.attendance.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a draft school file as YAML text, with its comments. Jackson cannot write comments, so the
 * text is written here, and kept to what the project's strict loader reads: two-space indentation,
 * no tabs, no anchors or tags, each key once; text is plain where YAML reads it as text, in double
 * quotes otherwise (times, dates, codes, anything with a colon or a quote), folded when it is long,
 * and a literal block when it is Markdown. Characters YAML does not allow are written as spaces.
 * Deterministic: the same tree always gives the same bytes.
 */
final class YamlWriter {

  /** Where a folded text or a comment is wrapped. */
  static final int WIDTH = 100;

  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z(][A-Za-z0-9 .,'\u2019()/&+%\u00a3@!?-]*");
  private static final Pattern RESERVED =
      Pattern.compile("(?i)y|n|yes|no|true|false|on|off|null|~|\\.inf|\\.nan");
  private static final Pattern NOT_YAML =
      Pattern.compile(
          "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F\\u2028\\u2029\\uFEFF\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

  private YamlWriter() {}

  /**
   * The file's text.
   *
   * @param header comment lines for the top of the file (without '#')
   * @param root the top-level map
   */
  static String write(List<String> header, Node root) {
    StringBuilder out = new StringBuilder();
    for (String h : header) {
      if (h.isEmpty()) {
        out.append("#\n");
      } else {
        comment(out, "", h, false);
      }
    }
    boolean first = true;
    for (Map.Entry<String, Node> e : root.entries.entrySet()) {
      if (e.getValue().empty()) {
        continue;
      }
      if (!first || !header.isEmpty()) {
        out.append('\n');
      }
      first = false;
      entry(out, "", e.getKey(), e.getValue());
    }
    return out.toString();
  }

  private static void entry(StringBuilder out, String pad, String key, Node n) {
    comments(out, pad, n);
    switch (n.type) {
      case SCALAR -> {
        out.append(pad).append(key).append(':');
        scalar(out, pad, n);
      }
      case MAP -> {
        out.append(pad).append(key).append(":\n");
        map(out, pad + "  ", n);
      }
      case LIST -> {
        out.append(pad).append(key).append(":\n");
        list(out, pad + "  ", n);
      }
    }
  }

  private static void map(StringBuilder out, String pad, Node n) {
    for (Map.Entry<String, Node> e : n.entries.entrySet()) {
      if (!e.getValue().empty()) {
        entry(out, pad, e.getKey(), e.getValue());
      }
    }
  }

  private static void list(StringBuilder out, String pad, Node n) {
    for (Node item : n.items) {
      if (item.empty()) {
        continue;
      }
      comments(out, pad, item);
      switch (item.type) {
        case SCALAR -> {
          out.append(pad).append('-');
          scalar(out, pad + "  ", item);
        }
        case MAP -> {
          boolean first = true;
          for (Map.Entry<String, Node> e : item.entries.entrySet()) {
            if (e.getValue().empty()) {
              continue;
            }
            if (first) {
              // The first key shares the dash's line; its comments go above the dash.
              comments(out, pad, e.getValue());
              out.append(pad).append("- ");
              Node v = e.getValue();
              String inner = pad + "  ";
              switch (v.type) {
                case SCALAR -> {
                  out.append(e.getKey()).append(':');
                  scalar(out, inner, v);
                }
                case MAP -> {
                  out.append(e.getKey()).append(":\n");
                  map(out, inner + "  ", v);
                }
                case LIST -> {
                  out.append(e.getKey()).append(":\n");
                  list(out, inner + "  ", v);
                }
              }
              first = false;
            } else {
              entry(out, pad + "  ", e.getKey(), e.getValue());
            }
          }
        }
        case LIST ->
            throw new IllegalStateException("a list inside a list is not part of a school file");
      }
    }
  }

  private static void comments(StringBuilder out, String pad, Node n) {
    for (String f : n.findings) {
      comment(out, pad, f, true);
    }
    for (String c : n.comments) {
      comment(out, pad, c, false);
    }
    if (n.type != Node.Type.SCALAR || n.style == Node.Style.MARKDOWN) {
      if (n.note != null) {
        comment(out, pad, n.note, false);
      }
    }
  }

  /** Writes the value after "key:" or "-", with its newline. */
  private static void scalar(StringBuilder out, String pad, Node n) {
    String v = clean(n.value);
    String note = n.style == Node.Style.MARKDOWN || n.note == null ? "" : "  # " + oneLine(n.note);
    if (n.style == Node.Style.RAW) {
      out.append(' ').append(v).append(note).append('\n');
      return;
    }
    if (n.style == Node.Style.MARKDOWN || v.indexOf('\n') >= 0) {
      literal(out, pad, v);
      return;
    }
    if (n.style == Node.Style.AUTO && plain(v)) {
      out.append(' ').append(v).append(note).append('\n');
      return;
    }
    int room = WIDTH - pad.length() - 2;
    if (n.style == Node.Style.AUTO && v.length() > room && foldable(v)) {
      out.append(" >-").append(note).append('\n');
      for (String line : wrap(v, room)) {
        out.append(pad).append("  ").append(line).append('\n');
      }
      return;
    }
    out.append(' ').append(quote(v)).append(note).append('\n');
  }

  private static void literal(StringBuilder out, String pad, String v) {
    List<String> lines = new ArrayList<>();
    for (String line : v.split("\n", -1)) {
      lines.add(line.replace('\t', ' ').stripTrailing());
    }
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    if (lines.isEmpty()) {
      out.append(" \"\"\n");
      return;
    }
    out.append(lines.get(0).startsWith(" ") ? " |2\n" : " |\n");
    for (String line : lines) {
      out.append(line.isEmpty() ? "" : pad + "  " + line).append('\n');
    }
  }

  /** Whether YAML reads the text, unquoted, as this same text. */
  static boolean plain(String v) {
    return !v.isEmpty()
        && v.length() <= 80
        && PLAIN.matcher(v).matches()
        && !RESERVED.matcher(v).matches()
        && !v.endsWith(" ")
        && !v.contains("  ")
        && !v.contains(": ")
        && !v.contains(" #")
        && !v.endsWith(":");
  }

  /** Whether a long text can be folded over several lines and read back the same. */
  private static boolean foldable(String v) {
    return !v.startsWith(" ")
        && !v.endsWith(" ")
        && !v.contains("  ")
        && v.indexOf('\t') < 0
        && !v.startsWith("#")
        && v.chars().noneMatch(c -> c == '\n' || c == '\r');
  }

  static List<String> wrap(String text, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }

  /** In double quotes, with YAML's escapes. */
  static String quote(String v) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** The text with characters YAML does not allow written as spaces. */
  static String clean(String v) {
    return NOT_YAML.matcher(v.replace("\r\n", "\n").replace('\r', '\n')).replaceAll(" ");
  }

  private static String oneLine(String s) {
    return clean(s).replace('\n', ' ').replace('\t', ' ').strip();
  }

  private static void comment(StringBuilder out, String pad, String text, boolean finding) {
    String t = oneLine(text);
    int room = Math.max(40, WIDTH - pad.length() - 2);
    List<String> lines = wrap(t, room);
    for (int i = 0; i < lines.size(); i++) {
      out.append(pad)
          .append("# ")
          .append(i == 0 ? "" : finding ? "  " : "  ")
          .append(lines.get(i))
          .append('\n');
    }
  }

  /** A YAML-safe id from any text: lower case, digits and hyphens, at most 60 characters. */
  static String id(String text, String fallback) {
    String id =
        java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (id.length() > 60) {
      id = id.substring(0, 60).replaceAll("-[^-]*$", "");
    }
    return id.isEmpty() ? fallback : id;
  }
}
