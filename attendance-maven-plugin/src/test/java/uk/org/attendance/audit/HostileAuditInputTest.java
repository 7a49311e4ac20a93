package uk.org.attendance.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.attendance.extract.Limits;
import uk.org.attendance.extract.PolicyReader;
import uk.org.attendance.extract.PolicyText;

/**
 * Hostile and broken policy files for audit: zip bombs and oversized parts in Word documents, XML
 * external entities, PDFs that are too long, protected or damaged, web pages with scripts and
 * remote resources, text that is not UTF-8. Each limit is tested at the limit and one past it; each
 * case asserts its exact message. Files are made here, because they are binary or large.
 */
class HostileAuditInputTest {

  static final Path CORPUS = Path.of("src/test/resources/hostile-audit");
  static final Path SOURCE = Path.of("src/test/resources/audit/sources/kelvedon-hatch-primary.txt");

  static Limits limits(
      long entries, long entryBytes, long unzipped, double ratio, int pages, long textBytes) {
    Limits d = Limits.DEFAULT;
    return new Limits(
        d.maxFileBytes(),
        textBytes,
        entries,
        entryBytes,
        unzipped,
        ratio,
        pages,
        d.maxPdfMemoryBytes(),
        d.maxTextChars());
  }

  static String first(PolicyReader.Result r, Path base) {
    return r.diagnostics().stream()
        .map(d -> d.format(base).lines().findFirst().orElseThrow())
        .findFirst()
        .orElse("(none)");
  }

