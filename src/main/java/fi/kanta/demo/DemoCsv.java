package fi.kanta.demo;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One demo file being written, row by row: UTF-8 without a byte order mark, comma-separated,
 * a header line, fields quoted only when they must be (RFC 4180). Lines end in a plain LF;
 * the import and PostgreSQL's {@code COPY ... (FORMAT csv, HEADER)} read either ending. An empty
 * cell is written bare, which {@code COPY} reads as NULL.
 */
final class DemoCsv implements Closeable {

    private final Path path;
    private final CSVPrinter printer;
    private long rows;

    private DemoCsv(Path path, CSVPrinter printer) {
        this.path = path;
        this.printer = printer;
    }

    static DemoCsv open(Path path, String... header) throws IOException {
        Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        try {
            CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').setHeader(header).get();
            return new DemoCsv(path, new CSVPrinter(out, format));
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** Writes one row; a null cell is written empty. */
    void row(Object... cells) throws IOException {
        printer.printRecord(cells);
        rows++;
    }

    Path path() {
        return path;
    }

    /** Data rows written, the header not counted. */
    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
