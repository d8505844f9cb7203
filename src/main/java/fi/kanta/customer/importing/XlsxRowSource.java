package fi.kanta.customer.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.xmlbeans.XmlException;
import org.xml.sax.SAXException;

/**
 * Rows of the first worksheet of an .xlsx workbook, streamed: the sheet XML is pulled a row at a
 * time ({@link XlsxSheetRows}), so a million-row sheet needs no more heap than one row. Only the
 * shared strings and the styles are loaded whole, and only when they are of a sane size.
 *
 * <p>An .xlsx is a zip of XML written by whoever sent it, so every way it can hurt is refused
 * with one {@link ImportFileException} naming the file: zip bombs (POI's {@link ZipSecureFile}
 * guards, set from {@code kanta.import.xlsx.*}), oversized parts, DOCTYPEs (XML entity attacks),
 * sheets beyond Excel's limits, encrypted workbooks and zips that are not workbooks.
 */
final class XlsxRowSource implements RowSource {

    private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    private final Path path;
    private final ImportSettings.Xlsx limits;
    private final OPCPackage workbook;
    private final InputStream sheet;
    private final XlsxSheetRows rows;
    private List<String> header;
    private boolean closed;

    XlsxRowSource(Path path, ImportSettings.Xlsx limits) throws IOException {
        this.path = path;
        this.limits = limits;
        // POI keeps these guards in static fields: set them for every file, right before opening it
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxPartBytes());
        OPCPackage opened = null;
        InputStream sheetXml = null;
        try {
            checkZip();
            opened = open();
            PackagePart workbookPart = workbookPart(opened);
            XlsxCellText cellText = new XlsxCellText(sharedStrings(opened), styles(opened), date1904(workbookPart));
            sheetXml = firstWorksheet(new XSSFReader(opened));
            this.rows = new XlsxSheetRows(path.toString(), sheetXml, cellText);
        } catch (Exception e) {
            closeQuietly(sheetXml);
            if (opened != null) {
                opened.revert();
            }
            throw refusal(e);
        }
        this.workbook = opened;
        this.sheet = sheetXml;
    }

    @Override
    public List<String> header() throws IOException {
        if (header == null) {
            RawRow first = next();
            if (first == null) {
                throw ImportFileException.refused("import.file.sheet-empty", path);
            }
            header = List.of(first.cells());
        }
        return header;
    }

    @Override
    public RawRow next() throws IOException {
        try {
            return rows.next();
        } catch (XMLStreamException | RuntimeException e) {
            throw refusal(e);
        }
    }

    /** An encrypted .xlsx is not a zip but an OLE2 file; a zip with a damaged directory is refused here. */
    private void checkZip() throws IOException {
        FileMagic magic = FileMagic.valueOf(path.toFile());
        if (magic == FileMagic.OLE2) {
            throw ImportFileException.refused("import.file.password-or-xls", path);
        }
        if (magic != FileMagic.OOXML) {
            throw ImportFileException.refused("import.file.not-zip", path);
        }
        // POI would read a zip whose central directory is damaged by inflating every part into
        // memory; opening it here first refuses such a file instead
        try (ZipSecureFile zip = new ZipSecureFile(path.toFile())) {
            zip.getEntries();
        } catch (IOException e) {
            throw ImportFileException.refused(e, "import.file.damaged", path);
        }
    }

    /** Opens the package; the file is a sound zip by now, so a failure here means it is some other kind of zip. */
    private OPCPackage open() {
        try {
            return OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | UnsupportedFileFormatException | InvalidOperationException e) {
            ImportFileException known = knownRefusal(e);
            throw known != null ? known
                    : ImportFileException.refused(e, "import.file.other-zip", path, firstLine(e));
        }
    }

    private PackagePart workbookPart(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationship core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        if (core == null) {
            if (pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).getRelationship(0) != null) {
                throw ImportFileException.refused("import.file.strict", path);
            }
            throw ImportFileException.refused("import.file.no-workbook", path);
        }
        PackagePart part = pkg.getPart(core);
        String type = part == null ? null : part.getContentType();
        if (XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType().equals(type)) {
            throw ImportFileException.refused("import.file.xlsb", path);
        }
        if (!WORKBOOK_TYPES.contains(type)) {
            throw type == null ? ImportFileException.refused("import.file.no-workbook", path)
                    : ImportFileException.refused("import.file.no-workbook-type", path, type);
        }
        return part;
    }

    /** All the workbook's texts, loaded whole (cells refer to them by number); null when there are none. */
    private SharedStrings sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = loadedWhole(parts.get(0))) {
            return new ReadOnlySharedStringsTable(in, false); // false: leave out phonetic (furigana) runs
        }
    }

    /** The cell styles, for which numbers are dates; parsed whole by POI, so capped like the shared strings. */
    private StylesTable styles(OPCPackage pkg) throws IOException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = loadedWhole(parts.get(0))) {
            return new StylesTable(in); // no theme: colours do not matter here
        }
    }

    /**
     * A part that is parsed into memory whole. It is refused when its size in the zip is above
     * {@code max-shared-strings-bytes}, and its stream stops there too, in case that size lies.
     */
    private InputStream loadedWhole(PackagePart part) throws IOException {
        String what = part.getPartName().getName();
        long max = limits.maxSharedStringsBytes();
        if (part.getSize() > max) {
            throw tooLarge(what);
        }
        return new FilterInputStream(part.getInputStream()) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > max) {
                    throw tooLarge(what); // the zip said it was smaller
                }
            }
        };
    }

    private ImportFileException tooLarge(String what) {
        return ImportFileException.refused("import.file.part-too-large", path, what, limits.maxSharedStringsBytes());
    }

    /** Whether dates count from 1904 (old Mac Excel) instead of 1900; {@code <workbookPr>} comes before {@code <sheets>}. */
    private static boolean date1904(PackagePart workbookPart) throws IOException, XMLStreamException {
        try (InputStream in = workbookPart.getInputStream()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        if (xml.getLocalName().equals("workbookPr")) {
                            String value = xml.getAttributeValue(null, "date1904");
                            return "1".equals(value) || "true".equals(value);
                        }
                        if (xml.getLocalName().equals("sheets")) {
                            return false;
                        }
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        }
    }

    /** The first sheet in the workbook's order that has cells (not a chart sheet). */
    private InputStream firstWorksheet(XSSFReader reader) throws IOException, InvalidFormatException {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            InputStream sheetXml = sheets.next();
            if (XSSFRelation.WORKSHEET.getContentType().equals(sheets.getSheetPart().getContentType())) {
                return sheetXml;
            }
            sheetXml.close();
        }
        throw ImportFileException.refused("import.file.no-sheet", path);
    }

    /** One clear message for whatever POI, the zip or the XML parser threw. */
    private ImportFileException refusal(Exception e) {
        ImportFileException known = knownRefusal(e);
        if (known != null) {
            return known;
        }
        String where = rows == null ? path.toString() : path + " near row " + (rows.lastRow() + 1);
        if (e instanceof XMLStreamException || e instanceof SAXException || e instanceof XmlException) {
            return ImportFileException.refused(e, "import.file.xml-broken", where, firstLine(e));
        }
        if (e instanceof IOException && !(e instanceof InvalidFormatException)) {
            return ImportFileException.refused(e, "import.file.cannot-read", where, firstLine(e));
        }
        return ImportFileException.refused(e, "import.file.not-valid", path, firstLine(e));
    }

    /** A refusal already made, or one POI made (in its words) that deserves ours; null for other failures. */
    private ImportFileException knownRefusal(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ImportFileException refused) {
                return refused;
            }
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (message.contains("Zip bomb")) {
                return message.contains("ratio")
                        ? ImportFileException.refused(e, "import.file.zip-bomb-ratio", path, Math.round(1 / limits.minInflateRatio()))
                        : ImportFileException.refused(e, "import.file.zip-bomb-size", path, limits.maxPartBytes());
            }
            if (message.contains("DOCTYPE")) {
                return ImportFileException.refused(e, "import.file.doctype", path);
            }
            if (message.contains("more internal file entries than expected")) {
                return ImportFileException.refused(e, "import.file.too-many-entries", path);
            }
        }
        return null;
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    private static void closeQuietly(InputStream in) {
        try {
            if (in != null) {
                in.close();
            }
        } catch (IOException ignored) {
            // already failing with a better message
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            rows.close();
        } catch (XMLStreamException ignored) {
            // nothing was written, nothing is lost
        } finally {
            try {
                sheet.close();
            } finally {
                workbook.revert(); // read-only: closes the zip without writing anything back
            }
        }
    }
}
