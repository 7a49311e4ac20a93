package uk.org.attendance.render;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Mends two things the renderer's tagging gets wrong in tables, so a screen reader finds each table
 * as it is drawn: a caption is tagged after its table, outside it (it becomes the table's first
 * child, as PDF/UA expects), and a table without a header or footer row still gets empty THead and
 * TFoot elements (they are removed).
 */
final class TableTags {

  private TableTags() {}

  /** Mends every table in the document's structure tree. */
  static void mend(PDDocument doc) {
    PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
    if (root != null) {
      walk(root);
    }
  }

  private static void walk(PDStructureNode node) {
    List<Object> kids = new ArrayList<>(node.getKids());
    for (int i = 0; i < kids.size(); i++) {
      if (!(kids.get(i) instanceof PDStructureElement)) {
        continue;
      }
      PDStructureElement e = (PDStructureElement) kids.get(i);
      if ("Table".equals(e.getStructureType())) {
        removeEmpty(e, "THead");
        removeEmpty(e, "TFoot");
        Object next = i + 1 < kids.size() ? kids.get(i + 1) : null;
        if (next instanceof PDStructureElement
            && "Caption".equals(((PDStructureElement) next).getStructureType())) {
          PDStructureElement caption = (PDStructureElement) next;
          node.removeKid(caption);
          Object first = e.getKids().isEmpty() ? null : e.getKids().get(0);
          if (first == null) {
            e.appendKid(caption);
          } else {
            e.insertBefore(caption, first);
          }
          caption.setParent(e);
          i++;
        }
      }
      walk(e);
    }
  }

  private static void removeEmpty(PDStructureElement table, String type) {
    for (Object k : new ArrayList<>(table.getKids())) {
      if (k instanceof PDStructureElement
          && type.equals(((PDStructureElement) k).getStructureType())
          && ((PDStructureElement) k).getKids().isEmpty()) {
        table.removeKid((PDStructureElement) k);
      }
    }
  }
}
