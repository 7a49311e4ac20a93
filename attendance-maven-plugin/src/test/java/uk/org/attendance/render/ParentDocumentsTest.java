package uk.org.attendance.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import uk.org.attendance.AttendanceCompiler;
import uk.org.attendance.load.SchoolLoader;
import uk.org.attendance.model.Letter;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.reference.FactField;
import uk.org.attendance.reference.MergeField;

/** The parent leaflet and the letters of every bundled school. */
class ParentDocumentsTest {

  static final List<String> SCHOOLS =
      List.of(
          "strathmore-infant-nursery",
          "duke-of-bedford-primary",
          "kelvedon-hatch-primary",
          "lanercost-ce-primary",
          "kings-caple",
          "llangrove",
          "lord-scudamore",
          "marden",
          "pencombe",
          "st-weonards",
          "sutton");

  @Test
  void everyLeafletIsAtMostTwoPagesOfPlainEnglish() throws Exception {
    assertEquals(List.of(), RenderedBundle.result().diagnostics());
    for (String id : SCHOOLS) {
      int pages = PdfAssertions.pages(RenderedBundle.bytes(id + "/leaflet.pdf"));
      assertTrue(pages >= 1 && pages <= 2, id + " leaflet has " + pages + " pages");
      String html = RenderedBundle.text(id + "/leaflet.html");
      double ease =
          Readability.fleschReadingEase(Readability.blocks(html.substring(html.indexOf("<body"))));
      assertTrue(ease >= 60, id + " leaflet reading ease " + ease);
    }
  }

  @Test
  void theLeafletCarriesTheSchoolsFactsAndTheFines() throws Exception {
    String text =
        PdfAssertions.text(RenderedBundle.bytes("kelvedon-hatch-primary/leaflet.pdf"))
            .replaceAll("\\s+", " ");
    assertTrue(
        text.contains("please tell the school by 8:30am on every day they are absent."), text);
    assertTrue(text.contains("9:10am"), "register closes");
    assertTrue(
        text.contains("90% or more, but below 98%") && text.contains("above 50%, but below 90%"),
        "the school's bands");
    assertTrue(text.contains("£80") && text.contains("£160"), "the fines");
    assertTrue(text.contains("Miss V. Townsend"), "a named contact");
    assertTrue(text.contains("https://www.kelvedonhatch.essex.sch.uk"), "where the policy is");
    assertFalse(text.matches(".*(s444|section 444|Regulations 20).*"), "no legal citations");
  }

  @Test
  void aContactWithNoEmailOrPhoneIsReachedThroughTheOffice() throws Exception {
    String html = RenderedBundle.text("lanercost-ce-primary/leaflet.html");
    assertTrue(
        html.contains(
            "<th scope=\"row\">Mrs Ruddick</th><td>Day-to-day attendance</td><td class=\"contact\">Through the school office"),
        html);
    String policy = RenderedBundle.text("lanercost-ce-primary/policy.html");
    assertTrue(
        policy.contains("Through the school office"), "the policy's contact table says the same");
  }

  @Test
  void theLeafletAndTheSampleLettersAreAccessiblePdfs() throws Exception {
    assertEquals(
        List.of(),
        PdfAssertions.veraPdfFailures(
            RenderedBundle.bytes("lanercost-ce-primary/leaflet.pdf"), PDFAFlavour.PDFUA_1));
    byte[] letter = RenderedBundle.bytes("lanercost-ce-primary/letters/samples.pdf");
    assertEquals(
        List.of(),
        PdfAssertions.veraPdfFailures(letter, PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A));
  }

  @Test
  void everyLetterHasAWordFileAWebPageAndASampleWithItsOwnBookmarkAndPages() throws Exception {
    SchoolLoader.Result loaded = new AttendanceCompiler().validate(Path.of("../schools/models"));
    for (ResolvedSchool s : loaded.schools()) {
      for (Letter l : s.model().letters()) {
        for (String suffix : List.of(".docx", ".html")) {
          assertTrue(
              Files.exists(RenderedBundle.out().resolve(s.id() + "/letters/" + l.id() + suffix)),
              s.id() + " " + l.id() + suffix);
        }
      }
      if (!s.model().letters().isEmpty()) {
        List<String> samples =
            PdfAssertions.sampleLetters(RenderedBundle.bytes(s.id() + "/letters/samples.pdf"));
        assertEquals(s.model().letters().size(), samples.size(), s.id() + ": a bookmark a letter");
        for (int i = 0; i < samples.size(); i++) {
          String text = samples.get(i);
          assertTrue(
              text.contains("Sample letter") && text.contains("Page 1 of"),
              s.id() + " letter " + (i + 1) + ": " + text);
        }
      }
    }
  }

