package uk.org.attendance.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word document's structure (heading styles, numbered and bulleted lists, tables) and a web
 * page's (h2, ul, table) become the draft's Markdown: a heading places its section, list items stay
 * list items, a table stays a table, and every value cites its paragraph or line.
 */
class ImportStructureTest {

  @Test
  void aWordDocumentsHeadingsListsAndTablesAreKept(@TempDir Path dir) throws IOException {
    Path docx = dir.resolve("oak-tree.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(docx)) {
      para(doc, "Title", "Attendance Policy");
      para(
          doc,
          null,
          "Oak Tree Primary School recognises that good attendance matters to every child in our care and to their future.");
      para(doc, "Heading1", "Absence Procedures");
      para(
          doc,
          null,
          "If your child is absent, please telephone the school office before 9.05am on every day of absence.");
      XWPFParagraph item = para(doc, null, "Tell us your child's name and class.");
      item.setNumID(BigInteger.ONE);
      item = para(doc, null, "Tell us why your child is absent.");
      item.setNumID(BigInteger.ONE);
      para(doc, "Heading1", "Lateness");
      para(
          doc,
          null,
          "The times of the school day are set out in the table below, and apply to every pupil at the school.");
      XWPFTable table = doc.createTable(3, 2);
      cell(table, 0, 0, "Session");
      cell(table, 0, 1, "Time");
      cell(table, 1, 0, "Gates open");
      cell(table, 1, 1, "8.40am");
      cell(table, 2, 0, "Registers close");
      cell(table, 2, 1, "9.10am");
      doc.write(out);
    }
    PolicyImporter.Result r =
        ImportFixtures.IMPORTER.draft(List.of(docx), dir.resolve("schools"), ImportFixtures.ON);
    assertEquals(List.of(), r.problems());
    String text = r.drafts().get(0).text();
    assertTrue(
        text.contains(
            "  absenceProcedures: |\n    If your child is absent, please telephone the school office before 9.05am on every day of\n"
                + "    absence.\n\n    - Tell us your child's name and class.\n    - Tell us why your child is absent.\n"),
        text);
    assertTrue(text.contains("  lateness: |\n"), text);
    // The table's rows are the times of the day: placed there, the table's heading quoted beside
    // them.
    assertTrue(
        text.contains(
            "  # the source gives these times after paragraph 9: \"Session | Time\"\n  groups:\n"),
        text);
    assertTrue(
        text.contains(
            "  lateness: |\n    The times of the school day are set out in the table below, and apply to every pupil at the\n"
                + "    school.\n  "),
        text);
    assertTrue(
        text.contains(
            "  # from paragraph 4: \"If your child is absent, please telephone the school office before 9.05am on\n"
                + "  #   every day of absence.\"\n  deadline: \"9.05am\"\n"),
        text);
    assertTrue(
        text.contains("gatesOpen: \"8.40am\"  # from paragraph 12: \"Gates open: 8.40am\""), text);
    assertTrue(
        text.contains("closes: \"9.10am\"  # from paragraph 14: \"Registers close: 9.10am\""),
        text);
    assertTrue(
        text.contains("title: Attendance Policy  # from paragraph 1: \"Attendance Policy\""), text);
  }

  @Test
  void aWebPagesHeadingsListsAndTablesAreKept(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("policy.html");
    Files.writeString(
        html,
        String.join(
            "\n",
            "<!DOCTYPE html><html><head><title>Attendance</title><script>alert(1)</script></head><body>",
            "<h1>Attendance Policy</h1>",
            "<p>Elm Primary School recognises that good attendance matters to every child in our care and to their future.</p>",
            "<h2>Promoting Regular Attendance</h2>",
            "<p>To help every child attend well, this is what we do as a school, every week of the school year:</p>",
            "<ul><li>We celebrate good attendance in assemblies.</li><li>We write to families each term.</li></ul>",
            "<h2>Monitoring</h2>",
            "<table><tr><th>Who</th><th>Does what</th></tr><tr><td><p>Office</p><p>staff</p></td><td>Call home on the first day.</td></tr></table>",
            "</body></html>"));
    PolicyImporter.Result r =
        ImportFixtures.IMPORTER.draft(List.of(html), dir.resolve("schools"), ImportFixtures.ON);
    assertEquals(List.of(), r.problems());
    String text = r.drafts().get(0).text();
    assertTrue(text.contains("  promotingAttendance: |\n"), text);
    assertTrue(
        text.contains(
            "    - We celebrate good attendance in assemblies.\n    - We write to families each term.\n"),
        text);
    assertTrue(
        text.contains(
            "        | Who | Does what |\n        | --- | --- |\n        | Office staff | Call home on the first day. |\n"),
        text);
    assertTrue(!text.contains("alert"), "a script is not text");
    assertTrue(text.contains("# from line 4: \"Promoting Regular Attendance\""), text);
  }

  @Test
  void aHeadingThatStartsWithAHashIsNotARowOfTheCodeTable(@TempDir Path dir) throws IOException {
    StringBuilder policy = new StringBuilder("Oak Tree Primary School\n\n# REVIEW SHEET\n\n");
    for (int i = 0; i < 15; i++) {
      policy.append(
          "Every child at Oak Tree Primary School deserves the best education we can give, every day.\n\n");
    }
    policy.append("Table 1: National School Attendance Codes\n\n");
    for (String row :
        List.of(
            "/\tPresent (am)",
            "\\\tPresent (pm)",
            "L\tLate before registers close",
            "B\tApproved educational activity",
            "C\tLeave of absence granted",
            "I\tIllness",
            "M\tMedical or dental appointment",
            "G\tHoliday not granted",
            "O\tUnauthorised absence",
            "U\tLate after registers close",
            "#\tPlanned whole school closure")) {
      policy.append(row).append('\n');
    }
    Path txt = dir.resolve("oak-tree.txt");
    Files.writeString(txt, policy);
    String text =
        ImportFixtures.IMPORTER
            .draft(List.of(txt), dir.resolve("schools"), ImportFixtures.ON)
            .drafts()
            .get(0)
            .text();
    assertTrue(
        text.contains(
            "  - code: \"#\"  # from line 47: \"# | Planned whole school closure\"\n    meaning: Planned whole school closure\n"),
        text);
    assertEquals(
        1, text.split("code: \"#\"", -1).length - 1, "one row for #, the table's: " + text);
    assertTrue(text.contains("REVIEW SHEET"), "the heading is kept as the school's words");
  }

  private static XWPFParagraph para(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    if (style != null) {
      p.setStyle(style);
    }
    p.createRun().setText(text);
    return p;
  }

  private static void cell(XWPFTable t, int row, int col, String text) {
    t.getRow(row).getCell(col).setText(text);
  }
}
