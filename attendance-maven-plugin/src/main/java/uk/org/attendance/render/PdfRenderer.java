package uk.org.attendance.render;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.logging.Level;
import javax.xml.transform.TransformerException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import uk.org.attendance.files.Hashes;
import uk.org.attendance.files.JdkXml;

/**
 * Turns a policy's XHTML into an accessible, archivable PDF: PDF/UA-1 and PDF/A-2a together, with
 * the DejaVu fonts shipped in the plugin embedded, and byte-for-byte reproducible (fixed dates and
 * document id). Nothing outside the document is ever loaded: only {@code data:} resources are
 * allowed. Any font or accessibility diagnostic from the renderer fails the document, because with
 * a missing font text silently disappears while validators still pass.
 *
 * <p>Thread-safe: the parsed fonts ({@link ParsedFonts}, lent to one document at a time) and the
 * font metrics cache are shared; each document gets its own builder and renderer.
 */
public final class PdfRenderer {

  /**
   * The DejaVu 2.37 faces the stylesheets use and nothing else, committed with their licence
   * ({@code fonts/dejavu/LICENSE}); the files are those of
   * net.sf.jasperreports:jasperreports-fonts:7.1.1, unchanged.
   */
  private static final String FONT_DIR = "/fonts/dejavu/";

  private static final String PRODUCER = "attendance-maven-plugin";

  /** Renderer messages that mean the PDF would be wrong or inaccessible. */
  private static final Set<LogMessageId> FATAL =
      Set.of(
          LogMessageId.LogMessageId0Param.RENDER_FONT_LIST_IS_EMPTY,
          LogMessageId.LogMessageId0Param.GENERAL_PDF_ACCESSIBILITY_NO_DOCUMENT_TITLE_PROVIDED,
          LogMessageId.LogMessageId0Param
              .GENERAL_PDF_ACCESSIBILITY_NO_DOCUMENT_DESCRIPTION_PROVIDED,
          LogMessageId.LogMessageId0Param
              .GENERAL_PDF_ACCESSIBILITY_NO_ALT_ATTRIBUTE_PROVIDED_FOR_IMAGE,
          LogMessageId.LogMessageId1Param.GENERAL_PDF_ACCESSIBILITY_NO_TITLE_TEXT_PROVIDED_FOR);

  private record Face(
      String family, String file, int weight, BaseRendererBuilder.FontStyle style) {}

