package fi.kanta.customer.importing;

import java.io.IOException;

/** Opens the right reader for a file's format. */
final class RowSources {

    private RowSources() {
    }

    static RowSource open(SourceFile file, ImportSettings.Xlsx limits) throws IOException {
        return switch (file.format()) {
            case CSV -> new CsvRowSource(file.path(), file.charset());
            case XLSX -> new XlsxRowSource(file.path(), limits);
        };
    }
}
