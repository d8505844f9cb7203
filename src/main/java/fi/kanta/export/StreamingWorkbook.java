package fi.kanta.export;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook with its temporary sheet files gzipped at the fastest level. A million
 * rows of 15 columns are about 900 MB of sheet XML before the final zip; uncompressed they would
 * fill the temporary folder, and at gzip's default level compressing them cost about 40% more
 * writing time (bench/export-benchmark); the fastest level still shrinks XML several times over.
 * Strings are inline (no shared-strings table), which keeps the heap flat.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    StreamingWorkbook(int rowWindow) {
        super(null, rowWindow, true, false);
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
        protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
            return new GZIPOutputStream(file, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }
    }
}