  private static final List<Face> FACES =
      List.of(
          new Face("DejaVu Sans", "DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL),
          new Face("DejaVu Sans", "DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL),
          new Face(
              "DejaVu Sans", "DejaVuSans-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC),
          new Face(
              "DejaVu Sans",
              "DejaVuSans-BoldOblique.ttf",
              700,
              BaseRendererBuilder.FontStyle.ITALIC),
          new Face(
              "DejaVu Sans Mono", "DejaVuSansMono.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL),
          new Face(
              "DejaVu Sans Mono",
              "DejaVuSansMono-Bold.ttf",
              700,
              BaseRendererBuilder.FontStyle.NORMAL));

  private final List<byte[]> fontBytes = new ArrayList<>();
  private final ParsedFonts parsedFonts;
  private final byte[] colourProfile;
  private final String fontsFingerprint;
  private final com.openhtmltopdf.extend.impl.FSDefaultCacheStore fontCache =
      new com.openhtmltopdf.extend.impl.FSDefaultCacheStore();

  static {
    // The renderer logs a great deal at INFO through java.util.logging; diagnostics are handled
    // below.
    XRLog.listRegisteredLoggers().forEach(l -> XRLog.setLevel(l, Level.WARNING));
  }

  /**
   * Reads the fonts once.
   *
   * @throws RenderException if a font the plugin ships is missing from the classpath
   */
  public PdfRenderer() throws RenderException {
    for (Face f : FACES) {
      try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT_DIR + f.file())) {
        if (in == null) {
          throw new RenderException(
              f.file(), 0, 0, "the font " + f.file() + " is missing from the plugin");
        }
        fontBytes.add(Ligatures.off(in.readAllBytes()));
      } catch (IOException e) {
        throw new RenderException(
            f.file(), 0, 0, "the font " + f.file() + " cannot be read: " + e.getMessage());
      }
    }
    this.parsedFonts = new ParsedFonts(fontBytes);
    this.colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    Map<String, byte[]> fonts = new LinkedHashMap<>();
    for (int i = 0; i < FACES.size(); i++) {
      fonts.put(FACES.get(i).file(), fontBytes.get(i));
    }
    this.fontsFingerprint = Hashes.ofFiles(fonts);
  }

  /** The font files registered, in {@link #FONT_DIR}. */
  static List<String> fontFiles() {
    return FACES.stream().map(Face::file).toList();
  }

  /** A fingerprint of the fonts the plugin ships. */
  public String fontsFingerprint() {
    return fontsFingerprint;
  }

  /**
   * Renders one document.
   *
   * @param xhtml the document, well-formed XHTML with lang, title and subject
   * @param documentName for messages, e.g. "policy.pdf for lanercost-ce-primary"
   * @param timestamp the fixed creation date written into the PDF
   * @return the PDF's bytes
   * @throws RenderException on any renderer diagnostic that would make the PDF wrong or
   *     inaccessible
   */
  public byte[] render(String xhtml, String documentName, Instant timestamp)
      throws RenderException {
    return render(xhtml, documentName, timestamp, Integer.MAX_VALUE).orElseThrow();
  }

  /**
   * Renders one document if it fits a number of pages. One that does not is only laid out, never
   * drawn or written, so trying a document in several settings costs little more than the one that
   * fits.
   *
   * @param xhtml the document, well-formed XHTML with lang, title and subject
   * @param documentName for messages, e.g. "leaflet.pdf for lanercost-ce-primary"
   * @param timestamp the fixed creation date written into the PDF
   * @param maxPages the most pages the PDF may have
   * @return the PDF's bytes, or empty if it would have more than {@code maxPages} pages
   * @throws RenderException on any renderer diagnostic that would make the PDF wrong or
   *     inaccessible
   */
  public Optional<byte[]> render(String xhtml, String documentName, Instant timestamp, int maxPages)
      throws RenderException {
    xhtml = KeepTogether.apply(xhtml);
    List<String> problems = new ArrayList<>();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfVersion(1.7f);
    builder.usePdfUaAccessibility(true);
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
    builder.useColorProfile(colourProfile);
    builder.withProducer(PRODUCER);
    builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontCache);
    // Nothing from outside the document: only data: URIs (the logo) may be loaded.
    builder.useExternalResourceAccessControl(
        (uri, type) -> uri != null && uri.startsWith("data:"),
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> uri != null && uri.startsWith("data:"),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withDiagnosticConsumer(
        d -> {
          if ((FATAL.contains(d.getLogMessageId()) || d.getLevel() == Level.SEVERE)
              && !problems.contains(d.getFormattedMessage())) {
            problems.add(d.getFormattedMessage());
          }
        });
    builder.withHtmlContent(xhtml, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    builder.toStream(out);
    List<TrueTypeFont> faces;
    try {
      faces = parsedFonts.borrow();
    } catch (IOException e) {
      throw new RenderException(
          documentName, 0, 0, "the fonts could not be read: " + e.getMessage());
    }
    boolean fits;
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      useFaces(renderer, faces);
      renderer.layout();
      fits =
          renderer.getRootBox().getLayer().getPages().size() <= maxPages
              && JdkXml.using( // the PDF/A metadata is written through javax.xml
                  () -> {
                    try (PDDocument doc = renderer.createPDFKeepOpen()) {
                      if (doc.getNumberOfPages() > maxPages) {
                        return false;
                      }
                      pinDates(doc, timestamp);
                      TableTags.mend(doc);
                      PropertyLists.inline(doc);
                      doc.save(out, CompressParameters.DEFAULT_COMPRESSION);
                      return true;
                    }
                  });
    } catch (IOException | RuntimeException e) {
      throw new RenderException(documentName, 0, 0, "the PDF could not be made: " + e.getMessage());
    }
    parsedFonts.giveBack(faces);
    if (!problems.isEmpty()) {
      throw new RenderException(
          documentName,
          0,
          0,
          "the PDF would be wrong or inaccessible: " + String.join("; ", problems));
    }
    return fits ? Optional.of(out.toByteArray()) : Optional.empty();
  }

  /**
   * Gives the renderer the plugin's faces, already parsed, as fallbacks tried before any built-in
   * font (none is available in PDF/UA and PDF/A): the stylesheets name only these families, and any
   * character a face lacks is looked for in the others. Each face is embedded in the document, as a
   * subset of the characters it draws, only if it is used.
   */
  private static void useFaces(PdfBoxRenderer renderer, List<TrueTypeFont> faces) {
    PdfBoxFontResolver resolver = renderer.getFontResolver();
    PDDocument doc = renderer.getPdfDocument();
    for (int i = 0; i < FACES.size(); i++) {
      Face f = FACES.get(i);
      resolver.addFont(
          new SharedFace(doc, faces.get(i)),
          f.family(),
          f.weight(),
          f.style() == BaseRendererBuilder.FontStyle.ITALIC ? IdentValue.ITALIC : IdentValue.NORMAL,
          true,
          PdfBoxFontResolver.FontGroup.PRE_BUILT_IN_FALLBACK);
    }
  }

  /**
   * A parsed face, made into a document's font the first time the document needs it. The document
   * gets its own font dictionary and subset; the parsed face is only read.
   */
  private static final class SharedFace extends PDFontSupplier {
    private final PDDocument doc;
    private final TrueTypeFont face;

    SharedFace(PDDocument doc, TrueTypeFont face) {
      super(null);
      this.doc = doc;
      this.face = face;
    }

    @Override
    public PDFont supply() {
      try {
        return PDType0Font.load(doc, face, true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Pins the creation and modification dates and the document id, so the bytes are reproducible.
   */
  private static void pinDates(PDDocument doc, Instant when) throws IOException {
    Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    cal.setTimeInMillis(when.toEpochMilli());
    doc.getDocumentInformation().setCreationDate(cal);
    doc.getDocumentInformation().setModificationDate(cal);
    PDMetadata meta = doc.getDocumentCatalog().getMetadata();
    if (meta != null) {
      XMPMetadata xmp;
      try {
        xmp = new DomXmpParser().parse(meta.toByteArray());
      } catch (XmpParsingException e) {
        throw new IOException("could not fix the PDF's dates: " + e.getMessage(), e);
      }
      XMPBasicSchema basic = xmp.getXMPBasicSchema();
      if (basic == null) {
        basic = xmp.createAndAddXMPBasicSchema();
      }
      basic.setCreateDate(cal);
      basic.setModifyDate(cal);
      basic.setMetadataDate(cal);
      ByteArrayOutputStream xml = new ByteArrayOutputStream();
      try {
        new XmpSerializer().serialize(xmp, xml, true);
      } catch (TransformerException e) {
        throw new IOException("could not fix the PDF's dates: " + e.getMessage(), e);
      }
      meta.importXMPMetadata(xml.toByteArray());
    }
    doc.setDocumentId(when.toEpochMilli());
  }
}