  @Test
  void everyDocxHasAMergeFieldForEachFieldItsLetterUsesAndNoneTheCatalogueLacks() throws Exception {
    SchoolLoader.Result loaded = new AttendanceCompiler().validate(Path.of("../schools/models"));
    int checked = 0;
    for (ResolvedSchool s : loaded.schools()) {
      for (Letter l : s.model().letters()) {
        String xml = documentXml(RenderedBundle.bytes(s.id() + "/letters/" + l.id() + ".docx"));
        Set<String> inDocx = mergeFields(xml);
        Set<String> expected = new LinkedHashSet<>(List.of("LetterDate"));
        LetterViewBuilder.ADDRESS.forEach(f -> expected.add(f.name()));
        if (l.subject() != null) {
          new Letter(l.id(), l.title(), null, null, null, null, null, null, l.subject())
              .mergeFields().stream()
                  .filter(f -> MergeField.find(f).isPresent())
                  .forEach(expected::add);
        }
        l.mergeFields().stream().filter(f -> MergeField.find(f).isPresent()).forEach(expected::add);
        assertEquals(expected, inDocx, s.id() + " " + l.id());
        for (String f : inDocx) {
          assertTrue(MergeField.find(f).isPresent(), f + " is in the catalogue");
        }
        // Fact fields are filled in, never left for the MIS.
        for (FactField f : FactField.values()) {
          assertFalse(xml.contains("MERGEFIELD " + f.name() + " "), f.name());
        }
        assertFalse(xml.contains("{{"), s.id() + " " + l.id() + " has no unfilled field");
        checked++;
      }
    }
    assertTrue(checked >= 15, "letters checked: " + checked);
  }

  @Test
  void theMergeFieldIsWrittenExactlyAsWordWritesIt() throws Exception {
    String xml = documentXml(RenderedBundle.bytes("duke-of-bedford-primary/letters/below-95.docx"));
    Pattern field =
        Pattern.compile(
            "<w:r>(?:<w:rPr>.*?</w:rPr>)?<w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r>(?:<w:rPr>.*?</w:rPr>)?<w:instrText xml:space=\"preserve\"> MERGEFIELD PupilFullName \\\\\\* MERGEFORMAT </w:instrText></w:r>"
                + "<w:r>(?:<w:rPr>.*?</w:rPr>)?<w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r>(?:<w:rPr>.*?</w:rPr>)?<w:t>«PupilFullName»</w:t></w:r>"
                + "<w:r>(?:<w:rPr>.*?</w:rPr>)?<w:fldChar w:fldCharType=\"end\"/></w:r>");
    assertTrue(field.matcher(xml).find(), xml.substring(0, Math.min(3000, xml.length())));
  }

  @Test
  void theSamplePdfCarriesTheSchoolsBandsAndTheNationalFines() throws Exception {
    String text =
        PdfAssertions.sampleLetter(
            RenderedBundle.bytes("lanercost-ce-primary/letters/samples.pdf"),
            letter("lanercost-ce-primary", "attendance-concern"));
    // Table cells come out of the PDF interleaved: look for each band's label and range apart.
    assertTrue(
        text.contains("Upper") && text.contains("94% or more, but below 96%"),
        "the school's bands: " + text);
    assertFalse(
        text.contains("Penalty notices"), "no fines beside a first letter about attendance");
    assertTrue(text.contains("Alex Taylor"), "made-up pupil");
    assertTrue(text.contains("Sample letter"), "marked as a sample");
    String strathmore =
        PdfAssertions.sampleLetter(
            RenderedBundle.bytes("strathmore-infant-nursery/letters/samples.pdf"),
            letter("strathmore-infant-nursery", "below-96-first"));
    assertTrue(strathmore.contains("96%"), "fact field filled from the model: " + strathmore);
  }

  @Test
  void theFieldCatalogueListsEveryFieldWithAnExample() {
    String csv = RenderedBundle.text("kelvedon-hatch-primary/letters/fields.csv");
    assertTrue(csv.startsWith("field,kind,meaning,example,wordMergeField\n"));
    for (MergeField f : MergeField.values()) {
      assertTrue(csv.contains("\n" + f.name() + ",merge,"), f.name());
    }
    assertTrue(csv.contains("\nFirstNoticeReduced,fact,"), csv);
    assertTrue(
        csv.contains(
            "\nBand.below-90,fact,The school's attendance band below-90,\"above 50%, but below 90%\",\n"),
        csv);
    assertTrue(
        csv.contains("\nPupilFirstName,merge,The pupil's first name,Alex,PupilFirstName\n"), csv);
  }

