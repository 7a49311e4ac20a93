package uk.org.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.attendance.audit.AuditTestSupport;
import uk.org.attendance.audit.Auditor;

/**
 * Every XML the plugin reads, fed an XML external entity (XXE) payload: each part of a Word
 * document (POI), a PDF's XMP metadata (PDFBox), a web page's document type (jsoup), the XHTML a
 * custom template gives the PDF renderer (openhtmltopdf) and the XMP the renderer reads back
 * (xmpbox). The payload names a secret file and two web addresses, one of them a socket this test
 * listens on: the secret never appears in what is read, and nothing is fetched, whether through
 * Java's proxy selector or by a plain connection. It holds the JVM-wide selector while it runs, as
 * NoNetworkTest does (see there why other classes may run beside it).
 */
@ResourceLock(NoNetworkTest.PROXY_SELECTOR)
class XmlReadersTest {

  static final Path SOURCE = Path.of("src/test/resources/audit/sources/kelvedon-hatch-primary.txt");
  static final String SECRET = "SECRET-REGISTER-CLOSES-AT-11AM";

  @TempDir Path dir;

  Path secret;
  ServerSocket listener;
  final List<String> attempts = Collections.synchronizedList(new ArrayList<>());
  ProxySelector before;

  @BeforeEach
  void guard() throws IOException {
    secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t =
        new Thread(
            () -> {
              while (true) {
                try (Socket s = listener.accept()) {
                  attempts.add(
                      "connection to the test's socket from " + s.getRemoteSocketAddress());
                } catch (SocketException closed) {
                  return;
                } catch (IOException e) {
                  attempts.add("socket: " + e);
                }
              }
            },
            "xxe-listener");
    t.setDaemon(true);
    t.start();
    before = ProxySelector.getDefault();
    ProxySelector.setDefault(
        new ProxySelector() {
          @Override
          public List<Proxy> select(URI uri) {
            attempts.add(uri.toString());
            throw new IllegalStateException("network access attempted: " + uri);
          }

          @Override
          public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
        });
  }

  @AfterEach
  void nothingWasFetched() throws IOException {
    ProxySelector.setDefault(before);
    listener.close();
    assertEquals(List.of(), attempts);
  }

  /**
   * A document type declaring the secret as an entity, an external DTD and a parameter entity, both
   * on the web.
   */
  String doctype(String root) {
    String local = "http://127.0.0.1:" + listener.getLocalPort();
    return "<!DOCTYPE "
        + root
        + " SYSTEM \""
        + local
        + "/evil.dtd\" [\n"
        + "  <!ENTITY xxe SYSTEM \""
        + secret.toUri()
        + "\">\n"
        + "  <!ENTITY net SYSTEM \"http://evil.example.org/entity\">\n"
        + "  <!ENTITY % remote SYSTEM \""
        + local
        + "/remote.dtd\">\n"
        + "  %remote;\n"
        + "]>";
  }

  /**
   * The XML with the payload after its declaration, and {@code &xxe;&net;} wherever {@code marker}
   * is.
   */
  String poisoned(String xml, String root, String marker) {
    int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
    String body = xml.substring(afterDeclaration);
    if (marker != null) {
      body = body.replaceFirst(java.util.regex.Pattern.quote(marker), marker + "&xxe;&net;");
    }
    return xml.substring(0, afterDeclaration) + doctype(root) + body;
  }

  /**
   * The reader's own problems (not the rules' findings about what the policy says), first lines.
   */
  List<String> auditFirstLines(Path file, Auditor.Result r) {
    return r.findings().stream()
        .map(f -> f.diagnostic())
        .filter(d -> d.ruleId().startsWith("AUDIT-"))
        .map(d -> d.format(file.getParent()).lines().findFirst().orElseThrow())
        .toList();
  }