  /**
   * A real .docx, with extra parts added: each name to its bytes, stored (not compressed) unless
   * deflated.
   */
  static Path docx(Path dir, String name, boolean deflate, Object... extra) throws IOException {
    Path plain = dir.resolve("plain-" + name);
    AuditTestSupport.docx(SOURCE, plain);
    Path out = dir.resolve(name);
    try (ZipFile in = new ZipFile(plain.toFile());
        OutputStream os = Files.newOutputStream(out);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      Enumeration<? extends ZipEntry> entries = in.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        zip.putNextEntry(new ZipEntry(e.getName()));
        try (InputStream is = in.getInputStream(e)) {
          is.transferTo(zip);
        }
        zip.closeEntry();
      }
      for (int i = 0; i < extra.length; i += 2) {
        byte[] bytes = (byte[]) extra[i + 1];
        ZipEntry e = new ZipEntry((String) extra[i]);
        if (!deflate) {
          e.setMethod(ZipEntry.STORED);
          e.setSize(bytes.length);
          e.setCompressedSize(bytes.length);
          CRC32 crc = new CRC32();
          crc.update(bytes);
          e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out;
  }

  static byte[] random(int n) {
    byte[] b = new byte[n];
    new Random(42).nextBytes(b);
    return b;
  }

  static int entries(Path zip) throws IOException {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      return z.size();
    }
  }

  /**
   * A sentence as long as a policy may be is read in time that grows with its length, not with its
   * square. Three ways it did not: the expression that finds how to ask for leave looked ahead to
   * the end of the line from every character (22 s for a 50,000-character sentence); each time a
   * sentence stated was matched against every other time in it and the sentence lower-cased again
   * (12.8 s for 320,000 characters of "the register closes at 9.20am and"); and the words between a
   * verb of reporting and each later time were read again for a clause break (64 s for 240,000
   * characters of "report absence by 9.30am on the first day"). Each filler below makes a
   * 300,000-character sentence; the limit is a hang guard far above the second or so it takes, not
   * a speed target.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "and then some more words",
        "the register closes at 9.20am and",
        "report absence by 9.30am on the first day"
      })
  void aVeryLongSentenceIsReadInTimeThatGrowsWithItsLength(String filler, @TempDir Path dir)
      throws IOException {
    StringBuilder sentence = new StringBuilder("Parents who apply for leave of absence ");
    while (sentence.length() < 300_000) {
      sentence.append(filler).append(' ');
    }
    Path policy = dir.resolve("policy.txt");
    Files.writeString(policy, "Attendance policy\n\n" + sentence + "will be told.\n");
    Auditor.Policy audited =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> new Auditor().auditOne(policy, LocalDate.of(2026, 1, 1)));
    assertFalse(audited.findings().isEmpty(), "audited to the end");
  }

  @Test
  void aWordDocumentMayHoldAtMostSoManyParts(@TempDir Path dir) throws IOException {
    Path doc =
        docx(
            dir,
            "parts.docx",
            false,
            "customXml/a.xml",
            new byte[] {1},
            "customXml/b.xml",
            new byte[] {2});
    int n = entries(doc);
    PolicyReader.Result ok =
        new PolicyReader(limits(n, 20_000_000, 100_000_000, 0.01, 500, 5_000_000)).read(doc);
    assertNotNull(ok.text(), "at the limit" + ": " + ok.diagnostics());
    PolicyReader.Result past =
        new PolicyReader(limits(n - 1, 20_000_000, 100_000_000, 0.01, 500, 5_000_000)).read(doc);
    assertNull(past.text());
    assertEquals(
        "parts.docx: error: the Word document holds "
            + n
            + " parts; a .docx may hold at most "
            + (n - 1)
            + " [AUDIT-LIMIT]",
        first(past, dir));
  }

  @Test
  void aPartOfAWordDocumentMayBeAtMostSoLarge(@TempDir Path dir) throws IOException {
    Path atLimit = docx(dir, "at.docx", false, "customXml/big.xml", random(300_000));
    Path past = docx(dir, "past.docx", false, "customXml/big.xml", random(300_001));
    Limits l = limits(1000, 300_000, 100_000_000, 0.01, 500, 5_000_000);
    PolicyReader.Result ok = new PolicyReader(l).read(atLimit);
    assertNotNull(ok.text(), "at the limit" + ": " + ok.diagnostics());
    assertEquals(
        "past.docx: error: the part 'customXml/big.xml' of the Word document is 300,001 bytes uncompressed; a part may"
            + " be at most 300,000 bytes [AUDIT-LIMIT]",
        first(new PolicyReader(l).read(past), dir));
  }

  @Test
  void aWordDocumentMayBeAtMostSoLargeUncompressed(@TempDir Path dir) throws IOException {
    Path doc =
        docx(
            dir,
            "total.docx",
            false,
            "customXml/a.xml",
            random(200_000),
            "customXml/b2.xml",
            random(200_000));
    long total = 0;
    try (ZipFile z = new ZipFile(doc.toFile())) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        total += e.getSize();
      }
    }
    PolicyReader.Result ok =
        new PolicyReader(limits(1000, 20_000_000, total, 0.01, 500, 5_000_000)).read(doc);
    assertNotNull(ok.text(), "at the limit" + ": " + ok.diagnostics());
    assertEquals(
        "total.docx: error: the Word document is more than "
            + String.format(java.util.Locale.UK, "%,d", total - 1)
            + " bytes uncompressed; a .docx may be at most "
            + String.format(java.util.Locale.UK, "%,d", total - 1)
            + " bytes [AUDIT-LIMIT]",
        first(
            new PolicyReader(limits(1000, 20_000_000, total - 1, 0.01, 500, 5_000_000)).read(doc),
            dir));
  }

  @Test
  void aZipBombIsRefusedBeforeItIsInflated(@TempDir Path dir) throws IOException {
    Path bomb = docx(dir, "bomb.docx", true, "customXml/zeros.xml", new byte[5_000_000]);
    double ratio;
    try (ZipFile z = new ZipFile(bomb.toFile())) {
      ZipEntry e = z.getEntry("customXml/zeros.xml");
      ratio = (double) e.getCompressedSize() / e.getSize();
    }
    PolicyReader.Result ok =
        new PolicyReader(limits(1000, 20_000_000, 100_000_000, ratio, 500, 5_000_000)).read(bomb);
    assertNotNull(ok.text(), "at the limit: exactly the ratio allowed: " + ok.diagnostics());
    PolicyReader.Result r = new PolicyReader().read(bomb);
    assertNull(r.text());
    assertTrue(
        first(r, dir)
            .matches(
                "bomb\\.docx: error: the part 'customXml/zeros\\.xml' of the Word document is compressed \\d+ to 1;"
                    + " no real document compresses more than 100 to 1 \\(this looks like a \"zip bomb\"\\) \\[AUDIT-LIMIT\\]"),
        first(r, dir));
  }

  @Test
  void noExternalEntityOrDtdIsReadFromAWordDocument(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET-REGISTER-CLOSES-AT-11AM");
    Path plain = dir.resolve("plain.docx");
    AuditTestSupport.docx(SOURCE, plain);
    Path evil = dir.resolve("xxe.docx");
    try (ZipFile in = new ZipFile(plain.toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(evil))) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        byte[] bytes = in.getInputStream(e).readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          int afterDecl = xml.indexOf("?>") + 2;
          xml =
              xml.substring(0, afterDecl)
                  + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
                  + secret.toUri()
                  + "\">]>"
                  + xml.substring(afterDecl).replaceFirst("<w:t>", "<w:t>&xxe;");
          bytes = xml.getBytes(StandardCharsets.UTF_8);
        }
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    PolicyReader.Result r = new PolicyReader().read(evil);
    assertTrue(
        r.text() == null || !r.text().plainText().contains("SECRET"),
        "the entity is never expanded");
    assertEquals(
        "xxe.docx: error: the part 'word/document.xml' of the Word document contains an XML document type declaration"
            + " (DTD), which is not read for safety [AUDIT-FILE]",
        first(r, dir));
  }

  @Test
  void aFileThatIsNotReallyAWordDocumentOrAPdfSaysSo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("renamed.docx"), "This is a text file someone renamed.");
    Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(Files.readAllBytes(pdf(dir, 2)), 300));
    assertEquals(
        "renamed.docx: error: the file is not a Word document that can be read (it is damaged, protected, or not really a"
            + " .docx) [AUDIT-FILE]",
        first(new PolicyReader().read(dir.resolve("renamed.docx")), dir));
    assertEquals(
        "cut.pdf: error: the file is not a PDF that can be read (it is damaged, or not really a PDF) [AUDIT-FILE]",
        first(new PolicyReader().read(dir.resolve("cut.pdf")), dir));
  }

  @Test
  void aPdfMayHaveAtMostSoManyPages(@TempDir Path dir) throws IOException {
    Path doc = pdf(dir, 3);
    PolicyReader.Result ok =
        new PolicyReader(limits(1000, 20_000_000, 100_000_000, 0.01, 3, 5_000_000)).read(doc);
    assertNotNull(ok.text(), "at the limit: " + ok.diagnostics());
    assertEquals(
        "policy-3.pdf: error: the PDF has 3 pages; at most 2 are read [AUDIT-LIMIT]",
        first(
            new PolicyReader(limits(1000, 20_000_000, 100_000_000, 0.01, 2, 5_000_000)).read(doc),
            dir));
  }

  @Test
  void aProtectedOrBlankPdfSaysWhatToDo(@TempDir Path dir) throws IOException {
    Path locked = dir.resolve("locked.pdf");
    try (PDDocument d = new PDDocument()) {
      d.addPage(new PDPage());
      d.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      d.save(locked.toFile());
    }
    assertEquals(
        "locked.pdf: error: the PDF is protected with a password [AUDIT-FILE]",
        first(new PolicyReader().read(locked), dir));
    Path blank = dir.resolve("scanned.pdf");
    try (PDDocument d = new PDDocument()) {
      d.addPage(new PDPage());
      d.save(blank.toFile());
    }
    PolicyReader.Result r = new PolicyReader().read(blank);
    assertEquals("scanned.pdf: error: the PDF contains no text [AUDIT-FILE]", first(r, dir));
    assertEquals(
        "a scanned PDF holds pictures of pages, not text: audit the Word file it was made from",
        r.diagnostics().get(0).hint());
  }

  @Test
  void aWebPageMayBeAtMostSoLarge(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("page.html");
    Files.writeString(page, "<p>The register closes at 9.20am.</p>" + " ".repeat(1000));
    long size = Files.size(page);
    PolicyReader.Result ok =
        new PolicyReader(limits(1000, 20_000_000, 100_000_000, 0.01, 500, size)).read(page);
    assertNotNull(ok.text(), "at the limit" + ": " + ok.diagnostics());
    assertEquals(
        "page.html: error: the file is "
            + String.format(java.util.Locale.UK, "%,d", size)
            + " bytes; a web page may be at most "
            + String.format(java.util.Locale.UK, "%,d", size - 1)
            + " bytes [AUDIT-LIMIT]",
        first(
            new PolicyReader(limits(1000, 20_000_000, 100_000_000, 0.01, 500, size - 1)).read(page),
            dir));
  }

  @Test
  void aWebPageIsReadAsItsVisibleTextOnlyAndLocatedInTheHtml() {
    PolicyText t = new PolicyReader().read(CORPUS.resolve("scripted.html")).text();
    String text = t.plainText();
    assertFalse(
        text.contains("10.45")
            || text.contains("11.00")
            || text.contains("11.15")
            || text.contains("11.30"),
        "nothing from scripts, styles, frames or noscript: " + text);
    assertTrue(text.contains("The register will be closed at 9.30am."), text);
    Auditor.Policy p =
        new Auditor().auditOne(CORPUS.resolve("scripted.html"), LocalDate.of(2026, 1, 1));
    assertEquals(
        List.of(
            "scripted.html:16:3: error: this text says the register closes at 9.30am, but the school's register closes"
                + " at 09:20 [ATT020]"),
        p.findings().stream()
            .filter(f -> f.diagnostic().ruleId().equals("ATT020"))
            .map(f -> f.diagnostic().format(CORPUS).lines().findFirst().orElseThrow())
            .toList());
    assertEquals(
        "web-page-empty",
        new PolicyReader().read(CORPUS.resolve("empty-text.html")).text() == null
            ? "web-page-empty"
            : "text");
  }

  @Test
  void textThatIsNotUtf8IsReadAsWindows1252WithAWarning() {
    PolicyReader.Result r = new PolicyReader().read(CORPUS.resolve("windows-1252.txt"));
    assertTrue(
        r.text().plainText().contains("The régister closes at 9.30am, and a fine is £160."),
        r.text().plainText());
    assertEquals(
        "windows-1252.txt: warning: the file is not UTF-8 text; it was read as Windows-1252 (Western European) [AUDIT-FILE]",
        first(r, CORPUS));
  }

  @Test
  void aPolicyThatGivesOnlyWhenTheRegisterClosesIsCheckedWithoutFailing(@TempDir Path dir)
      throws IOException {
    // Found by AuditFuzzTest: a register with a closing time and no opening time stopped the
    // school-week rule.
    Path p = dir.resolve("closes-only.txt");
    Files.writeString(p, "The register closes at 9.20am.\nThe school day ends at 3.20pm.\n");
    Auditor.Policy audited = new Auditor().auditOne(p, LocalDate.of(2026, 1, 1));
    assertEquals(
        List.of(),
        audited.findings().stream()
            .filter(f -> f.diagnostic().ruleId().startsWith("AUDIT-"))
            .map(f -> f.diagnostic().message())
            .toList());
  }

  static Path pdf(Path dir, int pages) throws IOException {
    List<String> paragraphs = PolicyFiles.paragraphs(SOURCE);
    Path out = dir.resolve("policy-" + pages + ".pdf");
    PolicyFiles.pdf(paragraphs, out);
    try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
      while (d.getNumberOfPages() > pages) {
        d.removePage(d.getNumberOfPages() - 1);
      }
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      d.save(b);
      Files.write(out, b.toByteArray());
    }
    return out;
  }
}