  /**
   * The golden school with a change to its file, rendered into {@code dir/out} with only the
   * outputs named, and no problem reported.
   */
  static void renderGolden(Path dir, UnaryOperator<String> change, String... outputs)
      throws IOException {
    Path golden = Path.of("src/test/resources/golden/policy");
    Path schools = Files.createDirectories(dir.resolve("schools"));
    Files.writeString(
        schools.resolve("school.yaml"),
        change.apply(Files.readString(golden.resolve("school.yaml"), StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
    Files.copy(golden.resolve("logo.png"), schools.resolve("logo.png"));
    AttendanceCompiler.RenderResult r =
        new AttendanceCompiler()
            .render(
                schools,
                dir.resolve("out"),
                null,
                RenderedBundle.WHEN,
                LocalDate.of(2026, 1, 1),
                outputs);
    assertEquals(List.of(), r.diagnostics());
  }

  @Test
  void aSchoolThatNamesNoLettersGetsTheDefaultSet(@TempDir Path dir) throws Exception {
    renderGolden(
        dir,
        yaml ->
            (yaml.substring(0, yaml.indexOf("letters:")) + yaml.substring(yaml.indexOf("prose:")))
                .replace(", letter: concern", "")
                .replace(", letter: meeting", "")
                .replace(", letter: lateness", "")
                .replace("        letter: concern\n", "")
                .replace("        letter: meeting\n", ""),
        "letters.docx",
        "letters.sample.pdf");
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve("out/oakfield-primary/letters"))) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".docx"))
          .sorted()
          .forEach(names::add);
    }
    assertEquals(
        List.of(
            "attendance-concern.docx",
            "lateness.docx",
            "leave-granted.docx",
            "leave-refused.docx",
            "persistent-absence.docx"),
        names);
    String refused =
        PdfAssertions.sampleLetter(
            Files.readAllBytes(dir.resolve("out/oakfield-primary/letters/samples.pdf")),
            3); // the default letters' order: attendance-concern, persistent-absence, lateness,
    // leave-refused, leave-granted
    assertTrue(
        refused.contains(
            "£80 per parent, per child, if paid within 21 days, or £160 if paid within 28 days"),
        refused);
  }

  @Test
  void aSchoolCanNameTheMergeFieldsAsItsMisExportsThem(@TempDir Path dir) throws Exception {
    renderGolden(
        dir,
        yaml ->
            yaml.replace(
                "prose:\n",
                "letterFields:\n  ParentSalutation: Salutation\n  LetterDate: Today\nprose:\n"),
        "letters.docx",
        "letters.html",
        "fields.csv");
    Path letters = dir.resolve("out/oakfield-primary/letters");
    assertEquals(
        Set.of(
            "Today",
            "Salutation",
            "PupilFirstName",
            "AttendancePercent",
            "ParentFullName",
            "ParentAddressLine1",
            "ParentAddressLine2",
            "ParentAddressLine3",
            "ParentPostcode"),
        mergeFields(documentXml(Files.readAllBytes(letters.resolve("concern.docx")))));
    assertTrue(Files.readString(letters.resolve("concern.html")).contains("Dear «Salutation»"));
    assertTrue(
        Files.readString(letters.resolve("fields.csv"))
            .contains(
                "\nParentSalutation,merge,How the letter greets the parent,Ms Taylor,Salutation\n"));
  }

  @Test
  void wordFilesAreTheSameBytesEveryTime(@TempDir Path again) throws Exception {
    // Of the federation, only the base and the two members whose files are compared.
    new AttendanceCompiler()
        .render(
            RenderedBundle.some(
                again.resolve("models"),
                "lanercost-ce-primary.yaml",
                "hmfa/federation.yaml",
                "hmfa/kings-caple.yaml",
                "hmfa/sutton.yaml"),
            again,
            null,
            RenderedBundle.WHEN,
            RenderedBundle.TODAY,
            "letters.docx",
            "leaflet.pdf",
            "letters.sample.pdf");
    for (String f :
        List.of(
            "lanercost-ce-primary/letters/attendance-concern.docx",
            "kings-caple/letters/notice-to-improve.docx",
            "sutton/leaflet.pdf",
            "lanercost-ce-primary/letters/samples.pdf")) {
      assertArrayEquals(RenderedBundle.bytes(f), Files.readAllBytes(again.resolve(f)), f);
    }
  }

  /** A bundled letter's place in its school's list (and so in its samples.pdf). */
  static int letter(String school, String id) {
    ResolvedSchool s =
        new AttendanceCompiler()
            .validate(Path.of("../schools/models")).schools().stream()
                .filter(x -> x.id().equals(school))
                .findFirst()
                .orElseThrow();
    List<String> ids = s.model().letters().stream().map(Letter::id).toList();
    assertTrue(ids.contains(id), school + " has no letter " + id + ": " + ids);
    return ids.indexOf(id);
  }

  static String documentXml(byte[] docx) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }

  static Set<String> mergeFields(String xml) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = Pattern.compile(" MERGEFIELD (\\S+) \\\\\\* MERGEFORMAT ").matcher(xml);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