  static void assertNoSecret(Auditor.Result r) {
    for (Auditor.Policy p : r.policies()) {
      assertTrue(
          p.text() == null || !p.text().plainText().contains(SECRET),
          "the secret was read into " + p.file());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "word/document.xml",
        "[Content_Types].xml",
        "_rels/.rels",
        "word/_rels/document.xml.rels",
        "docProps/core.xml",
        "docProps/app.xml"
      })
  void noPartOfAWordDocumentReadsADocumentType(String part) throws IOException {
    Path plain = dir.resolve("plain.docx");
    AuditTestSupport.docx(SOURCE, plain);
    Path evil = dir.resolve("xxe.docx");
    boolean found = false;
    try (ZipFile in = new ZipFile(plain.toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(evil))) {
      for (ZipEntry e : Collections.list(in.entries())) {
        byte[] bytes = in.getInputStream(e).readAllBytes();
        if (e.getName().equals(part)) {
          found = true;
          String xml = new String(bytes, StandardCharsets.UTF_8);
          String root = xml.replaceFirst("(?s)^(<\\?xml.*?\\?>)?\\s*<([\\w:]+).*", "$2");
          bytes =
              poisoned(xml, root, part.equals("word/document.xml") ? "<w:t>" : null)
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    assertTrue(found, "the document has " + part);
    Auditor.Result r = new AttendanceCompiler().audit(List.of(evil), LocalDate.of(2026, 1, 1));
    assertNoSecret(r);
    assertEquals(
        List.of(
            "xxe.docx: error: the part '"
                + part
                + "' of the Word document contains an XML document type"
                + " declaration (DTD), which is not read for safety [AUDIT-FILE]"),
        auditFirstLines(evil, r));
  }

  @Test
  void aPdfsXmpMetadataIsNeverParsed() throws IOException {
    Path plain = dir.resolve("plain.pdf");
    AuditTestSupport.pdf(SOURCE, plain);
    Path evil = dir.resolve("xxe.pdf");
    try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
      String xmp =
          "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
              + doctype("x:xmpmeta")
              + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
              + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>&xxe;&net;</dc:title>"
              + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
      PDMetadata meta = new PDMetadata(doc);
      meta.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
      doc.getDocumentCatalog().setMetadata(meta);
      doc.save(evil.toFile());
    }
    Auditor.Result r = new AttendanceCompiler().audit(List.of(evil), LocalDate.of(2026, 1, 1));
    assertNoSecret(r);
    assertEquals(List.of(), auditFirstLines(evil, r), "the policy is read as usual");
    assertTrue(r.policies().get(0).text().plainText().contains("Kelvedon Hatch"));
  }

  @Test
  void aWebPagesDocumentTypeDeclaresNothing() throws IOException {
    Path evil = dir.resolve("xxe.html");
    Files.writeString(
        evil,
        doctype("html")
            + "\n<html lang=\"en-GB\"><head><title>Attendance policy</title></head><body>\n"
            + "<p>The register closes at 9.20am. &xxe;&net;</p>\n</body></html>\n");
    Auditor.Result r = new AttendanceCompiler().audit(List.of(evil), LocalDate.of(2026, 1, 1));
    assertNoSecret(r);
    String text = r.policies().get(0).text().plainText();
    assertTrue(text.contains("The register closes at 9.20am. &xxe;&net;"), text);
  }

  @Test
  void theXhtmlACustomTemplateGivesThePdfRendererDeclaresNothingAndLoadsNothing() throws Exception {
    Path templates = dir.resolve("templates");
    uk.org.attendance.render.TemplatesTestSupport.copyHouseStyle(templates);
    Path policy = templates.resolve("policy/policy.ftlh");
    String local = "http://127.0.0.1:" + listener.getLocalPort();
    String ftl =
        Files.readString(policy)
            .replace("<!DOCTYPE html>", doctype("html"))
            .replace(
                "</head>",
                "<link rel=\"stylesheet\" href=\""
                    + local
                    + "/style.css\"/>\n"
                    + "<style>@import url(\""
                    + local
                    + "/imported.css\"); body { background: url(\""
                    + local
                    + "/bg.png\"); }</style>\n"
                    + "</head>")
            .replace(
                "</body>",
                "<p>&xxe;&net;</p><img src=\""
                    + local
                    + "/pixel.png\" alt=\"\"/>\n"
                    + "<object data=\""
                    + local
                    + "/thing.svg\" type=\"image/svg+xml\"></object></body>");
    Files.writeString(policy, ftl);
    Path out = dir.resolve("out");
    AttendanceCompiler.RenderResult r =
        new AttendanceCompiler()
            .render(
                Path.of("src/test/resources/golden/policy"),
                out,
                templates,
                Instant.EPOCH,
                LocalDate.of(2026, 1, 1),
                "policy.pdf",
                "policy.html");
    assertEquals(List.of(), r.diagnostics());
    try (PDDocument pdf = Loader.loadPDF(out.resolve("oakfield-primary/policy.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("Oakfield"));
      assertFalse(text.contains(SECRET));
    }
  }

  @Test
  void theXmpTheRendererReadsBackRefusesADocumentType() {
    String xmp =
        "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
            + doctype("x:xmpmeta")
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/><?xpacket end=\"w\"?>";
    Exception e =
        org.junit.jupiter.api.Assertions.assertThrows(
            Exception.class,
            () ->
                new org.apache.xmpbox.xml.DomXmpParser()
                    .parse(xmp.getBytes(StandardCharsets.UTF_8)));
    assertTrue(String.valueOf(e.getMessage()).contains("DOCTYPE"), e.toString());
  }
}
