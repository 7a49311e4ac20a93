package uk.org.attendance.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What the importer places in each field, compared with what a careful person reads in each source
 * (src/test/resources/import/expected): precision and recall per kind of fact, printed for the
 * record, with the targets enforced (at least 90% of contacts, times and dates placed
 * correctly) and no value invented (every value placed is one the careful reading has).
 */
class ImportFactsTest {

  static final List<String> GATED = List.of("contacts", "times", "dates");

  @Test
  void eachSourceIsReadAsACarefulPersonReadsIt() {
    Map<String, int[]> total = new TreeMap<>();
    List<String> report = new ArrayList<>();
    List<String> invented = new ArrayList<>();
    for (String name : ImportFixtures.NAMES) {
      TreeSet<String> produced = ImportFixtures.facts(ImportFixtures.drafts(name));
      Map<String, String> expected = ImportFixtures.expected(name);
      Map<String, int[]> kinds = new TreeMap<>();
      for (String p : produced) {
        int[] k =
            kinds.computeIfAbsent(
                ImportFixtures.kind(p.substring(0, p.indexOf(" = "))), x -> new int[3]);
        k[0]++;
        if (expected.containsKey(p)) {
          k[1]++;
        } else {
          invented.add(name + ": " + p);
        }
      }
      for (String e : expected.keySet()) {
        kinds
            .computeIfAbsent(
                ImportFixtures.kind(e.substring(0, e.indexOf(" = "))), x -> new int[3])[2]++;
      }
      for (Map.Entry<String, int[]> k : kinds.entrySet()) {
        int[] v = k.getValue();
        report.add(
            String.format(
                Locale.ROOT,
                "  %-32s %-11s placed %3d, correct %3d, expected %3d: precision %5.1f%%, recall %5.1f%%",
                name,
                k.getKey(),
                v[0],
                v[1],
                v[2],
                pct(v[1], v[0]),
                pct(v[1], v[2])));
        int[] t = total.computeIfAbsent(k.getKey(), x -> new int[3]);
        for (int i = 0; i < 3; i++) {
          t[i] += v[i];
        }
      }
      List<String> missed = new ArrayList<>();
      for (Map.Entry<String, String> e : expected.entrySet()) {
        if (!produced.contains(e.getKey())) {
          missed.add(e.getKey() + (e.getValue().isEmpty() ? "" : "   (" + e.getValue() + ")"));
        }
      }
      report.add(
          "    missed: "
              + (missed.isEmpty() ? "nothing" : "\n      " + String.join("\n      ", missed)));
    }
    System.out.println("import facts, per source and kind:");
    report.forEach(System.out::println);
    System.out.println("import facts, all sources:");
    for (Map.Entry<String, int[]> k : total.entrySet()) {
      int[] v = k.getValue();
      System.out.printf(
          Locale.ROOT,
          "  %-11s placed %3d, correct %3d, expected %3d: precision %5.1f%%, recall %5.1f%%%n",
          k.getKey(),
          v[0],
          v[1],
          v[2],
          pct(v[1], v[0]),
          pct(v[1], v[2]));
    }
    assertEquals(
        List.of(), invented, "values placed that a careful reading of the source does not have");
    for (String kind : GATED) {
      int[] v = total.get(kind);
      assertTrue(pct(v[1], v[2]) >= 90.0, kind + ": " + v[1] + " of " + v[2] + " placed correctly");
    }
  }

  static double pct(int part, int whole) {
    return whole == 0 ? 100.0 : 100.0 * part / whole;
  }
}
