package fi.kanta.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowSourceTest {

    static final ImportSettings.Xlsx LIMITS = new ImportSettings.Xlsx(1L << 30, 0.01, 100L << 20);
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String SHEET = "xl/worksheets/sheet1.xml";

    @TempDir
    Path dir;

    // ---------------------------------------------------------------------------------- cells

    @Test
    void sharedStringsKeepEveryCharacter() throws Exception {
        Path file = workbook(new XSSFWorkbook(), sheet -> {
            row(sheet, 0, "customer_id", "name");
            row(sheet, 1, "1", "Äijälä Öljynen Åsa");
            row(sheet, 2, "2", "🎉 party 😀");
            row(sheet, 3, "3", "<script>alert('x')</script> & \"quotes\"");
        });
        assertThat(entry(file, "xl/sharedStrings.xml")).contains("Äijälä");

        List<RowSource.RawRow> rows = readAll(file);

        assertThat(rows).extracting(r -> List.of(r.cells())).containsExactly(
                List.of("customer_id", "name"),
                List.of("1", "Äijälä Öljynen Åsa"),
                List.of("2", "🎉 party 😀"),
                List.of("3", "<script>alert('x')</script> & \"quotes\""));
    }

    @Test
    void inlineStringsAsSxssfWritesThem() throws Exception {
        Path file = workbook(new SXSSFWorkbook(null, 100, false, false), sheet -> {
            row(sheet, 0, "customer_id", "name");
            row(sheet, 1, "1", "Äijälä Öljynen Åsa");
            row(sheet, 2, "2", "🎉 <script>x</script>");
        });
        assertThat(entry(file, SHEET)).contains("t=\"inlineStr\"");

        assertThat(readAll(file)).extracting(r -> List.of(r.cells())).containsExactly(
                List.of("customer_id", "name"),
                List.of("1", "Äijälä Öljynen Åsa"),
                List.of("2", "🎉 <script>x</script>"));
    }

    @Test
    void richTextRunsAreJoinedAndPhoneticRunsLeftOut() throws Exception {
        Path file = sheetXml("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><r><t>Mat</t></r><r><rPr><b/></rPr><t xml:space="preserve">ti Ä </t></r>\
                <rPh sb="0" eb="1"><t>PHONETIC</t></rPh></is></c></row>
                """);

        assertThat(readAll(file).get(1).cells()).containsExactly("Matti Ä ");
    }

    @Test
    void numbersAsExcelShowsThemWithoutExponentOrTrailingZero() throws Exception {
        Path file = workbook(new XSSFWorkbook(), sheet -> {
            row(sheet, 0, "a", "b", "c", "d", "e", "f", "g", "h");
            Row row = sheet.createRow(1);
            double[] values = {100, 12.5, 1234567890, 1e15, 0.1 + 0.2, -3, 0.001, 12.40 * 3};
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
        });
        assertThat(entry(file, SHEET)).contains("<v>1.0E15</v>").contains("<v>0.30000000000000004</v>");

        assertThat(readAll(file).get(1).cells())
                .containsExactly("100", "12.5", "1234567890", "1000000000000000", "0.3", "-3", "0.001", "37.2");
    }

    @Test
    void datesAndDateTimesBecomeIsoText() throws Exception {
        Path file = workbook(new XSSFWorkbook(), sheet -> {
            Workbook book = sheet.getWorkbook();
            CellStyle iso = style(book, "yyyy-mm-dd");
            CellStyle finnish = style(book, "d.m.yyyy");
            CellStyle builtin = book.createCellStyle();
            builtin.setDataFormat((short) 14); // m/d/yy, Excel's own short date
            CellStyle dateTime = style(book, "yyyy-mm-dd hh:mm");
            CellStyle time = style(book, "hh:mm");
            CellStyle decimals = style(book, "0.00");
            row(sheet, 0, "a", "b", "c", "d", "e", "f");
            Row row = sheet.createRow(1);
            cell(row, 0, iso).setCellValue(LocalDate.of(2026, 11, 23));
            cell(row, 1, finnish).setCellValue(LocalDate.of(2026, 1, 5));
            cell(row, 2, builtin).setCellValue(LocalDate.of(1999, 12, 31));
            cell(row, 3, dateTime).setCellValue(LocalDateTime.of(2026, 11, 23, 10, 15));
            cell(row, 4, time).setCellValue((10 * 60 + 15) / 1440.0); // a time of day alone: a fraction of a day
            cell(row, 5, decimals).setCellValue(12.5);
        });

        assertThat(readAll(file).get(1).cells())
                .containsExactly("2026-11-23", "2026-01-05", "1999-12-31", "2026-11-23T10:15:00", "10:15:00", "12.5");
    }

    @Test
    void booleansFormulaTextsAndErrors() throws Exception {
        Path file = sheetXml("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>
                <row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c>\
                <c r="C2" t="str"><f>CONCAT("a","b")</f><v>ab</v></c><c r="D2" t="e"><f>NA()</f><v>#N/A</v></c>\
                <c r="E2"><f>1+1</f><v>2</v></c></row>
                """);

        assertThat(readAll(file).get(1).cells()).containsExactly("TRUE", "FALSE", "ab", "#N/A", "2");
    }

    @Test
    void booleanCellsWrittenByPoi() throws Exception {
        Path file = workbook(new XSSFWorkbook(), sheet -> {
            row(sheet, 0, "a", "b");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(true);
            row.createCell(1).setCellValue(false);
        });

        assertThat(readAll(file).get(1).cells()).containsExactly("TRUE", "FALSE");
    }

    // ---------------------------------------------------------------------------------- rows

    @Test
    void headerIsTheFirstNonEmptyRowAndBlankRowsAreSkipped() throws Exception {
        Path file = workbook(new XSSFWorkbook(), sheet -> {
            row(sheet, 1, " ", "");          // row 2: only blank cells
            row(sheet, 2, "id", "name");     // row 3: the header
            row(sheet, 3, "1", "Anna");
            sheet.createRow(4);               // row 5: no cells
            row(sheet, 6, "2", "   ");       // row 7
            row(sheet, 8, "", " ");          // row 9: blank
            row(sheet, 10, "3", "Åke");
        });

        try (XlsxRowSource rows = new XlsxRowSource(file, LIMITS)) {
            assertThat(rows.header()).containsExactly("id", "name");
            assertThat(rows.header()).containsExactly("id", "name"); // asking again does not read on
            RowSource.RawRow first = rows.next();
            assertThat(first.line()).isEqualTo(4);
            assertThat(first.cells()).containsExactly("1", "Anna");
            RowSource.RawRow second = rows.next();
            assertThat(second.line()).isEqualTo(7);
            assertThat(second.cells()).containsExactly("2", "   ");
            RowSource.RawRow third = rows.next();
            assertThat(third.line()).isEqualTo(11);
            assertThat(third.cells()).containsExactly("3", "Åke");
            assertThat(rows.next()).isNull();
            assertThat(rows.next()).isNull();
        }
    }

    @Test
    void gapsInARowAreEmptyCells() throws Exception {
        Path file = workbook(new XSSFWorkbook(), sheet -> {
            row(sheet, 0, "a", "b", "c", "d");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("x");
            row.createCell(3).setCellValue("z");
            sheet.createRow(2).createCell(2).setCellValue("only c");
        });

        List<RowSource.RawRow> rows = readAll(file);

        assertThat(rows.get(1).cells()).containsExactly("x", "", "", "z");
        assertThat(rows.get(2).cells()).containsExactly("", "", "only c");
    }

    @Test
    void rowsAndCellsWithoutReferencesAreCounted() throws Exception {
        Path file = sheetXml("""
                <row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row>
                <row><c><v>1</v></c><c r="D2"><v>4</v></c><c><v>5</v></c></row>
                <row r="7"><c><v>7</v></c></row>
                <row><c r="B8"><v>8</v></c></row>
                """);

        List<RowSource.RawRow> rows = readAll(file);

        assertThat(rows.get(0).cells()).containsExactly("a", "b"); // the header, row 1
        assertThat(rows.subList(1, rows.size())).extracting(RowSource.RawRow::line).containsExactly(2L, 7L, 8L);
        assertThat(rows.get(1).cells()).containsExactly("1", "", "", "4", "5");
        assertThat(rows.get(3).cells()).containsExactly("", "8");
    }

    @Test
    void anEmptySheetHasNoHeader() throws Exception {
        Path file = workbook(new XSSFWorkbook(), sheet -> sheet.createRow(3));

        try (XlsxRowSource rows = new XlsxRowSource(file, LIMITS)) {
            assertThatThrownBy(rows::header).isInstanceOf(ImportFileException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("empty");
        }
    }

    @Test
    void onlyTheFirstSheetIsRead() throws Exception {
        Path file = workbook(new XSSFWorkbook(), sheet -> {
            row(sheet, 0, "first");
            row(sheet.getWorkbook().createSheet("second"), 0, "second");
        });

        assertThat(readAll(file)).extracting(r -> List.of(r.cells())).containsExactly(List.of("first"));
    }

    @Test
    void datesCountFrom1904WhenTheWorkbookSaysSo() throws Exception {
        Path file = workbook(new XSSFWorkbook(), sheet -> {
            row(sheet, 0, "a");
            cell(sheet.createRow(1), 0, style(sheet.getWorkbook(), "yyyy-mm-dd")).setCellValue(1);
        });
        Path mac = rewrite(file, "xl/workbook.xml", xml -> xml.replace("date1904=\"false\"", "date1904=\"true\""));
        assertThat(entry(mac, "xl/workbook.xml")).contains("date1904=\"true\"");

        assertThat(readAll(file).get(1).cells()).containsExactly("1900-01-01");
        assertThat(readAll(mac).get(1).cells()).containsExactly("1904-01-02");
    }

    @Test
    void aSharedStringThatIsNotThereIsRefused() throws Exception {
        Path good = workbook(new XSSFWorkbook(), sheet -> row(sheet, 0, "a"));
        Path file = rewrite(good, SHEET, xml -> xml.replace("<v>0</v>", "<v>99</v>"));

        assertThatThrownBy(() -> readAll(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("cell A1").hasMessageContaining("shared string 99");
    }

    // ---------------------------------------------------------------------------------- hostile files

    @Test
    void zipBombIsRefused() throws Exception {
        Path file = workbook(new XSSFWorkbook(), sheet -> {
            row(sheet, 0, "a");
            row(sheet, 1, "b");
        });
        String padding = " ".repeat(20 << 20);
        Path bomb = rewrite(file, SHEET, xml -> xml.replace("<sheetData>", padding + "<sheetData>"));
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        assertThatThrownBy(() -> readAll(bomb)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(bomb.toString())
                .hasMessageContaining("zip bomb")
                .hasMessageContaining("more than 100×");
    }

    @Test
    void partLargerThanTheLimitIsRefused() throws Exception {
        Path file = workbook(new XSSFWorkbook(), sheet -> row(sheet, 0, "a"));
        Path big = rewrite(file, SHEET, xml -> xml.replace("<sheetData>", " ".repeat(2 << 20) + "<sheetData>"));
        ImportSettings.Xlsx limits = new ImportSettings.Xlsx(1L << 20, 0, 100L << 20);

        assertThatThrownBy(() -> readAll(big, limits)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("zip bomb").hasMessageContaining("max-part-bytes");
    }

    @Test
    void doctypeInTheSheetIsRefusedAndNoEntityIsResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path file = workbook(new XSSFWorkbook(), sheet -> row(sheet, 0, "a"));
        Path xxe = rewrite(file, SHEET, xml -> doctype(xml, secret).replace(
                "<sheetData>", "<sheetData><row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>&e;</t></is></c></row>"));

        assertThatThrownBy(() -> readAll(xxe)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(xxe.toString()).hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void doctypeInTheSharedStringsIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path file = workbook(new XSSFWorkbook(), sheet -> row(sheet, 0, "a"));
        Path xxe = rewrite(file, "xl/sharedStrings.xml", xml -> doctype(xml, secret).replace("<t>a</t>", "<t>&e;</t>"));
        assertThat(entry(xxe, "xl/sharedStrings.xml")).contains("<!DOCTYPE").contains("&e;");

        assertThatThrownBy(() -> readAll(xxe)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(xxe.toString()).hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void oversizedSharedStringsAreRefused() throws Exception {
        Path file = workbook(new XSSFWorkbook(), sheet -> {
            for (int i = 0; i < 50; i++) {
                row(sheet, i, "text number " + i);
            }
        });

        assertThatThrownBy(() -> readAll(file, new ImportSettings.Xlsx(1L << 30, 0.01, 500)))
                .isInstanceOf(ImportFileException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("/xl/sharedStrings.xml").hasMessageContaining("max-shared-strings-bytes");
    }

    @Test
    void sharedStringsLargerThanTheZipSaysAreRefused() throws Exception {
        Path file = workbook(new XSSFWorkbook(), sheet -> {
            for (int i = 0; i < 50; i++) {
                row(sheet, i, "text number " + i);
            }
        });
        byte[] zip = Files.readAllBytes(file);
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < zip.length; i++) { // the central directory entry: claim 10 bytes uncompressed
            if (bytes.getInt(i) == 0x02014b50
                    && new String(zip, i + 46, bytes.getShort(i + 28), StandardCharsets.UTF_8).equals("xl/sharedStrings.xml")) {
                bytes.putInt(i + 24, 10);
            }
        }
        Path lying = Files.write(dir.resolve("lying.xlsx"), zip);

        assertThatThrownBy(() -> readAll(lying, new ImportSettings.Xlsx(1L << 30, 0.01, 500)))
                .isInstanceOf(ImportFileException.class).hasMessageContaining(lying.toString())
                .hasMessageContaining("/xl/sharedStrings.xml part is larger than the limit of 500 bytes");
    }

    @Test
    void cellBeyondTheLastColumnIsRefused() throws Exception {
        Path file = sheetXml("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="XFE1"><v>1</v></c></row>
                """);

        assertThatThrownBy(() -> readAll(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("XFE1").hasMessageContaining("last column");
    }

    @Test
    void theLastColumnItselfIsFine() throws Exception {
        Path file = sheetXml("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="XFD1"><v>1</v></c></row>
                """);

        String[] cells = readAll(file).get(0).cells();

        assertThat(cells).hasSize(16_384);
        assertThat(cells[16_383]).isEqualTo("1");
    }

    @Test
    void rowBeyondTheLastRowIsRefused() throws Exception {
        Path file = sheetXml("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>
                <row r="1048577"><c r="A1048577"><v>1</v></c></row>
                """);

        assertThatThrownBy(() -> readAll(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("1048577").hasMessageContaining("last row");
    }

    @Test
    void cellLongerThanExcelAllowsIsRefused() throws Exception {
        Path file = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "x".repeat(40_000) + "</t></is></c></row>");

        assertThatThrownBy(() -> readAll(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("cell A1").hasMessageContaining("32767");
    }

    @Test
    void zipThatIsNotAWorkbookIsRefused() throws Exception {
        Path file = dir.resolve("photos.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> readAll(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not an Excel workbook");
    }

    @Test
    void officeFileThatIsNotAWorkbookIsRefused() throws Exception {
        Path file = dir.resolve("letter.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", """
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            put(zip, "_rels/.rels", """
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Target="word/document.xml" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>""");
            put(zip, "word/document.xml", "<document/>");
        }

        assertThatThrownBy(() -> readAll(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not an Excel workbook");
    }

    @Test
    void encryptedWorkbookIsRefused() throws Exception {
        Path plain = workbook(new XSSFWorkbook(), sheet -> row(sheet, 0, "a"));
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("salasana");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> readAll(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("password");
    }

    @Test
    void truncatedZipIsRefused() throws Exception {
        Path file = workbook(new XSSFWorkbook(), sheet -> row(sheet, 0, "a"));
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> readAll(truncated)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(truncated.toString()).hasMessageContaining("damaged");
    }

    // ---------------------------------------------------------------------------------- helpers

    interface SheetFiller {
        void fill(Sheet sheet) throws Exception;
    }

    private int files;

    /** Writes a workbook with one sheet filled by {@code filler}. */
    private Path workbook(Workbook book, SheetFiller filler) throws Exception {
        Path file = dir.resolve("book" + (++files) + ".xlsx");
        try (book; OutputStream out = Files.newOutputStream(file)) { // closing an SXSSFWorkbook deletes its temp files
            filler.fill(book.createSheet("Customers"));
            book.write(out);
        }
        return file;
    }

    /** A workbook whose first sheet's {@code <sheetData>} is exactly {@code rows}. */
    private Path sheetXml(String rows) throws Exception {
        Path file = workbook(new XSSFWorkbook(), sheet -> row(sheet, 0, "placeholder"));
        return rewrite(file, SHEET, xml -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN
                + "\"><sheetData>" + rows + "</sheetData></worksheet>");
    }

    private static void row(Sheet sheet, int index, String... texts) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < texts.length; i++) {
            row.createCell(i).setCellValue(texts[i]);
        }
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Row row, int column, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    private static CellStyle style(Workbook book, String format) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat(format));
        return style;
    }

    private static String doctype(String xml, Path secret) {
        String declaration = "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>";
        int afterProlog = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, afterProlog) + declaration + xml.substring(afterProlog);
    }

    static List<RowSource.RawRow> readAll(Path file) throws IOException {
        return readAll(file, LIMITS);
    }

    static List<RowSource.RawRow> readAll(Path file, ImportSettings.Xlsx limits) throws IOException {
        List<RowSource.RawRow> rows = new ArrayList<>();
        try (XlsxRowSource source = new XlsxRowSource(file, limits)) {
            rows.add(new RowSource.RawRow(0, source.header().toArray(String[]::new)));
            for (RowSource.RawRow row = source.next(); row != null; row = source.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** A copy of the zip with one entry's text changed: how the hostile files are made. */
    private Path rewrite(Path file, String name, UnaryOperator<String> change) throws IOException {
        Path copy = dir.resolve("rewritten" + (++files) + ".xlsx");
        try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(name)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return copy;
    }

    private static String entry(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            zip.getInputStream(zip.getEntry(name)).transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
