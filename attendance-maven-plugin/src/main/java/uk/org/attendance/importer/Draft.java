package uk.org.attendance.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One school file being drafted: its tree of values with their comments, and the comments for the
 * top of the file. Not thread-safe.
 */
final class Draft {

  /**
   * The marker the loader refuses until the school has written the value (as {@code
   * attendance:init} uses it).
   */
  static final String FILL_IN = "FILL IN";

  final Node root = Node.map();
  final List<String> header = new ArrayList<>();

  /** The file's name, relative to the schools folder (e.g. {@code hmfa/sutton.yaml}). */
  String file;

  Draft() {
    // The order of the keys in the file.
    for (String key :
        List.of(
            "extends",
            "school",
            "trust",
            "policy",
            "contacts",
            "schoolDay",
            "absenceReporting",
            "registers",
            "thresholds",
            "escalation",
            "penaltyNotices",
            "leave",
            "illness",
            "codes",
            "letters",
            "prose",
            "annexes")) {
      root.entries.put(
          key,
          key.equals("escalation")
                  || key.equals("codes")
                  || key.equals("letters")
                  || key.equals("annexes")
              ? Node.list()
              : key.equals("extends") ? Node.scalar(null) : Node.map());
    }
  }

  /** The file's text. */
  String text() {
    return YamlWriter.write(header, root);
  }

  /** Every value left for the school to choose between, by its path in the file. */
  Map<String, List<String>> choices() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    root.walk(
        "",
        (path, n) -> {
          if (!n.choices.isEmpty()) {
            out.put(path, List.copyOf(n.choices));
          }
        });
    return out;
  }
}
