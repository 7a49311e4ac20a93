package uk.org.attendance.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.attendance.audit.Auditor;
import uk.org.attendance.check.Finding;
import uk.org.attendance.diagnostic.Diagnostic;

/**
 * Writes the audit's findings on the source beside the values and text they concern, so the first
 * look at the draft is a to-do list. A finding is placed on the value read from its line; where
 * several were, on the one its rule is about (a register time for a register rule), and a fact
 * before prose; a finding about the whole policy goes at the top of the file.
 */
final class Findings {

  /** Which part of the school file each rule's findings are about, by rule id prefix. */
  private static final Map<String, String> ABOUT =
      Map.ofEntries(
          Map.entry("ATT020", "schoolDay"),
          Map.entry("ATT021", "schoolDay"),
          Map.entry("ATT022", "schoolDay"),
          Map.entry("ATT023", "schoolDay"),
          Map.entry("ATT024", "schoolDay"),
          Map.entry("ATT025", "schoolDay"),
          Map.entry("ATT026", "schoolDay"),
          Map.entry("ATT027", "registers"),
          Map.entry("ATT050", "policy"),
          Map.entry("ATT051", "policy"),
          Map.entry("ATT052", "policy"),
          Map.entry("ATT030", "contacts"),
          Map.entry("ATT031", "contacts"),
          Map.entry("ATT032", "contacts"),
          Map.entry("ATT036", "contacts"),
          Map.entry("ATT013", "penaltyNotices"),
          Map.entry("ATT003", "codes"),
          Map.entry("ATT001", "codes"));

  private Findings() {}

  /** A node with its path, for choosing where a finding goes. */
  private record Place(Draft draft, String path, Node node, int order) {}

  /**
   * Writes each finding beside what it concerns.
   *
   * @param policy the audit of the source
   * @param drafts the files made from it; the first takes findings about the whole policy
   * @return how many findings were written
   */
  static int write(Auditor.Policy policy, List<Draft> drafts) {
    List<Place> places = new ArrayList<>();
    for (Draft d : drafts) {
      d.root.walk("", (path, n) -> places.add(new Place(d, path, n, places.size())));
    }
    int written = 0;
    for (Finding f : policy.findings()) {
      Diagnostic d = f.diagnostic();
      String where = d.at().line() > 0 ? policy.place(d.at()) : "";
      String text =
          "To do ("
              + d.ruleId()
              + ", "
              + d.severity().label()
              + (where.isEmpty() ? "" : ", source " + where)
              + "): "
              + d.message()
              + (d.hint() == null || d.hint().isBlank()
                  ? ""
                  : ". " + sentence(d.hint().replaceAll("\\R", " ")));
      if (d.at().line() <= 0) {
        drafts.get(0).header.add(text);
        written++;
        continue;
      }
      String about = ABOUT.get(d.ruleId());
      Place best = null;
      for (Place p : places) {
        if (!p.node().lines.contains(d.at().line())) {
          continue;
        }
        if (best == null || better(p, best, about)) {
          best = p;
        }
      }
      if (best == null) {
        // Not on any placed value: the nearest value read from before it.
        int bestLine = -1;
        for (Place p : places) {
          Integer below = p.node().lines.floor(d.at().line());
          if (below != null && below > bestLine) {
            bestLine = below;
            best = p;
          }
        }
      }
      if (best == null) {
        drafts.get(0).header.add(text);
      } else {
        best.node().findings.add(text);
      }
      written++;
    }
    return written;
  }

  private static boolean better(Place p, Place best, String about) {
    boolean pAbout = about != null && p.path().startsWith(about);
    boolean bAbout = about != null && best.path().startsWith(about);
    if (pAbout != bAbout) {
      return pAbout;
    }
    boolean pScalar = p.node().type == Node.Type.SCALAR;
    boolean bScalar = best.node().type == Node.Type.SCALAR;
    if (p.node().affinity != best.node().affinity) {
      return p.node().affinity < best.node().affinity;
    }
    if (pScalar != bScalar) {
      return pScalar;
    }
    // The narrowest: the node with fewest lines.
    return p.node().lines.size() < best.node().lines.size();
  }

  /** A hint, which the catalogue writes lower case with no full stop, as a sentence of its own. */
  private static String sentence(String hint) {
    String s = hint.strip();
    return Character.toUpperCase(s.charAt(0))
        + s.substring(1)
        + (s.endsWith(".") || s.endsWith("?") ? "" : ".");
  }
}
