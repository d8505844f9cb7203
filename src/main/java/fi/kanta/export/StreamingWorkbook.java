package fi.kanta.export;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook with its temporary sheet files gzipped at the fastest level, on a thread
 * of their own ({@link BackgroundGzipOutputStream}). A million rows of 15 columns are about 900 MB
 * of sheet XML before the final zip; uncompressed they would fill the temporary folder; gzipped
 * by POI (default level, on the writing thread) they took about 40% more writing time
 * (bench/export-benchmark). The fastest level still shrinks the XML to about an eighth.
 * Strings are inline (no shared-strings table), which keeps the heap flat.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    StreamingWorkbook(int rowWindow) {
        this(null, rowWindow);
    }

    /** Streamed sheets added after the (small, in-memory) sheets of {@code front}, e.g. a summary with a chart. */
    StreamingWorkbook(XSSFWorkbook front, int rowWindow) {
        super(front, rowWindow, true, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new FastGzipSheetDataWriter(getSharedStringSource());
    }

    private static final class FastGzipSheetDataWriter extends GZIPSheetDataWriter {

        FastGzipSheetDataWriter(SharedStringsTable strings) throws IOException {
            super(strings);
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream file) {
            return new BackgroundGzipOutputStream(file);
        }
    }
}
