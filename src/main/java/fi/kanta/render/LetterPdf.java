package fi.kanta.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.logging.Level;
import com.openhtmltopdf.util.XRLog;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * One print file being filled: each letter's XHTML is laid out on its own (so memory holds one
 * letter's layout, not the file's) and its pages are appended to the same PDF, starting on a new sheet.
 */
final class LetterPdf implements Closeable {

    static {
        // openhtmltopdf logs several lines per document at INFO; keep its warnings only
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final PDDocument document = new PDDocument();
    private final LetterFonts.ForDocument fonts = new LetterFonts.ForDocument(document);
    private final String baseUri;
    private final ShopImages images;

    LetterPdf(Path templateFolder, ShopImages images) {
        this.baseUri = templateFolder.toUri().toString();
        this.images = images;
    }

    /** Appends one letter; returns the pages it took. */
    int add(String template, String xhtml) throws IOException {
        int before = document.getNumberOfPages();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(document)
                .withW3cDocument(parse(template, xhtml), baseUri)
                // the web's images (the logo) through the run's fetcher: once a run, not once a letter
                .useProtocolsStreamImplementation(images, "https", "http");
        fonts.registerWith(builder);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
        }
        return document.getNumberOfPages() - before;
    }

    int pages() {
        return document.getNumberOfPages();
    }

    void save(Path file) throws IOException {
        document.save(file.toFile());
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /** The letter template's output must be well-formed XHTML for the PDF renderer; checked before sending. */
    static void requireWellFormed(String template, String xhtml) {
        parse(template, xhtml);
    }

    private static Document parse(String template, String xhtml) {
        try {
            DocumentBuilder parser = PARSERS.get();
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new TemplateProblem(e, "template.letter.not-well-formed", template, String.valueOf(e.getLineNumber()), e.getMessage());
        } catch (SAXException | IOException e) {
            throw new TemplateProblem(e, "template.letter.unreadable", template, e.getMessage());
        }
    }

    private static final ThreadLocal<DocumentBuilder> PARSERS = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder parser = factory.newDocumentBuilder();
            parser.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throws, without printing to stderr
            return parser;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });
}
