package fi.kanta.customer.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV rows as real shops write them: comma, semicolon (Finnish Excel) or tab delimited, found
 * from the header line; quoted fields may hold delimiters, quotes and newlines. A row's line is
 * the line its record starts on, so a reject report points at the right place in an editor.
 */
final class CsvRowSource implements RowSource {

    private final Path path;
    private final Reader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private List<String> header;

    CsvRowSource(Path path, Charset charset) throws IOException {
        this.path = path;
        BufferedReader buffered = new BufferedReader(new InputStreamReader(Files.newInputStream(path), charset), 1 << 16);
        skipByteOrderMark(buffered);
        char delimiter = sniffDelimiter(buffered);
        this.reader = buffered;
        this.parser = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(buffered);
        this.records = parser.iterator();
    }

    @Override
    public List<String> header() throws IOException {
        if (header == null) {
            RawRow first = next();
            if (first == null) {
                throw ImportFileException.refused("import.file.empty", path);
            }
            header = List.of(first.cells());
        }
        return header;
    }

    @Override
    public RawRow next() throws IOException {
        try {
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue; // a line of spaces
                }
                return new RawRow(line, record.values());
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            // commons-csv wraps parse errors (an unclosed quote) this way
            throw ImportFileException.refused(e, "import.file.unclosed-quote", path, parser.getCurrentLineNumber() + 1, rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /** The delimiter that splits the header line most often, outside quotes. */
    static char sniffDelimiter(BufferedReader reader) throws IOException {
        reader.mark(1 << 15);
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0, c; i < (1 << 15) - 1 && (c = reader.read()) != -1; i++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        reader.reset();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public void close() throws IOException {
        parser.close();
        reader.close();
    }
}
